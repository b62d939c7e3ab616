import { CONSULTATION_MATTERS } from '../../shared/consultation/codes';
import type { ConsultationsSection } from '../../shared/report/schema';
import { rate } from '../../shared/util/format';
import { prepare, type Sql } from '../open';
import { byCodes, groupCount } from '../report/counts';

/** The consultations ended in [from, to] (reports.md v2 § consultations). */
export function consultationFigures(sql: Sql, from: string, to: string): ConsultationsSection {
  const where = 'FROM consultation WHERE deleted_at IS NULL AND ended_on BETWEEN ? AND ?';
  const sums = prepare(
    sql,
    `SELECT count(*) AS held, coalesce(sum(opinions), 0) AS opinions, coalesce(sum(accepted), 0) AS accepted,
            coalesce(sum(result_published_on IS NOT NULL AND result_published_on <= ?), 0) AS published ${where}`,
  ).get(to, from, to) as { held: number; opinions: number; accepted: number; published: number };
  return {
    held: sums.held,
    byMatter: byCodes(
      CONSULTATION_MATTERS,
      groupCount(sql, `SELECT matter AS k, count(*) AS n ${where} GROUP BY matter`, from, to),
    ),
    opinions: sums.opinions,
    accepted: sums.accepted,
    acceptedRate: rate(sums.accepted, sums.opinions),
    resultsPublished: sums.published,
  };
}
