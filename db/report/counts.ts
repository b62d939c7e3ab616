import { zeros } from '../../shared/util/counts';
import { prepare, type Sql } from '../open';

export { zeros };

/** The rows `k, n` of a GROUP BY query as a map. */
export function groupCount(sql: Sql, text: string, ...params: unknown[]): Map<string, number> {
  const rows = prepare(sql, text).all(...params) as { k: string; n: number }[];
  return new Map(rows.map((r) => [r.k, r.n]));
}

/** The counts of every code of a list (absent codes 0). */
export function byCodes<T extends string>(codes: readonly T[], counts: Map<string, number>): Record<T, number> {
  const out = zeros(codes);
  for (const c of codes) out[c] = counts.get(c) ?? 0;
  return out;
}
