import { MAX_CHANGE_SEQ } from '../../shared/sync/manifest';
import { dateProblem, entryDay, todayIso, type DateKind } from '../../shared/util/dates';
import { dateKindOf, type ColumnKind, type EntitySpec } from '../store/entity';
import { specOf } from './replica';
import { PURGE_ENTITY } from '../changelog/purge';

/** Limits applied to a decrypted payload before and while it is parsed. */
export const PAYLOAD_LIMITS = {
  /** Bytes of NDJSON after gunzip: a zip bomb stops here. */
  uncompressed: 400 * 1024 * 1024,
  line: 1024 * 1024,
  depth: 12,
  changes: 2_000_000,
} as const;

/** Why a bundle is refused: `security` (exit 3) or `rejected` (invalid content, exit 1). */
export class BundleRefusal extends Error {
  constructor(
    readonly failure: 'security' | 'rejected',
    message: string,
  ) {
    super(message);
  }
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_CHANGE_SEQ;
const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The fields of one change as a bundle carries it (docs/bundle-format.md), each with its check.
 * Written out rather than as a zod schema: it runs once per change on the import's hot path.
 */
const LINE_FIELDS: Readonly<Record<string, (v: unknown) => boolean>> = {
  seq: isCount,
  entity: (v) => typeof v === 'string' && /^[a-z_]{1,40}$/.test(v),
  id: (v) => typeof v === 'string' && v.length >= 1 && v.length <= 64,
  // Bounded by the line's own seq in parseLine, which says why.
  version: (v) => Number.isSafeInteger(v) && (v as number) >= 1,
  op: (v) => v === 'create' || v === 'update' || v === 'delete',
  at: (v) => typeof v === 'number' && Number.isFinite(v),
  hash: (v) => typeof v === 'string' && SHA256_HEX.test(v),
  prevHash: (v) => typeof v === 'string' && SHA256_HEX.test(v),
  // Checked field by field against its entity by snapshotProblem; here only its shape.
  snapshot: isObject,
};

/** A change line. */
export interface ChangeLine {
  seq: number;
  entity: string;
  id: string;
  version: number;
  op: 'create' | 'update' | 'delete';
  at: number;
  hash: string;
  prevHash: string;
  snapshot: Record<string, unknown>;
}

/** The first field of a parsed line that is missing, unknown or of the wrong form; null when none. */
function lineProblem(value: unknown): string | null {
  if (!isObject(value)) return '(dòng)';
  const line = value as Record<string, unknown>;
  for (const [field, ok] of Object.entries(LINE_FIELDS)) if (!ok(line[field])) return field;
  for (const key of Object.keys(line)) if (!Object.hasOwn(LINE_FIELDS, key)) return key;
  return null;
}

/** Depth of nesting of a JSON text, counted outside strings; stops early past `max`. */
export function jsonDepth(text: string, max: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > deepest && (deepest = depth) > max) return deepest;
    } else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

/** An invalid line of a payload (exit 1), with its line number. */
export function rejected(line: number, what: string): BundleRefusal {
  return new BundleRefusal('rejected', `Nội dung gói không hợp lệ ở dòng ${line}: ${what}.`);
}

/** Parses one NDJSON line with limits and checks its snapshot against its entity. */
export function parseLine(text: string, lineNo: number): ChangeLine {
  if (jsonDepth(text, PAYLOAD_LIMITS.depth) > PAYLOAD_LIMITS.depth) throw rejected(lineNo, 'dữ liệu lồng nhau quá sâu');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw rejected(lineNo, 'dòng bị hỏng, không đọc được');
  }
  const bad = lineProblem(value);
  if (bad) throw rejected(lineNo, `trường ${bad} sai định dạng`);
  const line = value as ChangeLine;
  // Each change of a record adds one version and one entry to the commune's change log, so no
  // version can exceed its entry's sequence number. Without this bound, a version near 2^53 would
  // outrank every later change of the record (the highest version wins) and freeze it for good.
  if (line.version > line.seq) {
    throw rejected(lineNo, `phiên bản ${line.version} lớn hơn số thứ tự thay đổi ${line.seq}, không thể có`);
  }
  if (line.entity === PURGE_ENTITY) {
    const problem = purgeLineProblem(line);
    if (problem) throw rejected(lineNo, problem);
    return line;
  }
  const spec = specOf(line.entity);
  if (!spec) throw rejected(lineNo, `loại bản ghi "${line.entity}" không được phần mềm này hỗ trợ`);
  const problem = snapshotProblem(spec, line);
  if (problem) throw rejected(lineNo, problem);
  return line;
}

const ENVELOPE: Readonly<Record<string, (v: unknown) => boolean>> = {
  id: (v) => typeof v === 'string',
  version: (v) => Number.isInteger(v),
  createdAt: (v) => typeof v === 'number',
  updatedAt: (v) => typeof v === 'number',
  updatedBy: (v) => v === null || typeof v === 'string',
  deletedAt: (v) => v === null || typeof v === 'number',
};

const KIND_CHECK: Readonly<Record<string, (v: unknown) => boolean>> = {
  text: (v) => v === null || typeof v === 'string',
  int: (v) => v === null || (typeof v === 'number' && Number.isFinite(v)),
  bool: (v) => typeof v === 'boolean',
  json: (v) => v === null || typeof v === 'object',
  date: (v) => v === null || typeof v === 'string',
  plannedDate: (v) => v === null || typeof v === 'string',
};

/**
 * The day an event date is checked against: the later of today and the day the commune last wrote
 * the record (its clock may run ahead of the office's). The 1945–2100 bounds hold whatever it is.
 */
function referenceDay(snap: Record<string, unknown>, today: string): string {
  const at = snap.updatedAt;
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0 || at > 4_102_444_800_000) return today;
  const written = todayIso(new Date(at));
  return written > today ? written : today;
}

/** Why a date value of a snapshot is refused (with its field), or null. */
function datedProblem(field: string, value: unknown, kind: DateKind, today: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return `trường ${field} sai kiểu`;
  const problem = dateProblem(value, kind, today);
  return problem ? `trường ${field}: ${problem.replace(/\.$/, '')}` : null;
}

/** Dates inside a snapshot's JSON fields ({@link EntitySpec.nestedDates}). */
function nestedDateProblem(spec: EntitySpec<object>, snap: Record<string, unknown>, today: string): string | null {
  for (const [field, members] of Object.entries(spec.nestedDates ?? {})) {
    const list = snap[field];
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      for (const [member, kind] of Object.entries(members)) {
        const item: unknown = list[i];
        const value = member === '' ? item : (item as Record<string, unknown> | null)?.[member];
        const problem = datedProblem(`${field}[${i}]${member ? `.${member}` : ''}`, value, kind, today);
        if (problem) return problem;
      }
    }
  }
  return null;
}

/**
 * Why a snapshot does not fit its entity (Vietnamese), or null: a missing or unknown field, a value of
 * the wrong type, or a date the app does not accept (interchange.md v2 "Dates", the same rule as
 * every other input). Fields added after the entity shipped may be absent ({@link EntitySpec.addedFields}).
 */
export function snapshotProblem(spec: EntitySpec<object>, line: ChangeLine, today: string = entryDay()): string | null {
  const snap = line.snapshot;
  if (snap.id !== line.id || snap.version !== line.version) return 'bản ghi không khớp với mã hoặc phiên bản của dòng';
  if ((line.op === 'delete') !== (snap.deletedAt !== null && snap.deletedAt !== undefined)) {
    return 'thao tác xóa không khớp với dấu xóa của bản ghi';
  }
  for (const [key, ok] of Object.entries(ENVELOPE)) if (!ok(snap[key])) return `trường ${key} sai kiểu`;
  const fields = spec.fields as Record<string, readonly [string, ColumnKind]>;
  const added = (spec.addedFields ?? {}) as Record<string, unknown>;
  const reference = referenceDay(snap, today);
  for (const [field, [, kind]] of Object.entries(fields)) {
    const present = Object.hasOwn(snap, field);
    if (!present && kind !== 'json' && !Object.hasOwn(added, field)) return `thiếu trường ${field}`;
    if (present && !KIND_CHECK[kind]!(snap[field])) return `trường ${field} sai kiểu`;
    const dateKind = dateKindOf(kind);
    const problem = dateKind && present ? datedProblem(field, snap[field], dateKind, reference) : null;
    if (problem) return problem;
  }
  const nested = nestedDateProblem(spec, snap, reference);
  if (nested) return nested;
  for (const key of Object.keys(snap)) {
    if (!Object.hasOwn(ENVELOPE, key) && !Object.hasOwn(fields, key)) return `trường lạ ${key}`;
  }
  return null;
}

const PURGE_KEYS = [
  'createdAt',
  'deletedAt',
  'entity',
  'entries',
  'fields',
  'id',
  'recordId',
  'updatedAt',
  'updatedBy',
  'version',
];

/**
 * Why a purge line (db/changelog/purge.ts) is malformed, or null: it names a kind that can become
 * secret, exactly that kind's purged fields, and earlier entries by sequence number and hash.
 */
export function purgeLineProblem(line: ChangeLine): string | null {
  const snap = line.snapshot;
  if (line.op !== 'create' || line.version !== 1 || snap.id !== line.id || snap.version !== 1) {
    return 'mục xóa dữ liệu không khớp với mã hoặc phiên bản của dòng';
  }
  if (Object.keys(snap).sort().join() !== PURGE_KEYS.join()) return 'mục xóa dữ liệu sai định dạng';
  const spec = typeof snap.entity === 'string' ? specOf(snap.entity) : undefined;
  if (!spec?.secrecy) return 'mục xóa dữ liệu nêu loại bản ghi không thể chuyển thành tố cáo';
  const fields = Object.keys(spec.secrecy.purged).sort();
  if (!Array.isArray(snap.fields) || snap.fields.join() !== fields.join()) return 'mục xóa dữ liệu nêu trường lạ';
  if (typeof snap.recordId !== 'string' || snap.recordId.length > 64) return 'mục xóa dữ liệu sai mã bản ghi';
  const entries = snap.entries;
  if (!Array.isArray(entries) || entries.length === 0 || entries.length > 10_000)
    return 'mục xóa dữ liệu sai danh sách';
  for (const e of entries as Record<string, unknown>[]) {
    const ok =
      isObject(e) &&
      Number.isInteger(e.seq) &&
      (e.seq as number) >= 1 &&
      (e.seq as number) < line.seq &&
      typeof e.hash === 'string' &&
      SHA256_HEX.test(e.hash) &&
      typeof e.purgedSha256 === 'string' &&
      SHA256_HEX.test(e.purgedSha256) &&
      Object.keys(e).length === 3;
    if (!ok) return 'mục xóa dữ liệu nêu một thay đổi không hợp lệ';
  }
  return null;
}
