import { SUPERVISION_BODIES } from '../../shared/reception/codes';
import type { z } from 'zod';
import type { supervisionBodiesSection, supervisionRecommendationsSection } from '../../shared/report/schema';
import { rate } from '../../shared/util/format';
import { prepare, type Sql } from '../open';

/** The Ban TTND and Ban GSĐTCĐ active at `on` (interchange.md v2), and the sum of their members. */
export function supervisionBodyFigures(sql: Sql, on: string): z.infer<typeof supervisionBodiesSection> {
  const rows = prepare(
    sql,
    `SELECT body, count(*) AS active, coalesce(sum(json_array_length(members)), 0) AS members
       FROM supervision_body
      WHERE deleted_at IS NULL AND established_on <= ? AND (dissolved_on IS NULL OR ? < dissolved_on)
      GROUP BY body`,
  ).all(on, on) as { body: string; active: number; members: number }[];
  const of = (body: string) => {
    const row = rows.find((r) => r.body === body);
    return { active: row?.active ?? 0, members: row?.members ?? 0 };
  };
  return Object.fromEntries(SUPERVISION_BODIES.map((b) => [b, of(b)])) as z.infer<typeof supervisionBodiesSection>;
}

/** The recommendations of the supervisions held in [from, to]: made, resolved, and the rate. */
export function recommendationFigures(
  sql: Sql,
  from: string,
  to: string,
): z.infer<typeof supervisionRecommendationsSection> {
  const r = prepare(
    sql,
    `SELECT coalesce(sum(recommendations), 0) AS made, coalesce(sum(recommendations_resolved), 0) AS resolved
       FROM supervision WHERE deleted_at IS NULL AND held_on BETWEEN ? AND ?`,
  ).get(from, to) as { made: number; resolved: number };
  return { made: r.made, resolved: r.resolved, resolvedRate: rate(r.resolved, r.made) };
}
