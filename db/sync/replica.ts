import { join } from 'node:path';
import { RECORD_SPECS } from '../maintenance/entities';
import { makePrivateDir } from '../maintenance/temp';
import { migrate } from '../migrations/migrate';
import { folderKey, openDatabase, type RawDb, type Sql, type Statement } from '../open';
import { toColumns, type EntitySpec } from '../store/entity';

/**
 * An office keeps each enrolled commune's records in a replica database of its own, with the same
 * schema as a commune's: the same report code then gives, for the office, exactly the commune's own
 * figures (reports.md). A bundle is applied to one replica in one transaction, together with the
 * changes and the bundle it records, so a crash leaves the import wholly there or wholly absent.
 */
export function replicaPath(dataDir: string, code: string): string {
  if (!/^\d{5}$/.test(code)) throw new RangeError('commune code');
  return join(dataDir, 'communes', `${code}.sqlite`);
}

/**
 * Opens (creating and migrating if needed) the replica of a commune (`file`: a new replica being
 * filled before it takes the place of the current one). Changes arrive in any order
 * (out-of-order bundles) and with personal fields blanked, so the replica does not enforce foreign
 * keys or the uniqueness of live names: those are the commune's rules, checked where it writes.
 */
export function openReplica(dataDir: string, code: string, file: string = replicaPath(dataDir, code)): Sql {
  makePrivateDir(join(dataDir, 'communes'));
  makePrivateDir(join(dataDir, 'backups'));
  const sql = openDatabase(file, { key: folderKey(dataDir) });
  migrate(sql.raw, {
    backupPath: (from) => join(dataDir, 'backups', `xa-${code}-truoc-nang-cap-${from}-${Date.now()}.sqlite`),
  });
  sql.raw.pragma('foreign_keys = OFF');
  dropUniqueIndexes(sql);
  return sql;
}

function dropUniqueIndexes(sql: Sql): void {
  const tables = new Set(RECORD_SPECS.map((s) => s.table));
  const rows = sql.raw
    .prepare("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql LIKE 'CREATE UNIQUE INDEX%'")
    .all() as { name: string; tbl_name: string }[];
  for (const row of rows) if (tables.has(row.tbl_name)) sql.raw.exec(`DROP INDEX "${row.name}"`);
}

/** The spec of a change-log entity, if the app knows it. */
export function specOf(entity: string): EntitySpec<object> | undefined {
  return RECORD_SPECS.find((s) => s.entity === entity);
}

interface SnapshotWriter {
  statement: Statement;
  /** Per domain column: whether the column requires a value ('' stands for a blanked field). */
  required: boolean[];
}

const writers = new WeakMap<RawDb, Map<EntitySpec<object>, SnapshotWriter>>();

/**
 * The upsert of one entity's records into the replica, prepared once per connection. The record is
 * replaced only by a higher version (out-of-order bundles: the highest version wins).
 */
function writerFor(sql: Sql, spec: EntitySpec<object>): SnapshotWriter {
  let bySpec = writers.get(sql.raw);
  if (!bySpec) writers.set(sql.raw, (bySpec = new Map()));
  let writer = bySpec.get(spec);
  if (!writer) {
    const columns = Object.values(spec.fields as Record<string, readonly [string, string]>).map(([column]) => column);
    const info = sql.raw.prepare(`PRAGMA table_info("${spec.table}")`).all() as { name: string; notnull: number }[];
    const notNull = new Set(info.filter((c) => c.notnull === 1).map((c) => c.name));
    const all = ['id', 'version', 'created_at', 'updated_at', 'updated_by', 'deleted_at', ...columns];
    const update = all.slice(1).map((c) => `"${c}" = excluded."${c}"`);
    const statement = sql.raw.prepare(
      `INSERT INTO "${spec.table}" (${all.map((c) => `"${c}"`).join(', ')}) VALUES (${all.map(() => '?').join(', ')})
       ON CONFLICT (id) DO UPDATE SET ${update.join(', ')} WHERE excluded.version > "${spec.table}".version`,
    );
    writer = { statement, required: columns.map((c) => notNull.has(c)) };
    bySpec.set(spec, writer);
  }
  return writer;
}

/**
 * Writes a record snapshot into the replica unless it already holds a higher version. A field the
 * minimal profile blanked is stored as NULL, or as '' where the column requires a value.
 */
export function writeSnapshot(sql: Sql, spec: EntitySpec<object>, snapshot: Record<string, unknown>): void {
  const { statement, required } = writerFor(sql, spec);
  const values = toColumns(spec, { ...spec.addedFields, ...snapshot } as object);
  for (let i = 0; i < values.length; i++) if (values[i] === null && required[i]) values[i] = '';
  values.unshift(
    snapshot.id,
    snapshot.version,
    snapshot.createdAt,
    snapshot.updatedAt,
    snapshot.updatedBy ?? '',
    snapshot.deletedAt ?? null,
  );
  statement.run(values);
}

/**
 * Writes a record's purged values (its spec's `secrecy.purged`) over what the replica holds of it,
 * whatever version that is: a purge entry arrived (db/changelog/purge.ts).
 */
export function purgeReplicaRecord(sql: Sql, spec: EntitySpec<object>, recordId: string): void {
  const purged = (spec.secrecy?.purged ?? {}) as Record<string, unknown>;
  const fields = spec.fields as Record<string, readonly [string, string]>;
  const entries = Object.entries(purged).filter(([field]) => Object.hasOwn(fields, field));
  if (entries.length === 0) return;
  const sets = entries.map(([field]) => `"${fields[field]![0]}" = ?`).join(', ');
  sql.raw.prepare(`UPDATE "${spec.table}" SET ${sets} WHERE id = ?`).run(...entries.map(([, v]) => v), recordId);
}
