import { dataProblems, type DataProblem } from '../../../shared/sync/dataProblems';
import type { OfficeCommune } from '../../../shared/sync/schema';
import { seqRange } from './format';
import { SYNC_TEXT as T } from './text';

/** One commune whose data at the office may be incomplete or contradicted, with why, in Vietnamese. */
export interface CompletenessNote {
  code: string;
  name: string;
  /** A refused bundle contradicts what the office holds (rẽ nhánh): the most serious, listed first. */
  forked: boolean;
  problems: string[];
}

/**
 * What an office officer must know before trusting compiled figures: the communes that never sent
 * data, those with missing changes, and those that sent a bundle contradicting the data already
 * received (a fork; nothing of it was imported and neither branch is taken as right). Communes with
 * nothing to say are left out; forks first, then by name.
 */
export function completenessNotes(communes: readonly OfficeCommune[]): CompletenessNote[] {
  const notes: CompletenessNote[] = [];
  for (const c of communes) {
    const found = dataProblems(c);
    const problems = found.flatMap((p) => sentences(p, c));
    if (problems.length > 0) notes.push({ code: c.code, name: c.name, forked: found.includes('fork'), problems });
  }
  return notes.sort((a, b) => Number(b.forked) - Number(a.forked) || a.name.localeCompare(b.name, 'vi'));
}

/** The sentences of one problem of a commune (one per missing range). */
function sentences(problem: DataProblem, c: OfficeCommune): string[] {
  switch (problem) {
    case 'fork':
      return [T.noteForked(c.forks.map((f) => `"${f.fileName}"`).join(', '), c.forks.length > 1)];
    case 'never':
      return [T.noteNever];
    case 'gaps':
      return c.gaps.map((g) => T.noteGap(seqRange(g.missingFromSeq, g.missingToSeq)));
  }
}
