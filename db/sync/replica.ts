import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { RECORD_SPECS } from '../maintenance/entities';
import { migrate } from '../migrations/migrate';
import { openDatabase, prepare, type Sql } from '../open';
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
 * Opens (creating and migrating if needed) the replica of a commune. Changes arrive in any order
 * (out-of-order bundles) and with personal fields blanked, so the replica does not enforce foreign
 * keys or the uniqueness of live names: those are the commune's rules, checked where it writes.
 */
export function openReplica(dataDir: string, code: string): Sql {
  mkdirSync(join(dataDir, 'communes'), { recursive: true });
  mkdirSync(join(dataDir, 'backups'), { recursive: true });
  const sql = openDatabase(replicaPath(dataDir, code));
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

const notNullCache = new WeakMap<object, Map<string, Set<string>>>();

function notNullColumns(sql: Sql, table: string): Set<string> {
  let byTable = notNullCache.get(sql.raw);
  if (!byTable) notNullCache.set(sql.raw, (byTable = new Map()));
  let set = byTable.get(table);
  if (!set) {
    const info = sql.raw.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; notnull: number }[];
    set = new Set(info.filter((c) => c.notnull === 1).map((c) => c.name));
    byTable.set(table, set);
  }
  return set;
}

/** The version of a record in the replica, 0 when absent. */
export function replicaVersion(sql: Sql, spec: EntitySpec<object>, id: string): number {
  const row = prepare(sql, `SELECT version FROM "${spec.table}" WHERE id = ?`).get(id) as
    { version: number } | undefined;
  return row?.version ?? 0;
}

/**
 * Writes a record snapshot into the replica (insert or replace). A field the minimal profile blanked
 * is stored as NULL, or as '' where the column requires a value.
 */
export function writeSnapshot(sql: Sql, spec: EntitySpec<object>, snapshot: Record<string, unknown>): void {
  const columns = Object.values(spec.fields as Record<string, readonly [string, string]>).map(([column]) => column);
  const required = notNullColumns(sql, spec.table);
  const values = toColumns(spec, snapshot as object).map((value, i) =>
    value === null && required.has(columns[i]!) ? '' : value,
  );
  const all = ['id', 'version', 'created_at', 'updated_at', 'updated_by', 'deleted_at', ...columns];
  const envelope = [
    snapshot.id,
    snapshot.version,
    snapshot.createdAt,
    snapshot.updatedAt,
    snapshot.updatedBy ?? '',
    snapshot.deletedAt ?? null,
  ];
  const update = all.slice(1).map((c) => `"${c}" = excluded."${c}"`);
  prepare(
    sql,
    `INSERT INTO "${spec.table}" (${all.map((c) => `"${c}"`).join(', ')}) VALUES (${all.map(() => '?').join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${update.join(', ')}`,
  ).run(...envelope, ...values);
}
