import { noticeRecord } from '../calendar/noticeRecord';
import { communityRecord } from '../community/communityRecord';
import { conventionRecord } from '../convention/conventionRecord';
import { disclosureRecord } from '../disclosure/disclosureRecord';
import { caseRecord } from '../mediation/caseRecord';
import { mediatorRecord } from '../mediation/mediatorRecord';
import { teamRecord } from '../mediation/teamRecord';
import { dialogueRecord } from '../reception/dialogueRecord';
import { petitionRecord } from '../reception/petitionRecord';
import { sessionRecord } from '../reception/sessionRecord';
import { supervisionRecord } from '../reception/supervisionRecord';
import { visitRecord } from '../reception/visitRecord';
import type { AnyRecord } from './define';

/**
 * Every record definition, in the order records depend on each other (a community before its team,
 * a team before its mediators): the interchange format's order, its template's sheets, the minimal
 * profile and the field labels all come from this one list. A new kind adds its definition here.
 */
export const RECORDS: readonly AnyRecord[] = [
  communityRecord,
  teamRecord,
  mediatorRecord,
  caseRecord,
  sessionRecord,
  visitRecord,
  petitionRecord,
  dialogueRecord,
  supervisionRecord,
  disclosureRecord,
  conventionRecord,
  noticeRecord,
];

/** The definition of a kind, if the app has one. */
export function recordOf(kind: string): AnyRecord | undefined {
  return RECORDS.find((r) => r.kind === kind);
}
