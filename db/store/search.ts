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
