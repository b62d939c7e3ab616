import Database from 'better-sqlite3';
import { queryBuilder, type Sql } from '../open';

/**
 * Opens a database file that is not the live one (a backup, a file to restore) without switching
 * it to WAL, so it stays one self-contained file.
 */
export function openCopy(file: string): Sql {
  const raw = new Database(file, { fileMustExist: true });
  raw.pragma('busy_timeout = 5000');
  raw.pragma('journal_mode = DELETE');
  raw.pragma('foreign_keys = ON');
  return { raw, qb: queryBuilder() };
}
