import { registerRow, type ReceptionRegister } from '../../shared/reception/register';
import { getSetting } from '../installation/settings';
import { prepare, type Sql } from '../open';
import { fromRow } from '../store/entity';
import { periodWhere } from './sessions';
import { visitSpec } from './spec';

/**
 * The Sổ tiếp công dân (Mẫu số 03, Thông tư 04/2021/TT-TTCP; domain.md §C.2): one row per visit in
 * the order received, in the form's 12 columns. A denunciation's row carries no identity.
 */
export function buildReceptionRegister(sql: Sql, from: string | null, to: string | null): ReceptionRegister {
  const [where, params] = periodWhere('received_on', { from, to });
  const rows = prepare(
    sql,
    `SELECT * FROM reception_visit WHERE deleted_at IS NULL${where} ORDER BY received_on, created_at, id`,
  ).all(...params) as Record<string, unknown>[];
  return {
    province: getSetting(sql, 'province') ?? '',
    commune: getSetting(sql, 'name') ?? '',
    from,
    to,
    rows: rows.map((row, i) => registerRow(fromRow(visitSpec, row), i + 1)),
  };
}
