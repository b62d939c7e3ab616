import { decisionRecord } from '../../shared/decision/decisionRecord';
import { entitySpec, type DataOf } from '../store/entity';

/** Stored fields of a community decision. */
export type DecisionData = DataOf<typeof decisionRecord>;

/** The community decision entity (Nhân dân bàn và quyết định). */
export const decisionSpec = entitySpec(decisionRecord);
