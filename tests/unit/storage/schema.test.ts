import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../db/migrations/migrate';
import { openDatabase } from '../../../db/open';
import { RECORDS } from '../../../shared/record/registry';
import { tempDir } from '../../helpers/app';

// Issue 14: a record's row type (db/schema.ts TableOf) and its entity spec take their columns from
// the definition; the frozen migrations create the tables. This compares the two over a real SQLite
// file, so a field without its migration (or a column the definition forgot) fails here.

const ENVELOPE = ['id', 'version', 'created_at', 'updated_at', 'updated_by', 'deleted_at'];

describe('record definitions and the migrated tables', () => {
  const sql = openDatabase(join(tempDir(), 'db.sqlite'));
  migrate(sql.raw);

  it.each(RECORDS.map((def) => [def.kind, def] as const))('%s: the same columns', (_kind, def) => {
    const info = sql.raw.prepare(`PRAGMA table_info("${def.table}")`).all() as { name: string; type: string }[];
    const columns = Object.values(def.columns as Record<string, readonly [string, string]>);
    expect(info.map((c) => c.name).sort()).toEqual([...ENVELOPE, ...columns.map(([c]) => c)].sort());
    // Yes/no and whole numbers in INTEGER columns; text, dates and JSON in TEXT ones.
    for (const [column, kind] of columns) {
      const declared = info.find((c) => c.name === column)!.type.toUpperCase();
      expect(declared, `${def.table}.${column}`).toBe(kind === 'int' || kind === 'bool' ? 'INTEGER' : 'TEXT');
    }
  });
});
