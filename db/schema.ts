import type { Generated } from 'kysely';
import type { z } from 'zod';
import type { communityRecord } from '../shared/community/communityRecord';
import type { AnyRecord } from '../shared/record/define';

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

/** `citizenIdNumber` → `citizen_id_number`, as {@link snakeCase} names columns. */
type Snake<S extends string> = S extends `${infer H}${infer T}`
  ? `${H extends Lowercase<H> ? H : `_${Lowercase<H>}`}${Snake<T>}`
  : S;
/** The column of a field: the one its definition names, else the snake_case of the field. */
type ColumnOf<K extends string, F> = F extends { options: { column: infer C extends string } } ? C : Snake<K>;
/** A driver value: yes/no as 0/1, lists and objects as JSON text. */
type Cell<T> = T extends boolean ? number : T extends object ? string : T;

/**
 * Row of a record's table, derived from its definition (the migrations create the same columns:
 * tests/unit/storage/schema.test.ts compares them).
 */
export type TableOf<D extends AnyRecord> = EnvelopeColumns & {
  [K in keyof D['stored'] & string as ColumnOf<K, D['stored'][K]>]: Cell<z.output<D['stored'][K]['output']>>;
};

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

/** Row of `reception_session`. */
export interface ReceptionSessionTable extends EnvelopeColumns {
  held_on: string;
  host: string;
  type: string;
  host_name: string | null;
  place: string | null;
  note: string | null;
}

/** Row of `reception_visit` (no column ever holds a denouncer's identity). */
export interface ReceptionVisitTable extends EnvelopeColumns {
  received_on: string;
  host: string;
  citizens: number;
  is_group: number;
  content: string;
  summary: string;
  handling: string | null;
  citizen_name: string | null;
  citizen_address: string | null;
  citizen_id_number: string | null;
  representatives: string | null;
  secret_ref: string | null;
  resolved_by: string | null;
  forwarded_to: string | null;
  follow_up: string | null;
  note: string | null;
}

/** Row of `petition`. */
export interface PetitionTable extends EnvelopeColumns {
  received_on: string;
  content: string;
  in_competence: number;
  summary: string;
  handling: string;
  status: string | null;
  resolved_on: string | null;
  complex: number;
  remote_area: number;
  round: number;
  extensions: number;
  petitioner_name: string | null;
  petitioner_address: string | null;
  petitioner_id_number: string | null;
  secret_ref: string | null;
  forwarded_to: string | null;
  resolution: string | null;
  note: string | null;
  accepted_on: string | null;
  especially_complex: number;
  multiple_places: number;
}

/** Row of `day_off_notice`. */
export interface DayOffNoticeTable extends EnvelopeColumns {
  year: number;
  covers: string;
  days_off: string;
  working_days: string;
  ref: string;
  note: string | null;
}

/** Row of `dialogue`. */
export interface DialogueTable extends EnvelopeColumns {
  held_on: string;
  topic: string;
  participants: number | null;
  chaired_by: string | null;
  note: string | null;
}

/** Row of `supervision`. */
export interface SupervisionTable extends EnvelopeColumns {
  body: string;
  held_on: string;
  subject: string;
  participants: number | null;
  conclusion: string | null;
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
/** An enrolled card (migration 0005). */
export interface PeerTable {
  id: Generated<number>;
  code: string;
  role: 'commune' | 'office';
  name: string;
  key_id: string;
  fingerprint: string;
  card: string;
  enrolled_at: number;
  enrolled_by: string;
  replaced_at: number | null;
  replace_reason: string | null;
}

/** One entry of the sync history (migration 0005). */
export interface SyncEventTable {
  id: Generated<number>;
  at: number;
  kind: string;
  peer_code: string | null;
  from_seq: number | null;
  to_seq: number | null;
  changes: number | null;
  detail: string;
  user: string;
}

/** A change received from a commune, in the office's replica of that commune (migration 0005). */
export interface ReceivedChangeTable {
  seq: number;
  entity: string;
  record_id: string;
  version: number;
  hash: string;
  prev_hash: string;
  bundle_id: number;
}

/** A bundle imported into a replica (migration 0005). */
export interface ReceivedBundleTable {
  id: Generated<number>;
  payload_sha256: string;
  file_name: string;
  from_seq: number;
  to_seq: number;
  changes: number;
  applied: number;
  profile: string;
  manifest: string;
  imported_at: number;
  imported_by: string;
}

export interface DB {
  peer: PeerTable;
  sync_event: SyncEventTable;
  received_change: ReceivedChangeTable;
  received_bundle: ReceivedBundleTable;
  setting: SettingTable;
  change_log: ChangeLogTable;
  community: TableOf<typeof communityRecord>;
  community_fts: FtsTable;
  mediation_team: MediationTeamTable;
  mediator: MediatorTable;
  mediator_fts: FtsTable;
  mediation_case: MediationCaseTable;
  mediation_case_fts: FtsTable;
  reception_session: ReceptionSessionTable;
  reception_visit: ReceptionVisitTable;
  reception_visit_fts: FtsTable;
  petition: PetitionTable;
  petition_fts: FtsTable;
  dialogue: DialogueTable;
  supervision: SupervisionTable;
  disclosure: DisclosureTable;
  disclosure_fts: FtsTable;
  convention: ConventionTable;
  convention_fts: FtsTable;
  day_off_notice: DayOffNoticeTable;
}
