import { AppError } from '../../shared/contract/errors';
import { foldText } from '../../shared/util/fold';
import { uuidv7 } from '../../shared/util/ids';
import { appendChange } from '../changelog/chain';
import { prepare, type Sql } from '../open';
import { fromRow, toColumns, type EntitySpec, type Stored } from './entity';

/** Who writes and when; `now` is injectable so imports and tests are reproducible. */
export interface Writer {
  user: string;
  now?: () => number;
}

const sqlCache = new WeakMap<object, { insert: string; update: string; select: string }>();

function statements<F extends object>(spec: EntitySpec<F>) {
  let s = sqlCache.get(spec);
  if (!s) {
    const cols = Object.values(spec.fields).map((c) => (c as readonly [string, string])[0]);
    const env = ['id', 'version', 'created_at', 'updated_at', 'updated_by', 'deleted_at'];
    const all = [...env, ...cols];
    s = {
      insert: `INSERT INTO ${spec.table} (${all.join(', ')}) VALUES (${all.map(() => '?').join(', ')})`,
      update: `UPDATE ${spec.table} SET ${[...env.slice(1), ...cols].map((c) => `${c} = ?`).join(', ')} WHERE id = ?`,
      select: `SELECT rowid AS _rowid, * FROM ${spec.table} WHERE id = ?`,
    };
    sqlCache.set(spec, s);
  }
  return s;
}

/** Reads one stored record by id, deleted or not. */
export function getStored<F extends object>(sql: Sql, spec: EntitySpec<F>, id: string): Stored<F> | undefined {
  const row = prepare(sql, statements(spec).select).get(id) as Record<string, unknown> | undefined;
  return row ? fromRow(spec, row) : undefined;
}

/** Reads one live record or fails with a Vietnamese NOT_FOUND. */
export function requireLive<F extends object>(sql: Sql, spec: EntitySpec<F>, id: string): Stored<F> {
  const record = getStored(sql, spec, id);
  if (!record || record.deletedAt !== null) {
    throw new AppError('NOT_FOUND', `Không tìm thấy ${spec.label} này (có thể đã bị xóa).`);
  }
  return record;
}

/** The domain-shaped snapshot kept in the change log: envelope and stored fields, nothing derived. */
export function snapshotOf<F extends object>(spec: EntitySpec<F>, record: Stored<F>): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: record.id,
    version: record.version,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    updatedBy: record.updatedBy,
    deletedAt: record.deletedAt,
  };
  for (const field of Object.keys(spec.fields)) out[field] = (record as Record<string, unknown>)[field] ?? null;
  return out;
}

function indexText<F extends object>(sql: Sql, spec: EntitySpec<F>, rowid: number | bigint, record: Stored<F> | null) {
  if (!spec.fts) return;
  prepare(sql, `DELETE FROM ${spec.fts.table} WHERE rowid = ?`).run(rowid);
  if (record && record.deletedAt === null) {
    prepare(sql, `INSERT INTO ${spec.fts.table} (rowid, body) VALUES (?, ?)`).run(rowid, foldText(spec.fts.text(record)));
  }
}

function rowidOf(sql: Sql, table: string, id: string): number {
  return (prepare(sql, `SELECT rowid AS r FROM ${table} WHERE id = ?`).get(id) as { r: number }).r;
}

/** Creates a record (version 1) and logs it. Call inside a transaction. */
export function insertRecord<F extends object>(
  sql: Sql,
  spec: EntitySpec<F>,
  fields: F,
  writer: Writer,
  id: string = uuidv7(),
): Stored<F> {
  const now = writer.now?.() ?? Date.now();
  const record = { ...fields, id, version: 1, createdAt: now, updatedAt: now, updatedBy: writer.user, deletedAt: null } as Stored<F>;
  const result = prepare(sql, statements(spec).insert).run(id, 1, now, now, writer.user, null, ...toColumns(spec, record));
  indexText(sql, spec, result.lastInsertRowid, record);
  appendChange(sql, { entity: spec.entity, id, version: 1, op: 'create', snapshot: snapshotOf(spec, record), user: writer.user, at: now });
  return record;
}

/**
 * Replaces a record's fields (version + 1) and logs the change. `expectedVersion` is the version
 * the user edited; a different stored version means someone else changed it first (CONFLICT).
 */
export function updateRecord<F extends object>(
  sql: Sql,
  spec: EntitySpec<F>,
  id: string,
  expectedVersion: number | null,
  fields: F,
  writer: Writer,
): Stored<F> {
  const current = requireLive(sql, spec, id);
  if (expectedVersion !== null && current.version !== expectedVersion) throw new AppError('CONFLICT');
  return writeVersion(sql, spec, current, { ...current, ...fields }, 'update', writer);
}

/** Marks a record deleted (tombstone; it stays for bundles) and logs it. */
export function deleteRecord<F extends object>(
  sql: Sql,
  spec: EntitySpec<F>,
  id: string,
  expectedVersion: number | null,
  writer: Writer,
): Stored<F> {
  const current = requireLive(sql, spec, id);
  if (expectedVersion !== null && current.version !== expectedVersion) throw new AppError('CONFLICT');
  const now = writer.now?.() ?? Date.now();
  return writeVersion(sql, spec, current, { ...current, deletedAt: now }, 'delete', writer);
}

function writeVersion<F extends object>(
  sql: Sql,
  spec: EntitySpec<F>,
  current: Stored<F>,
  next: Stored<F>,
  op: 'update' | 'delete',
  writer: Writer,
): Stored<F> {
  const now = writer.now?.() ?? Date.now();
  const record = { ...next, id: current.id, version: current.version + 1, createdAt: current.createdAt, updatedAt: now, updatedBy: writer.user } as Stored<F>;
  prepare(sql, statements(spec).update).run(
    record.version,
    record.createdAt,
    record.updatedAt,
    record.updatedBy,
    record.deletedAt,
    ...toColumns(spec, record),
    record.id,
  );
  indexText(sql, spec, rowidOf(sql, spec.table, record.id), record);
  appendChange(sql, { entity: spec.entity, id: record.id, version: record.version, op, snapshot: snapshotOf(spec, record), user: writer.user, at: now });
  return record;
}

/** True when the stored fields equal the given ones (so a re-import can skip a no-op update). */
export function sameFields<F extends object>(spec: EntitySpec<F>, a: F, b: F): boolean {
  const ca = toColumns(spec, a);
  const cb = toColumns(spec, b);
  return ca.every((v, i) => v === cb[i]);
}
