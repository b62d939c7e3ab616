import type { Sql } from '../open';
import type { ColumnKind, EntitySpec } from '../store/entity';
import type { ChangeLine } from './payload';
import { specOf } from './replica';

/** Lists of ids inside a JSON field, and the entity they name (what no foreign key declares). */
const ID_LISTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  mediation_case: { mediatorIds: 'mediator' },
};

const foreignKeys = new WeakMap<object, Map<string, { field: string; table: string }[]>>();

/** The table's foreign keys as the migrations declare them, by domain field. */
function referencesOf(sql: Sql, spec: EntitySpec<object>): { field: string; table: string }[] {
  let byTable = foreignKeys.get(sql.raw);
  if (!byTable) foreignKeys.set(sql.raw, (byTable = new Map()));
  let refs = byTable.get(spec.table);
  if (!refs) {
    const keys = sql.raw.prepare(`PRAGMA foreign_key_list("${spec.table}")`).all() as { from: string; table: string }[];
    const fields = Object.entries(spec.fields as Record<string, readonly [string, ColumnKind]>);
    refs = keys.flatMap((k) => {
      const field = fields.find(([, [column]]) => column === k.from)?.[0];
      return field ? [{ field, table: k.table }] : [];
    });
    byTable.set(spec.table, refs);
  }
  return refs;
}

function held(sql: Sql, table: string, id: string): boolean {
  return sql.raw.prepare(`SELECT 1 FROM "${table}" WHERE id = ?`).get(id) !== undefined;
}

/**
 * Why a change names a record the office does not hold, or null. Checked only when the replica
 * holds every earlier change of the commune (`complete`): the commune's foreign keys made the
 * referenced record exist before the change, so it must be here; with a gap it may be in the gap.
 */
export function relationProblem(
  sql: Sql,
  spec: EntitySpec<object>,
  line: ChangeLine,
  complete: boolean,
): string | null {
  if (!complete) return null;
  const snap = line.snapshot;
  for (const { field, table } of referencesOf(sql, spec)) {
    const id = snap[field];
    if (typeof id === 'string' && !held(sql, table, id))
      return `trường ${field}: không có bản ghi ${id} mà trường này nêu`;
  }
  for (const [field, entity] of Object.entries(ID_LISTS[spec.entity] ?? {})) {
    const list = snap[field];
    const target = specOf(entity);
    if (!Array.isArray(list) || !target) continue;
    for (const id of list) {
      if (typeof id === 'string' && !held(sql, target.table, id)) {
        return `trường ${field}: không có ${target.label} ${id} mà trường này nêu`;
      }
    }
  }
  return null;
}
