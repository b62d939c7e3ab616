import type { Generated } from 'kysely';

interface EnvelopeColumns {
  id: string;
  version: number;
  created_at: number;
  updated_at: number;
  updated_by: string;
  deleted_at: number | null;
}

/** Row of `setting`. */
export interface SettingTable {
  key: string;
  value: string;
}

/** Row of `change_log`. */
export interface ChangeLogTable {
  seq: Generated<number>;
  entity: string;
  record_id: string;
  version: number;
  op: 'create' | 'update' | 'delete';
  snapshot: string;
  user: string;
  at: number;
  prev_hash: string;
  hash: string;
}

/** Row of `community`. */
export interface CommunityTable extends EnvelopeColumns {
  name: string;
  type: 'thon' | 'to_dan_pho';
  households: number | null;
  note: string | null;
}

/** Row of `mediation_team`. */
export interface MediationTeamTable extends EnvelopeColumns {
  community_id: string;
  name: string;
  established_on: string | null;
  decision_ref: string | null;
  note: string | null;
}

/** Row of `mediator`. */
export interface MediatorTable extends EnvelopeColumns {
  team_id: string;
  name: string;
  gender: 'nam' | 'nu';
  birth_year: number | null;
  ethnic_minority: number;
  role: 'to_truong' | 'hoa_giai_vien';
  recognized_on: string | null;
  decision_ref: string | null;
  left_on: string | null;
  phone: string | null;
  note: string | null;
}

/** Row of `mediation_case`. */
export interface MediationCaseTable extends EnvelopeColumns {
  community_id: string;
  received_on: string;
  category: string;
  grounds: string | null;
  summary: string;
  status: string;
  closed_on: string | null;
  parties: string;
  mediator_ids: string;
  invited: string | null;
  agreement: string | null;
  note: string | null;
}

/** Row of `disclosure`. */
export interface DisclosureTable extends EnvelopeColumns {
  catalog: string;
  item: number;
  title: string;
  document_ref: string | null;
  document_date: string | null;
  forms: string;
  published_on: string;
  posted_from: string | null;
  posted_to: string | null;
  place: string | null;
  broadcast_days: number | null;
  no_radio_system: number;
  official: string | null;
  note: string | null;
  attachments: string;
}

/** Row of `convention`. */
export interface ConventionTable extends EnvelopeColumns {
  community_id: string;
  type: string;
  title: string;
  version_no: number;
  supersedes_id: string | null;
  content: string | null;
  drafting_team: string | null;
  signatories: string | null;
  officer: string | null;
  note: string | null;
  attachments: string;
  consultation_from: string | null;
  consultation_to: string | null;
  consultation_place: string | null;
  consultation_result: string | null;
  votes: string;
  adopted_on: string | null;
  submitted_on: string | null;
  recognized_on: string | null;
  decision_ref: string | null;
  effective_on: string | null;
  status: string;
  status_on: string;
  status_log: string;
  reviews: string;
}

interface FtsTable {
  rowid: number;
  body: string;
}

/** The typed database (driver shapes: snake_case, 0/1, JSON text). */
export interface DB {
  setting: SettingTable;
  change_log: ChangeLogTable;
  community: CommunityTable;
  community_fts: FtsTable;
  mediation_team: MediationTeamTable;
  mediator: MediatorTable;
  mediator_fts: FtsTable;
  mediation_case: MediationCaseTable;
  mediation_case_fts: FtsTable;
  disclosure: DisclosureTable;
  disclosure_fts: FtsTable;
  convention: ConventionTable;
  convention_fts: FtsTable;
}
