import type { Generated } from 'kysely';
import type { z } from 'zod';
import type { noticeRecord } from '../shared/calendar/noticeRecord';
import type { communityRecord } from '../shared/community/communityRecord';
import type { conventionRecord } from '../shared/convention/conventionRecord';
import type { disclosureRecord } from '../shared/disclosure/disclosureRecord';
import type { caseRecord } from '../shared/mediation/caseRecord';
import type { mediatorRecord } from '../shared/mediation/mediatorRecord';
import type { teamRecord } from '../shared/mediation/teamRecord';
import type { dialogueRecord } from '../shared/reception/dialogueRecord';
import type { petitionRecord } from '../shared/reception/petitionRecord';
import type { sessionRecord } from '../shared/reception/sessionRecord';
import type { supervisionRecord } from '../shared/reception/supervisionRecord';
import type { visitRecord } from '../shared/reception/visitRecord';
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

interface FtsTable {
  rowid: number;
  body: string;
}

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

/** The typed database (driver shapes: snake_case, 0/1, JSON text); record tables from their definitions. */
export interface DB {
  peer: PeerTable;
  sync_event: SyncEventTable;
  received_change: ReceivedChangeTable;
  received_bundle: ReceivedBundleTable;
  setting: SettingTable;
  change_log: ChangeLogTable;
  community: TableOf<typeof communityRecord>;
  community_fts: FtsTable;
  mediation_team: TableOf<typeof teamRecord>;
  mediator: TableOf<typeof mediatorRecord>;
  mediator_fts: FtsTable;
  mediation_case: TableOf<typeof caseRecord>;
  mediation_case_fts: FtsTable;
  reception_session: TableOf<typeof sessionRecord>;
  reception_visit: TableOf<typeof visitRecord>;
  reception_visit_fts: FtsTable;
  petition: TableOf<typeof petitionRecord>;
  petition_fts: FtsTable;
  dialogue: TableOf<typeof dialogueRecord>;
  supervision: TableOf<typeof supervisionRecord>;
  disclosure: TableOf<typeof disclosureRecord>;
  disclosure_fts: FtsTable;
  convention: TableOf<typeof conventionRecord>;
  convention_fts: FtsTable;
  day_off_notice: TableOf<typeof noticeRecord>;
}
