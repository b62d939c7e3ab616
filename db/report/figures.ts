import type { CommuneSections } from '../../shared/report/schema';
import type { Sql } from '../open';
import { conventionFigures } from '../convention/report';
import { disclosureFigures } from '../disclosure/report';
import { mediationFigures } from '../mediation/report';
import { dialogueFigures, receptionFigures, supervisionFigures } from '../reception/report';

/**
 * Every section of one commune's figures for [from, to], from the database holding its records:
 * the commune's own, or the office's replica of it (so both give the same numbers).
 */
export function communeFigures(sql: Sql, from: string, to: string): CommuneSections {
  return {
    disclosure: disclosureFigures(sql, from, to),
    conventions: conventionFigures(sql, from, to),
    mediation: mediationFigures(sql, from, to),
    reception: receptionFigures(sql, from, to),
    dialogues: dialogueFigures(sql, from, to),
    supervisions: supervisionFigures(sql, from, to),
  };
}
