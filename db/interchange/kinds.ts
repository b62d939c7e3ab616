import { communityInterchange } from '../community/interchange';
import { conventionInterchange } from '../convention/interchange';
import { disclosureInterchange } from '../disclosure/interchange';
import { caseInterchange, mediatorInterchange, teamInterchange } from '../mediation/interchange';
import {
  dialogueInterchange,
  petitionInterchange,
  sessionInterchange,
  supervisionInterchange,
  visitInterchange,
} from '../reception/interchange';
import type { KindInterchange } from './upsert';

/**
 * How each kind travels in the interchange format, in the order records depend on each other
 * (shared/record/registry.ts). A new kind adds its feature's mapping here.
 */
export const INTERCHANGE: readonly KindInterchange[] = [
  communityInterchange,
  teamInterchange,
  mediatorInterchange,
  caseInterchange,
  sessionInterchange,
  visitInterchange,
  petitionInterchange,
  dialogueInterchange,
  supervisionInterchange,
  disclosureInterchange,
  conventionInterchange,
];

/** The interchange mapping of a kind. */
export function interchangeOf(kind: string): KindInterchange | undefined {
  return INTERCHANGE.find((k) => k.definition.kind === kind);
}
