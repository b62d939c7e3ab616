import type { ConventionStatus } from '../../shared/convention/codes';
import { conventionRecord } from '../../shared/convention/conventionRecord';
import { entitySpec, type DataOf } from '../store/entity';

/** Stored fields of a convention (domain.md §D.4). */
export type ConventionData = DataOf<typeof conventionRecord>;

/** The convention entity (hương ước, quy ước). */
export const conventionSpec = entitySpec(conventionRecord);

/** The status of a convention on a date: the last status event on or before it (null before any). */
export function statusOn(c: Pick<ConventionData, 'statusLog'>, date: string): ConventionStatus | null {
  let status: ConventionStatus | null = null;
  for (const e of c.statusLog) if (e.on <= date) status = e.status;
  return status;
}
