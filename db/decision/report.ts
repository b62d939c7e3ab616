import type { DECISION_MATTERS, DecisionForm } from '../../shared/decision/codes';
import { householdOutcome } from '../../shared/decision/outcome';
import { emptyDecisions } from '../../shared/report/emptyPeople';
import type { DecisionsSection } from '../../shared/report/schema';
import { prepare, type Sql } from '../open';

interface DecisionRow {
  community_id: string;
  matter: (typeof DECISION_MATTERS)[number];
  form: DecisionForm;
  households: number;
  households_participating: number;
  households_approving: number;
  result_published_on: string | null;
}

/**
 * The decisions held in [from, to] (reports.md v2 § decisions), each outcome derived by the one rule
 * ({@link householdOutcome}) exactly as the form shows it.
 */
export function decisionFigures(sql: Sql, from: string, to: string): DecisionsSection {
  const rows = prepare(
    sql,
    `SELECT community_id, matter, form, households, households_participating, households_approving, result_published_on
       FROM community_decision WHERE deleted_at IS NULL AND held_on BETWEEN ? AND ?`,
  ).all(from, to) as DecisionRow[];
  const out: DecisionsSection = {
    ...emptyDecisions(),
    held: rows.length,
    communities: new Set(rows.map((r) => r.community_id)).size,
    resultsPublished: rows.filter((r) => r.result_published_on != null && r.result_published_on <= to).length,
  };
  for (const r of rows) {
    const { outcome } = householdOutcome({
      form: r.form,
      households: r.households,
      participating: r.households_participating,
      approving: r.households_approving,
    });
    if (outcome === 'thong_qua') out.adopted += 1;
    else if (outcome === 'khong_thong_qua') out.notAdopted += 1;
    else out.noQuorum += 1;
    out.byMatter[r.matter].held += 1;
    if (outcome === 'thong_qua') out.byMatter[r.matter].adopted += 1;
    out.byForm[r.form] += 1;
  }
  return out;
}
