import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, DummyDriver } from 'kysely';
import type { Compilable, SelectQueryBuilder } from 'kysely';
import type { DB } from './schema';

// The one place that names the SQLite driver: better-sqlite3's API over SQLite3 Multiple Ciphers,
// so a protected installation's database, its WAL, journals and copies are encrypted page by page
// (AEGIS-256, authenticated: a changed page fails to open) while an unprotected one stays a plain
// SQLite file.

/** A raw connection. */
export type RawDb = Database.Database;
/** A prepared statement of a raw connection. */
export type Statement = Database.Statement;

/** A 32-byte database key (protected installations), or null for a plain SQLite file. */
export type DbKey = Buffer | null;

/**
 * The executor every query function takes first. Kysely builds typed SQL; the driver runs it
 * synchronously, so a transaction can never interleave with other async work. `key` is the key the
 * file was opened with, so copies of it (backups, restores) can be opened the same way.
 */
export interface Sql {
  raw: RawDb;
  qb: Kysely<DB>;
  key: DbKey;
}

/**
 * The cipher of protected databases: SQLite3 Multiple Ciphers' AEGIS-256, an authenticated cipher
 * that uses the processor's AES instructions (measured: about 2 % over plain SQLite on inserts,
 * where its ChaCha20 costs 45 %; `npm run bench` reports the overhead as `encryption`).
 */
export const DB_CIPHER = 'aegis';
const DB_CIPHER_ALGORITHM = 'aegis-256';
/** Bytes of a database key. */
export const DB_KEY_BYTES = 32;

/** Options of {@link openRaw} and {@link openDatabase}. */
export interface OpenOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
  /** Milliseconds to wait for a lock. */
  timeout?: number;
  key?: DbKey;
}

/**
 * A bare connection with the key applied and checked (a wrong key fails here, not on a later
 * query). Temporary tables and sorts stay in memory so nothing decrypted spills to a temp file.
 */
export function openRaw(file: string, options: OpenOptions = {}): RawDb {
  const raw = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.fileMustExist ?? options.readonly ?? false,
    timeout: options.timeout ?? 5000,
  });
  try {
    if (options.key) applyKey(raw, options.key);
    raw.pragma('temp_store = MEMORY');
    raw.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    raw.close();
    throw error;
  }
  return raw;
}

/** Opens (or creates) a database file with the PRAGMAs of architecture.md §4. */
export function openDatabase(file: string, options: OpenOptions = {}): Sql {
  const raw = openRaw(file, { ...options, fileMustExist: options.fileMustExist ?? options.readonly ?? false });
  raw.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    raw.pragma('journal_mode = WAL');
    // Laptops lose power: FULL makes every commit durable, at a small cost per transaction.
    raw.pragma('synchronous = FULL');
  }
  raw.pragma('foreign_keys = ON');
  return { raw, qb: queryBuilder(), key: options.key ?? null };
}

function keyLiteral(key: Buffer): string {
  if (key.length !== DB_KEY_BYTES) throw new RangeError('A database key has 32 bytes');
  // A raw key (x'…'): used as is, no per-open passphrase KDF (the password KDF happened before).
  return `"x'${key.toString('hex')}'"`;
}

function applyKey(raw: RawDb, key: Buffer): void {
  setCipher(raw);
  raw.pragma(`key = ${keyLiteral(key)}`);
}

// Pinned, so a later default of the library never changes how existing files are read.
function setCipher(raw: RawDb): void {
  raw.pragma(`cipher = '${DB_CIPHER}'`);
  raw.pragma(`algorithm = '${DB_CIPHER_ALGORITHM}'`);
}

/**
 * Encrypts a plain database file in place with `key` (or changes its key). SQLite3 Multiple Ciphers
 * cannot rekey in WAL mode: the file is switched to a rollback journal for it (which also folds the
 * WAL in), rewritten page by page, then vacuumed so no page keeps its old form in the free list.
 */
export function encryptFile(file: string, key: Buffer, currentKey: DbKey = null): void {
  const raw = openRaw(file, { fileMustExist: true, key: currentKey });
  try {
    raw.pragma('journal_mode = DELETE');
    setCipher(raw);
    raw.pragma(`rekey = ${keyLiteral(key)}`);
    raw.exec('VACUUM');
  } finally {
    raw.close();
  }
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Whether a file starts with the plain SQLite header (an encrypted database does not). */
export function isPlainSqliteFile(file: string): boolean {
  const fd = openSync(resolve(file), 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const n = readSync(fd, head, 0, head.length, 0);
    return n === head.length && head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

// The key of each unlocked data folder, for the databases besides the main one that live in it
// (an office's commune replicas): they are opened deep inside sync code that only has the folder.
const folderKeys = new Map<string, Buffer>();

/** Remembers (or, with null, forgets) the database key of an unlocked data folder. */
export function setFolderKey(dataDir: string, key: DbKey): void {
  if (key) folderKeys.set(resolve(dataDir), key);
  else folderKeys.delete(resolve(dataDir));
}

/** The database key of a data folder, null when it is unprotected (or still locked). */
export function folderKey(dataDir: string): DbKey {
  return folderKeys.get(resolve(dataDir)) ?? null;
}

/** A Kysely instance that only compiles queries (execution goes through the driver). */
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

const statementCache = new WeakMap<RawDb, Map<string, Statement>>();

/** A cached prepared statement for this connection. */
export function prepare(sql: Sql, text: string): Statement {
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

const afterCommitTasks = new WeakMap<RawDb, (() => void)[]>();

/**
 * Runs `task` once the current transaction of `sql` commits through {@link transaction} (dropped if
 * it rolls back): work SQLite refuses inside a transaction, such as a WAL checkpoint.
 */
export function afterCommit(sql: Sql, task: () => void): void {
  const tasks = afterCommitTasks.get(sql.raw) ?? [];
  tasks.push(task);
  afterCommitTasks.set(sql.raw, tasks);
}

/** Runs `fn` in one IMMEDIATE transaction: all of it is written, or none of it. */
export function transaction<T>(sql: Sql, fn: () => T): T {
  if (sql.raw.inTransaction) return sql.raw.transaction(fn).immediate();
  let out: T;
  try {
    out = sql.raw.transaction(fn).immediate();
  } catch (error) {
    afterCommitTasks.delete(sql.raw);
    throw error;
  }
  const tasks = afterCommitTasks.get(sql.raw);
  afterCommitTasks.delete(sql.raw);
  for (const task of tasks ?? []) task();
  return out;
}

/** The number of rows a Kysely query selects (its filters kept, its columns replaced by a count). */
export function countOf<D, T extends keyof D, O>(sql: Sql, query: SelectQueryBuilder<D, T, O>): number {
  const rows = all(
    sql,
    query.select((s) => s.fn.countAll<number>().as('n')),
  ) as unknown as { n: number }[];
  return Number(rows[0]?.n ?? 0);
}
