import { AppError, type FieldIssue } from '../../shared/contract/errors';
import type { ParsedLine } from '../../shared/interchange/schema';
import { RECORD_SPECS } from '../maintenance/entities';
import type { Sql } from '../open';
import { constraintIssue, isConstraintError } from '../store/constraint';
import type { Writer } from '../store/records';
import { interchangeOf } from './kinds';
import type { ApplySession, Outcome } from './upsert';

/** Applies one validated line; a rule broken by it becomes issues carrying its line number. */
export function applyLine(
  sql: Sql,
  l: ParsedLine & { line: number },
  writer: Writer,
  session: ApplySession,
): { outcome?: Outcome; issues: FieldIssue[] } {
  try {
    const kind = interchangeOf(l.kind);
    if (!kind) throw new AppError('INVALID_INPUT', `Loại dữ liệu "${l.kind}" chưa được hỗ trợ trong phiên bản này.`);
    return { outcome: kind.apply(sql, l, writer, session), issues: [] };
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
