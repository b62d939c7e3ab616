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

/**
 * Splits an NDJSON file into objects; blank lines are ignored (interchange.md). Lines are found in
 * the bytes and decoded one by one: the same text as decoding the whole file and splitting it on
 * /\r?\n/ (a newline byte never occurs inside a multi-byte UTF-8 sequence), without the copy.
 */
export function parseNdjson(bytes: Buffer): { lines: RawLine[]; issues: FieldIssue[] } {
  const lines: RawLine[] = [];
  const issues: FieldIssue[] = [];
  const size = bytes.length;
  // A UTF-8 byte order mark (EF BB BF) at the start is not part of the first line.
  let start = size >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let line = 1; start <= size; line++) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline < 0 ? size : newline;
    // "\r\n" ends a line like "\n"; a "\r" that no "\n" follows stays in the line.
    const stop = newline >= 0 && end > start && bytes[end - 1] === 0x0d ? end - 1 : end;
    const content = bytes.toString('utf8', start, stop);
    start = end + 1;
    if (content.trim() === '') continue;
    if (content.length > MAX_LINE_BYTES) {
      issues.push({ line, field: '', message: 'Dòng quá dài (quá 1 MB).' });
      continue;
    }
    try {
      lines.push({ line, value: JSON.parse(content) as unknown });
    } catch {
      issues.push({ line, field: '', message: 'Dòng bị hỏng, không đọc được (không đúng cấu trúc của tệp dữ liệu).' });
    }
  }
  return { lines, issues };
}

/** Validates one decoded object against its kind's schema; `x_` fields are ignored. */
export function validateLine(raw: RawLine): { parsed?: ParsedLine & { line: number }; issues: FieldIssue[] } {
  const at = (field: string) => (raw.where ? `${raw.where}!${field}` : field);
  if (raw.value === null || typeof raw.value !== 'object' || Array.isArray(raw.value)) {
    return {
      issues: [
        {
          line: raw.line,
          field: '',
          message: 'Dòng này không phải một bản ghi: mỗi dòng ghi một hồ sơ với các trường của nó.',
        },
      ],
    };
  }
  const obj = withoutExtensions(raw.value);
  const kind = obj.kind;
  if (typeof kind !== 'string')
    return { issues: [{ line: raw.line, field: at('kind'), message: 'Thiếu loại dữ liệu của dòng.' }] };
  if (!isSupportedKind(kind)) {
    const message = (ALL_KINDS as readonly string[]).includes(kind)
      ? `Loại dữ liệu "${kind}" chưa được hỗ trợ trong phiên bản này; hãy tách các dòng này ra tệp khác.`
      : `Loại dữ liệu "${kind}" không tồn tại trong định dạng trao đổi.`;
    return { issues: [{ line: raw.line, field: at('kind'), message }] };
  }
  const result = LINE_SCHEMAS[kind]!.safeParse(obj);
  if (!result.success) {
    return { issues: zodIssues(result.error).map((i) => ({ line: raw.line, field: at(i.field), message: i.message })) };
  }
  // The schema's output is a fresh object, so the line number can be set on it without a copy.
  const parsed = result.data as ParsedLine & { line: number };
  parsed.line = raw.line;
  return { parsed, issues: [] };
}

/** The object without its `x_` fields; the object itself when it has none (the schemas never mutate it). */
function withoutExtensions(value: object): Record<string, unknown> {
  for (const key of Object.keys(value)) {
    if (key.startsWith('x_')) return Object.fromEntries(Object.entries(value).filter(([k]) => !k.startsWith('x_')));
  }
  return value as Record<string, unknown>;
}
