import { noticeSpec } from '../calendar/spec';
import { communitySpec } from '../community/spec';
import { consultationSpec } from '../consultation/spec';
import { conventionSpec } from '../convention/spec';
import { decisionSpec } from '../decision/spec';
import { disclosureSpec } from '../disclosure/spec';
import { caseSpec, mediatorSpec, teamSpec } from '../mediation/spec';
import { dialogueSpec, petitionSpec, sessionSpec, supervisionSpec, visitSpec } from '../reception/spec';
import type { EntitySpec } from '../store/entity';
import { bodySpec } from '../supervision/spec';

/**
 * Every stored record entity, so `qcdc check` can compare each row with its latest change-log
 * snapshot. A module that adds an entity must list its spec here: `check` reports change-log
 * entries of an entity it does not know, rather than silently skipping them.
 */
export const RECORD_SPECS: readonly EntitySpec<object>[] = [
  communitySpec as EntitySpec<object>,
  teamSpec as EntitySpec<object>,
  mediatorSpec as EntitySpec<object>,
  caseSpec as EntitySpec<object>,
  sessionSpec as EntitySpec<object>,
  visitSpec as EntitySpec<object>,
  petitionSpec as EntitySpec<object>,
  dialogueSpec as EntitySpec<object>,
  supervisionSpec as EntitySpec<object>,
  disclosureSpec as EntitySpec<object>,
  conventionSpec as EntitySpec<object>,
  noticeSpec as EntitySpec<object>,
  decisionSpec as EntitySpec<object>,
  consultationSpec as EntitySpec<object>,
  bodySpec as EntitySpec<object>,
];
