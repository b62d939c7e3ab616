import { AppError, type FieldIssue } from '../../shared/contract/errors';
import type { ParsedLine, SupportedKind } from '../../shared/interchange/schema';
import type { ParsedLine as RecordLine } from '../../shared/record/define';
import { communityIdByName } from '../community/interchange';
import type { Sql } from '../open';
import { constraintIssue, isConstraintError } from '../store/constraint';
import { RECORD_SPECS } from '../maintenance/entities';
import type { Writer } from '../store/records';
import { interchangeOf } from './kinds';
import { upsert, type ApplySession, type Outcome } from './upsert';
import { conventionSpec } from '../convention/spec';
import { disclosureSpec } from '../disclosure/spec';
import { conventionData, disclosureData } from './publicLines';

export { newApplySession, upsert, type ApplySession, type Outcome } from './upsert';

function communityId(sql: Sql, name: string, session: ApplySession): string {
  return communityIdByName(sql, name, session);
}

/** Applies one validated line; a rule broken by it becomes issues carrying its line number. */
export function applyLine(
  sql: Sql,
  l: ParsedLine & { line: number },
  writer: Writer,
  session: ApplySession,
): { outcome?: Outcome; issues: FieldIssue[] } {
  try {
    const kind = interchangeOf(l.kind);
    if (kind) return { outcome: kind.apply(sql, l as unknown as RecordLine, writer, session), issues: [] };
    const outcome =
      l.kind === 'disclosure'
        ? upsert(sql, disclosureSpec, l.id, undefined, disclosureData(sql, l), writer)
        : upsert(
            sql,
            conventionSpec,
            l.id,
            undefined,
            conventionData(
              sql,
              l as Extract<ParsedLine, { kind: 'convention' }>,
              communityId(sql, (l as Extract<ParsedLine, { kind: 'convention' }>).community, session),
            ),
            writer,
          );
    return { outcome, issues: [] };
  } catch (error) {
    if (isConstraintError(error)) {
      // Rolled back with the whole import; the line and field are named like any other rule.
      return {
        issues: [
          {
            line: l.line,
            ...constraintIssue(
              error,
              RECORD_SPECS.find((s) => s.entity === l.kind),
            ),
          },
        ],
      };
    }
    if (!(error instanceof AppError)) throw error;
    const issues = error.issues.length ? error.issues : [{ field: '', message: error.message }];
    return { issues: issues.map((i) => ({ line: l.line, field: i.field, message: i.message })) };
  }
}

/** Kinds in the order records depend on each other. */
export const KIND_ORDER: SupportedKind[] = [
  'community',
  'mediation_team',
  'mediator',
  'mediation_case',
  'reception_session',
  'reception_visit',
  'petition',
  'dialogue',
  'supervision',
  'disclosure',
  'convention',
];
