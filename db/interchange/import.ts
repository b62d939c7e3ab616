import { AppError, type FieldIssue } from '../../shared/contract/errors';
import { IMPORT_MAX_BYTES, IMPORT_TOO_LARGE, KIND_ORDER, type ParsedLine } from '../../shared/interchange/schema';
import { IMPORT_SUMMARY_IDENTITY_WARNING, summaryIdentityHints } from '../../shared/reception/identity';
import { transaction, type Sql } from '../open';
import type { Writer } from '../store/records';
import { applyLine, referenceIssues } from './apply';
import { newApplySession, type Outcome } from './upsert';
import { parseNdjson, validateLine, type RawLine } from './parse';
import { parseXlsx } from './xlsx';

/** Largest import file accepted (shared with the contract, which checks the base64 first). */
export const MAX_IMPORT_BYTES = IMPORT_MAX_BYTES;
/** At most this many issues are listed; the count says how many more there were. */
const MAX_ISSUES = 1000;

/** Counts per kind of an accepted import. */
export interface ImportResult {
  imported: Record<string, number>;
  created: Record<string, number>;
  updated: Record<string, number>;
  unchanged: Record<string, number>;
  dryRun: boolean;
  /** Accepted lines worth a check, in line order. */
  warnings: LineWarning[];
}

/** A line accepted but worth a check: its number, the field and why, in Vietnamese. */
export interface LineWarning {
  line: number;
  field: string;
  message: string;
}

class Rollback extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super('rollback');
  }
}

/** Decodes an import file by its extension: `.xlsx` is the Excel template, anything else NDJSON. */
export async function decodeImportFile(
  fileName: string,
  bytes: Buffer,
): Promise<{ lines: RawLine[]; issues: FieldIssue[] }> {
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new AppError('INVALID_INPUT', IMPORT_TOO_LARGE, [{ line: 0, field: '', message: IMPORT_TOO_LARGE }]);
  }
  return fileName.toLowerCase().endsWith('.xlsx') ? parseXlsx(bytes) : parseNdjson(bytes);
}

/**
 * Imports interchange records all-or-nothing (interchange.md): every line is validated, then the
 * valid ones are applied in file order in one transaction; any bad line rolls everything back and
 * every bad line is reported with its field and reason, in line order. A dry run applies and then rolls back, so it checks
 * exactly what a real import would.
 */
export function importLines(
  sql: Sql,
  decoded: { lines: RawLine[]; issues: FieldIssue[] },
  writer: Writer,
  dryRun: boolean,
): ImportResult {
  const issues = [...decoded.issues];
  // Each decoded line in file order, with its parsed form when its schema accepted it.
  const steps: { raw: RawLine; parsed?: ParsedLine & { line: number } }[] = [];
  for (const raw of decoded.lines) {
    const v = validateLine(raw);
    issues.push(...v.issues);
    steps.push({ raw, parsed: v.parsed });
  }
  // Lines that failed validation are not applied, but the valid ones still are (then rolled back),
  // so a clerk sees every bad line of the file at once, including those only the database can judge;
  // a refused line still has its thôn checked, so all of its problems are listed together.
  const invalid = issues.length > 0;
  if (steps.length === 0)
    reject(invalid ? issues : [{ line: 0, field: '', message: 'Tệp không có dòng dữ liệu nào.' }]);
  const result = emptyResult(dryRun);
  result.warnings = steps.flatMap(({ parsed }) => (parsed ? lineWarnings(parsed) : []));
  try {
    transaction(sql, () => {
      const lineIssues: FieldIssue[] = [];
      const session = newApplySession();
      for (const { raw, parsed } of steps) {
        if (!parsed) {
          lineIssues.push(...referenceIssues(sql, raw, session));
          continue;
        }
        const r = applyLine(sql, parsed, writer, session);
        if (r.issues.length) lineIssues.push(...r.issues);
        else if (r.outcome) count(result, parsed.kind, r.outcome);
      }
      if (invalid || lineIssues.length || dryRun) throw new Rollback(lineIssues);
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
    const all = [...issues, ...error.issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    if (all.length) reject(all);
  }
  return result;
}

function emptyResult(dryRun: boolean): ImportResult {
  const zero = () => Object.fromEntries(KIND_ORDER.map((k) => [k, 0]));
  return { imported: zero(), created: zero(), updated: zero(), unchanged: zero(), dryRun, warnings: [] };
}

/** The kinds whose `to_cao` lines have their summary checked for an identity (issue 16). */
const SECRET_KINDS = new Set(['reception_visit', 'petition']);

/** A denunciation line whose summary looks like a name or an ID number (summaryIdentityHints). */
function lineWarnings(parsed: ParsedLine & { line: number }): LineWarning[] {
  const f = parsed.fields;
  if (!SECRET_KINDS.has(parsed.kind) || f.content !== 'to_cao' || typeof f.summary !== 'string') return [];
  if (summaryIdentityHints(f.summary).length === 0) return [];
  return [{ line: parsed.line, field: 'summary', message: IMPORT_SUMMARY_IDENTITY_WARNING }];
}

function count(result: ImportResult, kind: string, outcome: Outcome): void {
  result.imported[kind] = (result.imported[kind] ?? 0) + 1;
  result[outcome][kind] = (result[outcome][kind] ?? 0) + 1;
}

function reject(issues: FieldIssue[]): never {
  const lines = new Set(issues.map((i) => i.line)).size;
  const shown = issues.slice(0, MAX_ISSUES);
  throw new AppError(
    'INVALID_INPUT',
    `Tệp không được nhập: ${lines} dòng có lỗi. Chưa có dữ liệu nào bị thay đổi.${issues.length > MAX_ISSUES ? ` (Chỉ liệt kê ${MAX_ISSUES} lỗi đầu tiên.)` : ''}`,
    shown,
  );
}
