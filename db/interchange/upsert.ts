import { AppError } from '../../shared/contract/errors';
import type { AnyRecord, NameOf, ParsedLine } from '../../shared/record/define';
import { defaultOf, lineOptions } from '../../shared/record/define';
import { prepare, type Sql } from '../open';
import { fromRow, type EntitySpec, type Stored } from '../store/entity';
import { getStored, insertRecord, sameFields, updateRecord, type Writer } from '../store/records';

/** What happened to one line. */
export type Outcome = 'created' | 'updated' | 'unchanged';

/**
 * State kept across the lines of one import, inside its one transaction: the ids of live
 * communities by name, forgotten whenever a community line is applied (it may add or rename one).
 */
export interface ApplySession {
  communityIds: Map<string, string>;
}

/** A fresh {@link ApplySession} for one import transaction. */
export function newApplySession(): ApplySession {
  return { communityIds: new Map() };
}

/** How a kind travels in the interchange format (interchange.md): how a line is written and read. */
export interface KindInterchange {
  definition: AnyRecord;
  /** Writes one validated line; a broken rule is thrown as an {@link AppError} naming the line's field. */
  apply(sql: Sql, line: ParsedLine, writer: Writer, session: ApplySession): Outcome;
  /** The live records as lines, in the order they are exported. */
  lines(sql: Sql, nameOf: NameOf): Record<string, unknown>[];
  /** Names of the kind's records as other kinds' lines refer to them (a community by its name). */
  names?(sql: Sql, nameOf: NameOf): Map<string, string>;
}

/**
 * Writes one record by id or natural key: a new record, an update, or nothing when the stored
 * fields are already the same (so re-importing a file changes nothing).
 */
export function upsert<F extends object>(
  sql: Sql,
  spec: EntitySpec<F>,
  id: string | undefined,
  existingId: string | undefined,
  data: F,
  writer: Writer,
): Outcome {
  const targetId = id ?? existingId;
  const current = targetId ? getStored(sql, spec, targetId) : undefined;
  if (!current) {
    insertRecord(sql, spec, data, writer, targetId);
    return 'created';
  }
  if (current.deletedAt !== null) {
    throw new AppError('RULE_VIOLATION', `Bản ghi ${current.id} đã bị xóa trước đó, không thể nhập lại với cùng mã.`, [
      { field: 'id', message: 'Bản ghi đã bị xóa.' },
    ]);
  }
  if (sameFields(spec, current as F, data)) return 'unchanged';
  updateRecord(sql, spec, current.id, null, data, writer);
  return 'updated';
}

/**
 * The stored fields of a line: what the line carries, and every field the format does not carry
 * kept from the record it updates (a note, a phone number, attachments), or its default for a new one.
 */
export function lineData<F extends object>(def: AnyRecord, line: ParsedLine, current: Stored<F> | undefined): F {
  const data: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(def.stored)) {
    const carried = lineOptions(field) !== null || def.persons.some((p) => Object.values(p.members).includes(name));
    const value = carried || !current ? line.fields[name] : (current as Record<string, unknown>)[name];
    data[name] = value === undefined ? defaultOf(field) : value;
  }
  return data as F;
}

/** The current record of a line with an id, if there is one. */
export function currentOf<F extends object>(sql: Sql, spec: EntitySpec<F>, line: ParsedLine): Stored<F> | undefined {
  return line.id ? getStored(sql, spec, line.id) : undefined;
}

/** The usual import of a kind without natural keys or references: by id, or a new record. */
export function applyById<F extends object>(
  sql: Sql,
  def: AnyRecord,
  spec: EntitySpec<F>,
  line: ParsedLine,
  writer: Writer,
  adjust: (data: F) => F = (data) => data,
): Outcome {
  return upsert(sql, spec, line.id, undefined, adjust(lineData(def, line, currentOf(sql, spec, line))), writer);
}

/** The live records of a kind, in the given SQL order. */
export function liveRecords<F extends object>(sql: Sql, spec: EntitySpec<F>, order: string): Stored<F>[] {
  const rows = prepare(sql, `SELECT * FROM ${spec.table} WHERE deleted_at IS NULL ORDER BY ${order}`).all() as Record<
    string,
    unknown
  >[];
  return rows.map((r) => fromRow(spec, r));
}
