import { AppError } from '../../shared/contract/errors';
import { foldText } from '../../shared/util/fold';
import { uuidv7 } from '../../shared/util/ids';
import { appendCanonicalChange } from '../changelog/chain';
import { purgeRecordHistory, scrubAfterPurge } from '../changelog/purge';
import { afterCommit, prepare, type Sql } from '../open';
import { fromRow, toColumns, type ColumnKind, type EntitySpec, type Stored } from './entity';

/** Who writes and when; `now` is injectable so imports and tests are reproducible. */
export interface Writer {
  user: string;
  now?: () => number;
}

interface SpecStatements {
  insert: string;
  update: string;
  select: string;
  rowid: string;
  ftsInsert: string | null;
  ftsDelete: string | null;
  /** Snapshot keys (envelope and fields) in the order canonical JSON sorts them. */
  snapshotKeys: { key: string; envelope: boolean }[];
  /** Domain fields with their column kinds, in column order. */
  columns: { field: string; kind: ColumnKind }[];
}

const ENVELOPE_KEYS = ['id', 'version', 'createdAt', 'updatedAt', 'updatedBy', 'deletedAt'];
const sqlCache = new WeakMap<object, SpecStatements>();

function statements<F extends object>(spec: EntitySpec<F>): SpecStatements {
  let s = sqlCache.get(spec);
  if (!s) {
    const cols = Object.values(spec.fields).map((c) => (c as readonly [string, string])[0]);
    const env = ['id', 'version', 'created_at', 'updated_at', 'updated_by', 'deleted_at'];
    const all = [...env, ...cols];
    const fields = Object.keys(spec.fields);
    s = {
      insert: `INSERT INTO ${spec.table} (${all.join(', ')}) VALUES (${all.map(() => '?').join(', ')})`,
      update: `UPDATE ${spec.table} SET ${[...env.slice(1), ...cols].map((c) => `${c} = ?`).join(', ')} WHERE id = ?`,
      select: `SELECT rowid AS _rowid, * FROM ${spec.table} WHERE id = ?`,
      rowid: `SELECT rowid AS r FROM ${spec.table} WHERE id = ?`,
      ftsInsert: spec.fts ? `INSERT INTO ${spec.fts.table} (rowid, body) VALUES (?, ?)` : null,
      ftsDelete: spec.fts ? `DELETE FROM ${spec.fts.table} WHERE rowid = ?` : null,
      snapshotKeys: [...new Set([...ENVELOPE_KEYS, ...fields])]
        .sort()
        .map((key) => ({ key, envelope: ENVELOPE_KEYS.includes(key) && !fields.includes(key) })),
      columns: fields.map((field) => ({
        field,
        kind: (spec.fields as Record<string, readonly [string, ColumnKind]>)[field]![1],
      })),
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

/**
 * `canonicalJson(snapshotOf(spec, record))`, built without sorting keys on every write: the keys are
 * sorted once per entity, nested values (parties, id lists) are sorted as canonical JSON sorts them.
 */
export function canonicalSnapshot<F extends object>(spec: EntitySpec<F>, record: Stored<F>): string {
  const out: Record<string, unknown> = {};
  const values = record as Record<string, unknown>;
  for (const { key, envelope } of statements(spec).snapshotKeys) {
    const value = envelope ? values[key] : (values[key] ?? null);
    out[key] = value !== null && typeof value === 'object' ? sortDeep(value) : value;
  }
  return JSON.stringify(out);
}

/** Keys sorted, `undefined` members dropped, recursively: what canonical JSON serialises. */
function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of sortedKeys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortDeep(v);
    }
    return out;
  }
  return value;
}

/**
 * `Object.keys(value).sort()`: an insertion sort by UTF-16 code units (what the default sort
 * compares), cheaper than the general sort for the few keys of a nested value.
 */
function sortedKeys(value: object): string[] {
  const keys = Object.keys(value);
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i]!;
    let j = i - 1;
    while (j >= 0 && keys[j]! > key) {
      keys[j + 1] = keys[j]!;
      j--;
    }
    keys[j + 1] = key;
  }
  return keys;
}

/** Replaces a record's search text; `fresh` skips the delete for a row that was just inserted. */
function indexText<F extends object>(
  sql: Sql,
  spec: EntitySpec<F>,
  rowid: number | bigint,
  record: Stored<F> | null,
  fresh = false,
) {
  if (!spec.fts) return;
  const s = statements(spec);
  // A brand-new rowid cannot have index text yet: rows are never physically deleted, and an index
  // row is only written for an existing record row in the same transaction.
  if (!fresh) prepare(sql, s.ftsDelete!).run(rowid);
  if (record && record.deletedAt === null) {
    prepare(sql, s.ftsInsert!).run(rowid, foldText(spec.fts.text(record)));
  }
}

function rowidOf(sql: Sql, select: string, id: string): number {
  return (prepare(sql, select).get(id) as { r: number }).r;
}

function logChange<F extends object>(
  sql: Sql,
  spec: EntitySpec<F>,
  record: Stored<F>,
  op: 'create' | 'update' | 'delete',
  writer: Writer,
  at: number,
) {
  appendCanonicalChange(
    sql,
    { entity: spec.entity, id: record.id, version: record.version, op, user: writer.user, at },
    canonicalSnapshot(spec, record),
  );
}

/** Appends the record's column values (as {@link toColumns} converts them) to `args`. */
function pushColumns(columns: SpecStatements['columns'], record: object, args: unknown[]): unknown[] {
  const values = record as Record<string, unknown>;
  for (const { field, kind } of columns) {
    const value = values[field];
    if (value === undefined || value === null) args.push(kind === 'json' ? '[]' : null);
    else if (kind === 'bool') args.push(value ? 1 : 0);
    else if (kind === 'json') args.push(JSON.stringify(value));
    else args.push(value);
  }
  return args;
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
  // Object.assign rather than a spread literal: same own properties, far less garbage per row.
  const record = Object.assign({}, fields, {
    id,
    version: 1,
    createdAt: now,
    updatedAt: now,
    updatedBy: writer.user,
    deletedAt: null,
  }) as Stored<F>;
  const s = statements(spec);
  const result = prepare(sql, s.insert).run(pushColumns(s.columns, record, [id, 1, now, now, writer.user, null]));
  indexText(sql, spec, result.lastInsertRowid, record, true);
  logChange(sql, spec, record, 'create', writer, now);
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
  const next = { ...current, ...fields };
  if (spec.secrecy && !spec.secrecy.isSecret(current) && spec.secrecy.isSecret(next)) {
    return becomeSecret(sql, spec, current, fields, writer);
  }
  return writeVersion(sql, spec, current, next, 'update', writer);
}

/**
 * A record that becomes secret (a denunciation): the old record is deleted with its purged values,
 * every version of it in the change log loses them (a purge entry records which, without them), and
 * the new content is a new record with a new id, so nothing links it to what an office received of
 * the old one; the search index is merged so that no segment keeps the old words. SQLite zeroes
 * freed bytes from here to the commit; the WAL is truncated after it.
 */
function becomeSecret<F extends object>(
  sql: Sql,
  spec: EntitySpec<F>,
  current: Stored<F>,
  fields: F,
  writer: Writer,
): Stored<F> {
  const purged = spec.secrecy!.purged as Record<string, unknown>;
  sql.raw.pragma('secure_delete = ON');
  const now = writer.now?.() ?? Date.now();
  writeVersion(sql, spec, current, { ...current, ...purged, deletedAt: now } as Stored<F>, 'delete', writer);
  purgeRecordHistory(sql, spec.entity, current.id, purged, writer.user, now);
  // The search index keeps a deleted row's words in its segments until they merge: merge them now.
  if (spec.fts) prepare(sql, `INSERT INTO ${spec.fts.table} (${spec.fts.table}) VALUES ('optimize')`).run();
  const created = insertRecord(sql, spec, fields, writer);
  afterCommit(sql, () => scrubAfterPurge(sql));
  return created;
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
  const record = Object.assign({}, next, {
    id: current.id,
    version: current.version + 1,
    createdAt: current.createdAt,
    updatedAt: now,
    updatedBy: writer.user,
  }) as Stored<F>;
  const s = statements(spec);
  const args = pushColumns(s.columns, record, [
    record.version,
    record.createdAt,
    record.updatedAt,
    record.updatedBy,
    record.deletedAt,
  ]);
  args.push(record.id);
  prepare(sql, s.update).run(args);
  indexText(sql, spec, rowidOf(sql, s.rowid, record.id), record);
  logChange(sql, spec, record, op, writer, now);
  return record;
}

/** True when the stored fields equal the given ones (so a re-import can skip a no-op update). */
export function sameFields<F extends object>(spec: EntitySpec<F>, a: F, b: F): boolean {
  const ca = toColumns(spec, a);
  const cb = toColumns(spec, b);
  return ca.every((v, i) => v === cb[i]);
}
