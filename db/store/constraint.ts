import type { FieldIssue } from '../../shared/contract/errors';
import { RECORD_SPECS } from '../maintenance/entities';
import type { EntitySpec } from './entity';

/**
 * The services check every rule before they write, so a constraint of the schema failing means a
 * case they did not foresee (an id from another installation, a value only the database refuses).
 * Such a failure is still about one field of the input: it is reported as such, in Vietnamese,
 * never as an unexpected error.
 */

/** True for a better-sqlite3 error raised by a UNIQUE, CHECK, NOT NULL or FOREIGN KEY constraint. */
export function isConstraintError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}

/** Field names of the interchange format that differ from the stored field (a line names its community). */
const LINE_FIELD: Readonly<Record<string, string>> = { communityId: 'community', teamId: 'community' };

function specOfTable(table: string | undefined): EntitySpec<object> | undefined {
  return RECORD_SPECS.find((s) => s.table === table);
}

/** The domain field stored in `column` of a spec's table, or the column itself when none is. */
function fieldOf(spec: EntitySpec<object> | undefined, column: string): string {
  if (column === 'id') return 'id';
  const fields = (spec?.fields ?? {}) as Record<string, readonly [string, string]>;
  const field = Object.entries(fields).find(([, [c]]) => c === column)?.[0];
  return field ? (LINE_FIELD[field] ?? field) : column;
}

/** The columns of `spec` a CHECK expression mentions, as fields (e.g. `gender IN ('nam','nu')` → gender). */
function fieldsInExpression(spec: EntitySpec<object> | undefined, expression: string): string[] {
  const fields = (spec?.fields ?? {}) as Record<string, readonly [string, string]>;
  return Object.entries(fields)
    .filter(([, [column]]) => new RegExp(`\\b${column}\\b`).test(expression))
    .map(([field]) => LINE_FIELD[field] ?? field);
}

/**
 * The field and the Vietnamese reason of a constraint failure. `spec` is the entity being written
 * (a CHECK failure names only its expression; UNIQUE and NOT NULL name `table.column`).
 */
export function constraintIssue(error: Error & { code: string }, spec?: EntitySpec<object>): FieldIssue {
  const detail = error.message.replace(/^[A-Z ]+constraint failed:\s*/, '');
  const label = spec?.label ?? 'bản ghi';
  switch (error.code) {
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
    case 'SQLITE_CONSTRAINT_UNIQUE': {
      const [table, column = ''] = (detail.split(',')[0] ?? '').trim().split('.');
      const target = specOfTable(table) ?? spec;
      const field = fieldOf(target, column);
      if (field === 'id') {
        return { field, message: `Mã (id) này đã được dùng cho một ${target?.label ?? label} khác.` };
      }
      return {
        field,
        message: `Giá trị trường ${field} trùng với một ${target?.label ?? label} đã có (mỗi giá trị chỉ được dùng một lần).`,
      };
    }
    case 'SQLITE_CONSTRAINT_NOTNULL': {
      const [table, column = ''] = detail.trim().split('.');
      const field = fieldOf(specOfTable(table) ?? spec, column);
      return { field, message: `Thiếu giá trị bắt buộc của trường ${field}.` };
    }
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return { field: '', message: `${capitalise(label)} tham chiếu tới một bản ghi không có.` };
    case 'SQLITE_CONSTRAINT_CHECK': {
      const fields = fieldsInExpression(spec, detail);
      const field = fields[0] ?? '';
      return {
        field,
        message: field
          ? `Giá trị của trường ${fields.join(', ')} không hợp lệ (không đúng mã hoặc khoảng cho phép).`
          : `Giá trị của ${label} không hợp lệ.`,
      };
    }
    default:
      return { field: '', message: `${capitalise(label)} trái với ràng buộc của dữ liệu.` };
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
