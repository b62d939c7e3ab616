import { openRaw, queryBuilder, type DbKey, type Sql } from '../open';

/**
 * Opens a database file that is not the live one (a backup, a file to restore) without switching
 * it to WAL, so it stays one self-contained file. `key`: the key it is encrypted with, if any.
 */
export function openCopy(file: string, key: DbKey = null): Sql {
  const raw = openRaw(file, { fileMustExist: true, key });
  raw.pragma('busy_timeout = 5000');
  raw.pragma('journal_mode = DELETE');
  raw.pragma('foreign_keys = ON');
  return { raw, qb: queryBuilder(), key };
}
