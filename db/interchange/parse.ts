import { zodIssues } from '../../shared/contract/zodIssues';
import type { FieldIssue } from '../../shared/contract/errors';
import { ALL_KINDS, LINE_SCHEMAS, isSupportedKind, type ParsedLine } from '../../shared/interchange/schema';

/** One decoded object of an import file, with its line (NDJSON) or row (Excel) number. */
export interface RawLine {
  line: number;
  value: unknown;
  /** Prefix for field names (the Excel sheet), empty for NDJSON. */
  where?: string;
}

/** Largest line accepted, so a single huge value cannot exhaust memory. */
export const MAX_LINE_BYTES = 1_000_000;

/** Splits an NDJSON file into objects; blank lines are ignored (interchange.md). */
export function parseNdjson(bytes: Buffer): { lines: RawLine[]; issues: FieldIssue[] } {
  const textBody = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const lines: RawLine[] = [];
  const issues: FieldIssue[] = [];
  textBody.split(/\r?\n/).forEach((content, i) => {
    const line = i + 1;
    if (content.trim() === '') return;
    if (content.length > MAX_LINE_BYTES) {
      issues.push({ line, field: '', message: 'Dòng quá dài (quá 1 MB).' });
      return;
    }
    try {
      lines.push({ line, value: JSON.parse(content) as unknown });
    } catch {
      issues.push({ line, field: '', message: 'Dòng không phải JSON hợp lệ.' });
    }
  });
  return { lines, issues };
}

/** Validates one decoded object against its kind's schema; `x_` fields are ignored. */
export function validateLine(raw: RawLine): { parsed?: ParsedLine & { line: number }; issues: FieldIssue[] } {
  const at = (field: string) => (raw.where ? `${raw.where}!${field}` : field);
  if (raw.value === null || typeof raw.value !== 'object' || Array.isArray(raw.value)) {
    return { issues: [{ line: raw.line, field: '', message: 'Mỗi dòng phải là một đối tượng JSON.' }] };
  }
  const obj = Object.fromEntries(Object.entries(raw.value).filter(([k]) => !k.startsWith('x_')));
  const kind = obj.kind;
  if (typeof kind !== 'string') return { issues: [{ line: raw.line, field: at('kind'), message: 'Thiếu loại dữ liệu (kind).' }] };
  if (!isSupportedKind(kind)) {
    const message = (ALL_KINDS as readonly string[]).includes(kind)
      ? `Loại dữ liệu "${kind}" chưa được hỗ trợ trong phiên bản này; hãy tách các dòng này ra tệp khác.`
      : `Loại dữ liệu "${kind}" không tồn tại trong định dạng trao đổi.`;
    return { issues: [{ line: raw.line, field: at('kind'), message }] };
  }
  const result = LINE_SCHEMAS[kind].safeParse(obj);
  if (!result.success) {
    return { issues: zodIssues(result.error).map((i) => ({ line: raw.line, field: at(i.field), message: i.message })) };
  }
  return { parsed: { ...(result.data as ParsedLine), line: raw.line }, issues: [] };
}
