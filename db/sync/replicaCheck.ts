import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RECORD_SPECS } from '../maintenance/entities';
import { folderKey, openDatabase, type DbKey } from '../open';

/**
 * `qcdc check` at an office: each commune replica passes SQLite's integrity check, every received
 * change belongs to an imported bundle, and every record row is a version that was received (a row
 * edited behind the app's back is not). Vietnamese messages, one per problem.
 */
export function replicaProblems(dataDir: string): string[] {
  const dir = join(dataDir, 'communes');
  if (!existsSync(dir)) return [];
  const problems: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => /^\d{5}\.sqlite$/.test(f))
    .sort()) {
    const code = file.slice(0, 5);
    try {
      problems.push(...checkOne(join(dir, file), folderKey(dataDir)).map((p) => `Dữ liệu của xã ${code}: ${p}`));
    } catch (error) {
      problems.push(`Dữ liệu của xã ${code} không đọc được: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}

function checkOne(file: string, key: DbKey): string[] {
  const sql = openDatabase(file, { readonly: true, key });
  try {
    const out: string[] = [];
    const integrity = sql.raw.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity[0]?.integrity_check !== 'ok') out.push('tệp cơ sở dữ liệu bị hỏng (integrity_check).');
    const orphans = sql.raw
      .prepare('SELECT count(*) AS n FROM received_change WHERE bundle_id NOT IN (SELECT id FROM received_bundle)')
      .get() as { n: number };
    if (orphans.n > 0) out.push(`${orphans.n} thay đổi không thuộc gói nào đã nhập.`);
    for (const spec of RECORD_SPECS) {
      const row = sql.raw
        .prepare(
          `SELECT count(*) AS n FROM "${spec.table}" r WHERE NOT EXISTS
             (SELECT 1 FROM received_change c WHERE c.record_id = r.id AND c.version = r.version AND c.entity = ?)`,
        )
        .get(spec.entity) as { n: number };
      if (row.n > 0) out.push(`${row.n} bản ghi ${spec.label} không khớp với thay đổi nào đã nhận.`);
    }
    return out;
  } finally {
    sql.raw.close();
  }
}
