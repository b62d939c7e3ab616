import { AppError, type FieldIssue } from '../../shared/contract/errors';
import type { ParsedLine } from '../../shared/interchange/schema';
import { RECORD_SPECS } from '../maintenance/entities';
import type { Sql } from '../open';
import { constraintIssue, isConstraintError } from '../store/constraint';
import type { Writer } from '../store/records';
import { interchangeOf } from './kinds';
import type { ApplySession, Outcome } from './upsert';
import { communityIdByName } from '../community/interchange';
import type { RawLine } from './parse';

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

/** Kinds whose line names a thôn / tổ dân phố by its name (interchange.md). */
const NAMES_COMMUNITY: readonly string[] = ['mediation_team', 'mediator', 'mediation_case', 'convention'];

/**
 * What the database can still judge of a line its schema refused: the thôn / tổ dân phố it names.
 * Checked in file order inside the import's transaction, so a thôn of an earlier line is known; the
 * clerk then sees every problem of the line at once, not the date errors first and the thôn later.
 */
export function referenceIssues(sql: Sql, raw: RawLine, session: ApplySession): FieldIssue[] {
  const value = raw.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const { kind, community } = value as Record<string, unknown>;
  if (typeof kind !== 'string' || !NAMES_COMMUNITY.includes(kind)) return [];
  if (typeof community !== 'string' || community.trim() === '') return [];
  try {
    communityIdByName(sql, community.trim(), session);
    return [];
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const at = (field: string) => (raw.where ? `${raw.where}!${field}` : field);
    return error.issues.map((i) => ({ line: raw.line, field: at(i.field), message: i.message }));
  }
}
