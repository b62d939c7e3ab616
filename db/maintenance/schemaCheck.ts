import { MIGRATIONS } from '../migrations/index';
import { migrate } from '../migrations/migrate';
import { openRaw, type RawDb } from '../open';
import { RECORD_SPECS } from './entities';

// Issue 16: a backup with an added table and trigger was restored, and the trigger then copied every
// new change into the hidden table while `check` said ok. The schema a database may hold is exactly
// what the migrations create for its version: anything added (a trigger, a view, a table, an index)
// or changed is refused, before the file is migrated, restored or trusted.

/** One entry of `sqlite_master`. */
export interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/** A schema object that is not what the migrations create. */
export interface SchemaProblem {
  kind: 'extra' | 'changed' | 'missing';
  object: SchemaObject;
  message: string;
}

/** How a database is compared. */
export interface SchemaOptions {
  /** Extra objects allowed with exactly this SQL (the tables a backup file carries attachments in). */
  allowed?: readonly SchemaObject[];
  /** A commune replica of an office: its record tables keep no unique index (db/sync/replica.ts). */
  replica?: boolean;
}

const LABELS: Record<string, string> = {
  table: 'bảng',
  index: 'chỉ mục',
  trigger: 'trigger (lệnh tự chạy khi ghi dữ liệu)',
  view: 'khung nhìn (view)',
};

const expectedByVersion = new Map<string, Map<string, SchemaObject>>();

function keyOf(o: Pick<SchemaObject, 'type' | 'name'>): string {
  return `${o.type}\u0000${o.name}`;
}

/** Whitespace is not meaning: SQLite keeps the text as written, so only its words are compared. */
function normalise(sql: string | null): string | null {
  return sql === null ? null : sql.replace(/\s+/g, ' ').trim();
}

/** Every schema object of a database, SQLite's own bookkeeping included. */
export function schemaObjects(db: RawDb): SchemaObject[] {
  return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master').all() as SchemaObject[];
}

/** What the migrations up to `version` create, built once per version in memory. */
export function expectedSchema(version: number, replica = false): Map<string, SchemaObject> {
  const cacheKey = `${version}:${replica ? 'r' : 'm'}`;
  const cached = expectedByVersion.get(cacheKey);
  if (cached) return cached;
  const db = openRaw(':memory:');
  try {
    migrate(db, { migrations: MIGRATIONS.filter((m) => m.version <= version) });
    const tables = new Set(RECORD_SPECS.map((s) => s.table));
    const objects = schemaObjects(db).filter(
      (o) => !(replica && o.type === 'index' && tables.has(o.tbl_name) && /^CREATE UNIQUE INDEX/i.test(o.sql ?? '')),
    );
    const map = new Map(objects.map((o) => [keyOf(o), o]));
    expectedByVersion.set(cacheKey, map);
    return map;
  } finally {
    db.close();
  }
}

/**
 * Compares a database's schema with what the migrations of its version (`PRAGMA user_version`)
 * create. Returns every difference; none means the schema is the app's own.
 */
export function schemaProblems(db: RawDb, options: SchemaOptions = {}): SchemaProblem[] {
  const version = db.pragma('user_version', { simple: true }) as number;
  const expected = new Map(expectedSchema(version, options.replica));
  for (const o of options.allowed ?? []) expected.set(keyOf(o), o);
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const object of schemaObjects(db)) {
    const key = keyOf(object);
    seen.add(key);
    const want = expected.get(key);
    const label = LABELS[object.type] ?? object.type;
    if (!want) {
      problems.push({
        kind: 'extra',
        object,
        message: `Có ${label} "${object.name}" không do phần mềm tạo ra (có thể đã bị chèn vào để lấy hoặc sửa dữ liệu).`,
      });
    } else if (normalise(want.sql) !== normalise(object.sql) || want.tbl_name !== object.tbl_name) {
      problems.push({
        kind: 'changed',
        object,
        message: `Định nghĩa ${label} "${object.name}" khác với định nghĩa của phần mềm.`,
      });
    }
  }
  for (const [key, object] of expected) {
    if (seen.has(key) || (options.allowed ?? []).some((a) => keyOf(a) === key)) continue;
    problems.push({
      kind: 'missing',
      object,
      message: `Thiếu ${LABELS[object.type] ?? object.type} "${object.name}" của phần mềm.`,
    });
  }
  return problems;
}
