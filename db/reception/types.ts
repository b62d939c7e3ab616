import type { z } from 'zod';
import type {
  dialogueFields,
  PetitionFields,
  SessionFields,
  supervisionFields,
  VisitFields,
} from '../../shared/reception/schema';

/** Stored fields of a session. */
export type SessionData = SessionFields;
/** Stored fields of a visit. */
export type VisitData = Omit<VisitFields, 'summaryChecked'>;
/** Stored fields of a petition. */
export type PetitionData = Omit<PetitionFields, 'summaryChecked'>;
/** Stored fields of a dialogue. */
export type DialogueFields = z.output<typeof dialogueFields>;
/** Stored fields of a supervision. */
export type SupervisionData = z.output<typeof supervisionFields>;
