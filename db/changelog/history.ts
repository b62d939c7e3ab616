import type { HistoryEntry } from '../../shared/contract/envelope';
import { prepare, type Sql } from '../open';

const ENVELOPE = new Set(['version', 'createdAt', 'updatedAt', 'updatedBy', 'deletedAt', 'id']);

/**
 * A record's edit history from the change log: who changed which field, when, from what to what.
 * `addedFields` (the entity spec's) fills fields absent from snapshots written before they existed,
 * so a later version does not show them as changed.
 */
export function recordHistory(
  sql: Sql,
  id: string,
  addedFields: Readonly<Record<string, unknown>> = {},
): HistoryEntry[] {
  const rows = prepare(
    sql,
    'SELECT seq, version, op, snapshot, user, at FROM change_log WHERE record_id = ? ORDER BY seq',
  ).all(id) as {
    seq: number;
    version: number;
    op: HistoryEntry['op'];
    snapshot: string;
    user: string;
    at: number;
  }[];
  let before: Record<string, unknown> = {};
  return rows.map((row) => {
    const after = { ...addedFields, ...(JSON.parse(row.snapshot) as Record<string, unknown>) };
    const changes = diff(before, after, row.op);
    before = after;
    return { seq: row.seq, version: row.version, op: row.op, user: row.user, at: row.at, changes };
  });
}

function diff(before: Record<string, unknown>, after: Record<string, unknown>, op: HistoryEntry['op']) {
  if (op === 'delete') return [];
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: HistoryEntry['changes'] = [];
  for (const field of fields) {
    if (ENVELOPE.has(field)) continue;
    const a = before[field] ?? null;
    const b = after[field] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ field, before: op === 'create' ? null : a, after: b });
  }
  return out;
}
