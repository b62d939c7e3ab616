import { sql, type RawBuilder } from 'kysely';
import { foldTokens } from '../../shared/util/fold';

/**
 * Builds an FTS5 MATCH expression from user text: each folded token quoted (so no FTS syntax can
 * be injected) and matched as a prefix, all tokens required. Null when there is nothing to match.
 */
export function ftsQuery(search: string): string | null {
  const tokens = foldTokens(search);
  if (tokens.length === 0) return null;
  return tokens.map((t) => `"${t.replace(/"/g, '""')}"*`).join(' AND ');
}

/**
 * The condition "the row matches the search" over a record table's full-text index (`<table>_fts`,
 * keyed by rowid), or null when the search has nothing to match. `alias` is the table's alias in the query.
 */
export function matchingRows(table: string, alias: string | null, search: string): RawBuilder<boolean> | null {
  const match = ftsQuery(search);
  if (!match) return null;
  const fts = sql.table(`${table}_fts`);
  const rowid = sql.ref(alias ? `${alias}.rowid` : 'rowid');
  return sql<boolean>`${rowid} IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ${match})`;
}
