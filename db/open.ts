import Database from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, DummyDriver } from 'kysely';
import type { Compilable } from 'kysely';
import type { DB } from './schema';

/** A raw better-sqlite3 connection. */
export type RawDb = Database.Database;

/**
 * The executor every query function takes first. Kysely builds typed SQL; better-sqlite3 runs it
 * synchronously, so a transaction can never interleave with other async work.
 */
export interface Sql {
  raw: RawDb;
  qb: Kysely<DB>;
}

/** Opens (or creates) a database file with the PRAGMAs of architecture.md §4. */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Sql {
  const raw = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  raw.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    raw.pragma('journal_mode = WAL');
    // Laptops lose power: FULL makes every commit durable, at a small cost per transaction.
    raw.pragma('synchronous = FULL');
  }
  raw.pragma('foreign_keys = ON');
  return { raw, qb: queryBuilder() };
}

/** A Kysely instance that only compiles queries (execution goes through better-sqlite3). */
export function queryBuilder(): Kysely<DB> {
  return new Kysely<DB>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new SqliteIntrospector(db),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  });
}

const statementCache = new WeakMap<RawDb, Map<string, Database.Statement>>();

/** A cached prepared statement for this connection. */
export function prepare(sql: Sql, text: string): Database.Statement {
  let cache = statementCache.get(sql.raw);
  if (!cache) {
    cache = new Map();
    statementCache.set(sql.raw, cache);
  }
  let stmt = cache.get(text);
  if (!stmt) {
    stmt = sql.raw.prepare(text);
    cache.set(text, stmt);
  }
  return stmt;
}

/** Runs a compiled Kysely query and returns all rows. */
export function all<R>(sql: Sql, query: Compilable<R>): R[] {
  const c = query.compile();
  return prepare(sql, c.sql).all(...(c.parameters as unknown[])) as R[];
}

/** Runs a compiled Kysely query and returns the first row, if any. */
export function first<R>(sql: Sql, query: Compilable<R>): R | undefined {
  const c = query.compile();
  return prepare(sql, c.sql).get(...(c.parameters as unknown[])) as R | undefined;
}

/** Runs a compiled Kysely statement that returns no rows. */
export function run(sql: Sql, query: Compilable<unknown>): Database.RunResult {
  const c = query.compile();
  return prepare(sql, c.sql).run(...(c.parameters as unknown[]));
}

/** Runs `fn` in one IMMEDIATE transaction: all of it is written, or none of it. */
export function transaction<T>(sql: Sql, fn: () => T): T {
  return sql.raw.transaction(fn).immediate();
}
