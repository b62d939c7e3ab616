import { caseRecord } from '../../shared/mediation/caseRecord';
import { mediatorRecord } from '../../shared/mediation/mediatorRecord';
import { teamRecord } from '../../shared/mediation/teamRecord';
import { entitySpec, type DataOf } from '../store/entity';

export type { PartyData } from '../../shared/mediation/caseRecord';

/** Stored fields of a mediation team. */
export type TeamData = DataOf<typeof teamRecord>;
/** The mediation team entity (tổ hòa giải). */
export const teamSpec = entitySpec(teamRecord);

/** Stored fields of a mediator. */
export type MediatorData = DataOf<typeof mediatorRecord>;
/** The mediator entity (hòa giải viên). */
export const mediatorSpec = entitySpec(mediatorRecord);

/** Stored fields of a mediation case. */
export type CaseData = DataOf<typeof caseRecord>;
/** The mediation case entity (vụ việc hòa giải ở cơ sở). */
export const caseSpec = entitySpec(caseRecord);
