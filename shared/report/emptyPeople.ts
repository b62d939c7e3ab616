import { DECISION_FORMS, DECISION_MATTERS } from '../decision/codes';
import { CONSULTATION_MATTERS } from '../consultation/codes';
import { CASE_CATEGORIES } from '../mediation/codes';
import { zeros } from '../util/counts';
import { yearEarlier } from '../util/dates';
import { emptyReception } from './emptyReception';
import type { CommuneSections, DecisionsSection, MediationSection } from './schema';

/** Decision figures of a period with no decision. */
export function emptyDecisions(): DecisionsSection {
  return {
    held: 0,
    adopted: 0,
    notAdopted: 0,
    noQuorum: 0,
    byMatter: Object.fromEntries(
      DECISION_MATTERS.map((m) => [m, { held: 0, adopted: 0 }]),
    ) as DecisionsSection['byMatter'],
    byForm: zeros(DECISION_FORMS),
    communities: 0,
    resultsPublished: 0,
  };
}

/** Mediation figures of a period with no record. */
export function emptyMediation(): MediationSection {
  return {
    teams: 0,
    mediators: 0,
    mediatorsFemale: 0,
    mediatorsEthnicMinority: 0,
    received: 0,
    successful: 0,
    unsuccessful: 0,
    referred: 0,
    ongoing: 0,
    successRate: null,
    byCategory: Object.fromEntries(
      CASE_CATEGORIES.map((c) => [c, { received: 0, successful: 0 }]),
    ) as MediationSection['byCategory'],
  };
}

/** The v2 sections (reports.md) of a period [from, to] with no record: all zero, no rate. */
export function emptyPeopleSections(
  from: string,
  to: string,
): Pick<
  CommuneSections,
  'decisions' | 'consultations' | 'supervisionBodies' | 'supervisionRecommendations' | 'communesWith' | 'previous'
> {
  return {
    decisions: emptyDecisions(),
    consultations: {
      held: 0,
      byMatter: zeros(CONSULTATION_MATTERS),
      opinions: 0,
      accepted: 0,
      acceptedRate: null,
      resultsPublished: 0,
    },
    supervisionBodies: { ban_ttnd: { active: 0, members: 0 }, ban_gsdtcd: { active: 0, members: 0 } },
    supervisionRecommendations: { made: 0, resolved: 0, resolvedRate: null },
    communesWith: {
      dialogue: 0,
      receptionSession: 0,
      decision: 0,
      consultation: 0,
      banTtnd: 0,
      banGsdtcd: 0,
      allDisclosed: 0,
    },
    previous: {
      period: { from: yearEarlier(from), to: yearEarlier(to) },
      mediation: emptyMediation(),
      reception: emptyReception(),
      decisions: emptyDecisions(),
    },
  };
}
