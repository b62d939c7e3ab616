import type { Dialogue, Supervision } from '../../shared/reception/schema';
import { SUPERVISION_BODY_LABELS } from '../../shared/i18n/vi';
import { matchesQuery } from '../../shared/util/fold';
import { prepare, type Sql } from '../open';
import { fromRow, type EntitySpec, type Stored } from '../store/entity';
import { deleteRecord, insertRecord, requireLive, updateRecord, type Writer } from '../store/records';
import { periodWhere, type PeriodQuery } from './sessions';
import { dialogueSpec, supervisionSpec } from './spec';
import type { DialogueFields, SupervisionData } from './types';

function listDated<F extends { heldOn: string }>(
  sql: Sql,
  spec: EntitySpec<F>,
  q: PeriodQuery,
  text: (r: Stored<F>) => string,
): { items: Stored<F>[]; total: number } {
  const [where, params] = periodWhere('held_on', q);
  const rows = prepare(
    sql,
    `SELECT * FROM ${spec.table} WHERE deleted_at IS NULL${where} ORDER BY held_on DESC, id DESC`,
  ).all(...params) as Record<string, unknown>[];
  const matched = rows.map((r) => fromRow(spec, r)).filter((r) => matchesQuery(text(r), q.search));
  return { items: matched.slice(q.offset, q.offset + q.limit), total: matched.length };
}

/** Lists dialogue conferences, newest first. */
export function listDialogues(sql: Sql, q: PeriodQuery): { items: Dialogue[]; total: number } {
  return listDated(sql, dialogueSpec, q, (d) => [d.topic, d.chairedBy ?? '', d.note ?? ''].join(' '));
}

/** Records a dialogue conference. */
export function createDialogue(sql: Sql, data: DialogueFields, writer: Writer, id?: string): Dialogue {
  return insertRecord(sql, dialogueSpec, data, writer, id);
}

/** Updates a dialogue conference. */
export function updateDialogue(sql: Sql, id: string, version: number, data: DialogueFields, writer: Writer): Dialogue {
  return updateRecord(sql, dialogueSpec, id, version, data, writer);
}

/** Deletes a dialogue conference (tombstone). */
export function deleteDialogue(sql: Sql, id: string, version: number, writer: Writer): void {
  deleteRecord(sql, dialogueSpec, id, version, writer);
}

/** Lists supervisions, newest first. */
export function listSupervisions(sql: Sql, q: PeriodQuery): { items: Supervision[]; total: number } {
  return listDated(sql, supervisionSpec, q, (s) =>
    [SUPERVISION_BODY_LABELS[s.body], s.subject, s.project ?? '', s.conclusion ?? '', s.note ?? ''].join(' '),
  );
}

/** Records a supervision. */
export function createSupervision(sql: Sql, data: SupervisionData, writer: Writer, id?: string): Supervision {
  return insertRecord(sql, supervisionSpec, data, writer, id);
}

/** Updates a supervision. */
export function updateSupervision(
  sql: Sql,
  id: string,
  version: number,
  data: SupervisionData,
  writer: Writer,
): Supervision {
  return updateRecord(sql, supervisionSpec, id, version, data, writer);
}

/** Deletes a supervision (tombstone). */
export function deleteSupervision(sql: Sql, id: string, version: number, writer: Writer): void {
  deleteRecord(sql, supervisionSpec, id, version, writer);
}

/** Reads one live dialogue (for tests and the record page). */
export function getDialogue(sql: Sql, id: string): Dialogue {
  return requireLive(sql, dialogueSpec, id);
}
