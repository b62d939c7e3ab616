import type { CommuneSections, CommunesWithSection, PreviousSection } from '../../shared/report/schema';
import { yearEarlier } from '../../shared/util/dates';
import { consultationFigures } from '../consultation/report';
import { decisionFigures } from '../decision/report';
import type { Sql } from '../open';
import { recommendationFigures, supervisionBodyFigures } from '../supervision/report';
import { conventionFigures } from '../convention/report';
import { disclosureFigures } from '../disclosure/report';
import { mediationFigures } from '../mediation/report';
import { dialogueFigures, receptionFigures, supervisionFigures } from '../reception/report';

/**
 * Every section of one commune's figures for [from, to], from the database holding its records:
 * the commune's own, or the office's replica of it (so both give the same numbers).
 */
export function communeFigures(sql: Sql, from: string, to: string): CommuneSections {
  const current = {
    disclosure: disclosureFigures(sql, from, to),
    conventions: conventionFigures(sql, from, to),
    mediation: mediationFigures(sql, from, to),
    reception: receptionFigures(sql, from, to),
    dialogues: dialogueFigures(sql, from, to),
    supervisions: supervisionFigures(sql, from, to),
    decisions: decisionFigures(sql, from, to),
    consultations: consultationFigures(sql, from, to),
    supervisionBodies: supervisionBodyFigures(sql, to),
    supervisionRecommendations: recommendationFigures(sql, from, to),
  };
  const communesWith: CommunesWithSection = {
    dialogue: flag(current.dialogues > 0),
    receptionSession: flag(current.reception.sessions > 0),
    decision: flag(current.decisions.held > 0),
    consultation: flag(current.consultations.held > 0),
    banTtnd: flag(current.supervisionBodies.ban_ttnd.active > 0),
    banGsdtcd: flag(current.supervisionBodies.ban_gsdtcd.active > 0),
    allDisclosed: current.disclosure.communesAllItems,
  };
  return { ...current, communesWith, previous: previousFigures(sql, from, to) };
}

const flag = (yes: boolean): number => (yes ? 1 : 0);

/** The sections reports.md v2 compares with the same period one year earlier, by the same definitions. */
function previousFigures(sql: Sql, from: string, to: string): PreviousSection {
  const period = { from: yearEarlier(from), to: yearEarlier(to) };
  return {
    period,
    mediation: mediationFigures(sql, period.from, period.to),
    reception: receptionFigures(sql, period.from, period.to),
    decisions: decisionFigures(sql, period.from, period.to),
  };
}
