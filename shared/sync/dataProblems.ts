/** What can be not whole in the data an office holds of a commune, most serious first. */
export const DATA_PROBLEMS = ['fork', 'never', 'gaps'] as const;
/** One of {@link DATA_PROBLEMS}. */
export type DataProblem = (typeof DATA_PROBLEMS)[number];

/** What the office knows of a commune's data (a part of `OfficeCommune`, shared/sync/schema.ts). */
interface HeldData {
  forks: readonly unknown[];
  lastImportAt: number | null;
  gaps: readonly unknown[];
}

/**
 * The problems of a commune's data at the office, most serious first: a refused bundle that forks,
 * no data ever received, missing changes. One reading for the screens' warnings and the report's note.
 */
export function dataProblems(c: HeldData): DataProblem[] {
  const problems: DataProblem[] = [];
  if (c.forks.length > 0) problems.push('fork');
  if (c.lastImportAt === null) problems.push('never');
  if (c.gaps.length > 0) problems.push('gaps');
  return problems;
}
