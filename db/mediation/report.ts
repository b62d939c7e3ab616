import { CASE_CATEGORIES } from '../../shared/mediation/codes';
import type { MediationSection } from '../../shared/report/schema';
import { rate } from '../../shared/util/format';
import { prepare, type Sql } from '../open';

/**
 * Mediation figures for [from, to] (reports.md § mediation). Every status is taken as of `to`:
 * a case counts as closed only when its closedOn is on or before `to`.
 */
export function mediationFigures(sql: Sql, from: string, to: string): MediationSection {
  const teams = count(
    sql,
    `SELECT count(*) n FROM mediation_team WHERE deleted_at IS NULL AND (established_on IS NULL OR established_on <= ?)`,
    to,
  );
  const active = `FROM mediator m JOIN mediation_team t ON t.id = m.team_id
    WHERE m.deleted_at IS NULL AND t.deleted_at IS NULL AND (m.recognized_on IS NULL OR m.recognized_on <= ?)
      AND (m.left_on IS NULL OR m.left_on > ?)`;
  const mediators = count(sql, `SELECT count(*) n ${active}`, to, to);
  const mediatorsFemale = count(sql, `SELECT count(*) n ${active} AND m.gender = 'nu'`, to, to);
  const mediatorsEthnicMinority = count(sql, `SELECT count(*) n ${active} AND m.ethnic_minority = 1`, to, to);
  const rows = prepare(
    sql,
    `SELECT category,
       CASE WHEN closed_on IS NOT NULL AND closed_on <= ? THEN status ELSE 'ongoing' END AS status_at,
       count(*) AS n
     FROM mediation_case
     WHERE deleted_at IS NULL AND received_on >= ? AND received_on <= ?
     GROUP BY category, status_at`,
  ).all(to, from, to) as { category: string; status_at: string; n: number }[];
  const byCategory = Object.fromEntries(
    CASE_CATEGORIES.map((c) => [c, { received: 0, successful: 0 }]),
  ) as MediationSection['byCategory'];
  const totals = { received: 0, successful: 0, unsuccessful: 0, referred: 0, ongoing: 0 };
  for (const r of rows) {
    totals.received += r.n;
    const cat = byCategory[r.category as keyof typeof byCategory];
    if (cat) cat.received += r.n;
    if (r.status_at === 'thanh') {
      totals.successful += r.n;
      if (cat) cat.successful += r.n;
    } else if (r.status_at === 'khong_thanh' || r.status_at === 'cham_dut') totals.unsuccessful += r.n;
    else if (r.status_at === 'chuyen') totals.referred += r.n;
    else totals.ongoing += r.n;
  }
  return {
    teams,
    mediators,
    mediatorsFemale,
    mediatorsEthnicMinority,
    ...totals,
    successRate: rate(totals.successful, totals.received),
    byCategory,
  };
}

function count(sql: Sql, text: string, ...params: unknown[]): number {
  return (prepare(sql, text).get(...params) as { n: number }).n;
}
