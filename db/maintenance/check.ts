import { canonicalJson } from '../../shared/util/canonical';
import { attachmentStates } from '../attachment/store';
import { verifyChain } from '../changelog/chain';
import { PURGE_ENTITY } from '../changelog/purge';
import { LATEST_SCHEMA_VERSION } from '../migrations/index';
import type { Sql } from '../open';
import { fromRow, type EntitySpec } from '../store/entity';
import { snapshotOf } from '../store/records';
import { RECORD_SPECS } from './entities';
import { schemaProblems, type SchemaOptions } from './schemaCheck';

/** What kind of problem `check` found. */
export type ProblemCode =
  | 'not_qcdc'
  | 'integrity'
  | 'foreign_key'
  | 'chain'
  | 'record_changed'
  | 'record_unlogged'
  | 'record_missing'
  | 'unknown_entity'
  | 'schema'
  | 'keys'
  | 'replica'
  | 'attachment_missing'
  | 'attachment_changed'
  | 'unreadable';

/** One problem found by {@link checkDatabase}; the message is Vietnamese, for the support person. */
export interface Problem {
  code: ProblemCode;
  message: string;
  seq?: number;
  entity?: string;
  id?: string;
  fields?: string[];
}

/** The result of `qcdc check` (cli.md: `{ ok, problems }`). */
export interface CheckResult {
  ok: boolean;
  problems: Problem[];
  /** Change-log entries and record rows that were checked. */
  changes: number;
  records: number;
}

const DEFAULT_MAX_PROBLEMS = 200;

/**
 * Checks a QCDC database: SQLite's own integrity check, its schema objects against what the
 * migrations create (schemaCheck.ts), foreign keys, the change-log hash chain,
 * and that every record's current row equals the snapshot of its latest change-log entry (a row
 * edited behind the app's back breaks that even when the chain itself is intact).
 */
export function checkDatabase(
  sql: Sql,
  options: { maxProblems?: number; attachmentsDir?: string; schema?: SchemaOptions } = {},
): CheckResult {
  const found = new Findings(options.maxProblems ?? DEFAULT_MAX_PROBLEMS);
  const steps: (() => void)[] = [
    () => checkIntegrity(sql, found),
    // A trigger or view nobody's migration made runs on every write: the first thing to look for.
    () => {
      for (const p of schemaProblems(sql.raw, options.schema)) {
        found.add({ code: 'schema', entity: p.object.name, message: p.message });
      }
    },
    () => checkForeignKeys(sql, found),
    () => {
      for (const p of verifyChain(sql)) found.add({ code: 'chain', message: p.message, seq: p.seq });
    },
    () => checkRecords(sql, found),
    () => {
      if (options.attachmentsDir) checkAttachments(sql, options.attachmentsDir, found);
    },
  ];
  try {
    if (!isQcdcDatabase(sql)) {
      found.add({ code: 'not_qcdc', message: 'Tệp không phải cơ sở dữ liệu của phần mềm Dân chủ cơ sở.' });
      return found.result();
    }
  } catch (error) {
    found.add({ code: 'unreadable', message: unreadableMessage(error) });
    return found.result();
  }
  for (const step of steps) {
    try {
      step();
    } catch (error) {
      // A damaged file can fail any query; report it and go on with the other checks.
      found.add({ code: 'unreadable', message: unreadableMessage(error) });
    }
  }
  return found.result();
}

/** True when the file has this application's schema (a version this build knows) and tables. */
export function isQcdcDatabase(sql: Sql): boolean {
  const version = sql.raw.pragma('user_version', { simple: true }) as number;
  if (version < 1 || version > LATEST_SCHEMA_VERSION) return false;
  const tables = sql.raw
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('setting', 'change_log')")
    .all() as { name: string }[];
  return tables.length === 2;
}

class Findings {
  private readonly items: Problem[] = [];
  private dropped = 0;

  constructor(private readonly max: number) {}

  add(problem: Problem): void {
    if (this.items.length < this.max) this.items.push(problem);
    else this.dropped += 1;
  }

  changes = 0;
  records = 0;

  result(): CheckResult {
    const problems = [...this.items];
    if (this.dropped > 0) {
      problems.push({ code: 'unreadable', message: `Còn ${this.dropped} vấn đề khác không được liệt kê.` });
    }
    return { ok: problems.length === 0, problems, changes: this.changes, records: this.records };
  }
}

/** SQLite's integrity report can run to thousands of lines; a person needs the first few. */
export function firstLines(text: string, count = 5): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length > count ? `${lines.slice(0, count).join('; ')}; …` : lines.join('; ');
}

function unreadableMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `Không đọc được cơ sở dữ liệu: ${detail}`;
}

function checkIntegrity(sql: Sql, found: Findings): void {
  const rows = sql.raw.pragma('integrity_check(50)') as { integrity_check: string }[];
  for (const row of rows) {
    if (row.integrity_check !== 'ok') {
      found.add({ code: 'integrity', message: `Tệp cơ sở dữ liệu bị hỏng: ${firstLines(row.integrity_check)}` });
    }
  }
}

function checkForeignKeys(sql: Sql, found: Findings): void {
  const rows = sql.raw.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const row of rows) {
    found.add({
      code: 'foreign_key',
      entity: row.table,
      message: `Bảng ${row.table} (dòng ${row.rowid}) trỏ tới bản ghi không tồn tại trong bảng ${row.parent}.`,
    });
  }
}

interface LatestChange {
  entity: string;
  seq: number;
  snapshot: string;
}

function checkRecords(sql: Sql, found: Findings): void {
  const latest = new Map<string, LatestChange>();
  const log = sql.raw
    .prepare('SELECT seq, entity, record_id, snapshot FROM change_log ORDER BY seq')
    .iterate() as IterableIterator<{
    seq: number;
    entity: string;
    record_id: string;
    snapshot: string;
  }>;
  for (const row of log) {
    found.changes += 1;
    // A purge entry has no record row: verifyChain checks it and the entries it names.
    if (row.entity === PURGE_ENTITY) continue;
    latest.set(row.record_id, { entity: row.entity, seq: row.seq, snapshot: row.snapshot });
  }

  const known = new Set<string>();
  for (const spec of RECORD_SPECS) {
    known.add(spec.entity);
    compareTable(sql, spec, latest, found);
  }
  const unknownReported = new Set<string>();
  for (const [id, change] of latest) {
    if (known.has(change.entity)) {
      found.add({
        code: 'record_missing',
        entity: change.entity,
        id,
        seq: change.seq,
        message: `Bản ghi ${id} (${change.entity}) có trong nhật ký thay đổi (mục ${change.seq}) nhưng không còn trong cơ sở dữ liệu.`,
      });
    } else if (!unknownReported.has(change.entity)) {
      unknownReported.add(change.entity);
      found.add({
        code: 'unknown_entity',
        entity: change.entity,
        message: `Nhật ký thay đổi có loại bản ghi "${change.entity}" mà phép kiểm tra chưa biết (cần khai báo trong db/maintenance/entities.ts).`,
      });
    }
  }
}

/** Compares every row of one entity's table with its latest snapshot; removes matched ids from `latest`. */
function compareTable(sql: Sql, spec: EntitySpec<object>, latest: Map<string, LatestChange>, found: Findings): void {
  const rows = sql.raw.prepare(`SELECT * FROM ${spec.table}`).iterate() as IterableIterator<Record<string, unknown>>;
  for (const row of rows) {
    found.records += 1;
    const id = String(row.id);
    const change = latest.get(id);
    if (!change || change.entity !== spec.entity) {
      found.add({
        code: 'record_unlogged',
        entity: spec.entity,
        id,
        message: `Bản ghi ${spec.label} ${id} không có trong nhật ký thay đổi: nó đã được thêm ngoài phần mềm.`,
      });
      continue;
    }
    latest.delete(id);
    const current = snapshotOf(spec, fromRow(spec, row));
    let logged: Record<string, unknown>;
    try {
      logged = { ...spec.addedFields, ...(JSON.parse(change.snapshot) as Record<string, unknown>) };
    } catch {
      continue; // The chain check already reports an unreadable snapshot.
    }
    if (canonicalJson(current) === canonicalJson(logged)) continue;
    const fields = Object.keys({ ...current, ...logged }).filter(
      (f) => canonicalJson(current[f] ?? null) !== canonicalJson(logged[f] ?? null),
    );
    found.add({
      code: 'record_changed',
      entity: spec.entity,
      id,
      seq: change.seq,
      fields,
      message: `Bản ghi ${spec.label} ${id} khác với lần ghi cuối trong nhật ký thay đổi (mục ${change.seq}), ở: ${fields.join(', ')}. Dữ liệu đã bị sửa ngoài phần mềm.`,
    });
  }
}

/** Every attachment a live record refers to must be in the data folder with its SHA-256 unchanged. */
function checkAttachments(sql: Sql, dir: string, found: Findings): void {
  for (const use of attachmentStates(sql, dir)) {
    if (use.state === 'ok') continue;
    found.add({
      code: use.state === 'missing' ? 'attachment_missing' : 'attachment_changed',
      entity: use.entity,
      id: use.id,
      message:
        use.state === 'missing'
          ? `Tệp đính kèm "${use.ref.name}" (${use.ref.sha256.slice(0, 12)}…) của bản ghi ${use.id} không còn trong thư mục dữ liệu.`
          : `Tệp đính kèm "${use.ref.name}" (${use.ref.sha256.slice(0, 12)}…) của bản ghi ${use.id} đã bị thay đổi (mã băm của tệp không khớp).`,
    });
  }
}
