import type { dialogueRecord } from '../../shared/reception/dialogueRecord';
import type { petitionRecord } from '../../shared/reception/petitionRecord';
import type { sessionRecord } from '../../shared/reception/sessionRecord';
import type { supervisionRecord } from '../../shared/reception/supervisionRecord';
import type { visitRecord } from '../../shared/reception/visitRecord';
import type { DataOf } from '../store/entity';

/** Stored fields of a session. */
export type SessionData = DataOf<typeof sessionRecord>;
/** Stored fields of a visit. */
export type VisitData = DataOf<typeof visitRecord>;
/** Stored fields of a petition. */
export type PetitionData = DataOf<typeof petitionRecord>;
/** Stored fields of a dialogue. */
export type DialogueFields = DataOf<typeof dialogueRecord>;
/** Stored fields of a supervision. */
export type SupervisionData = DataOf<typeof supervisionRecord>;
