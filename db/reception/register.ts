import { CONTENT_LABELS } from '../../shared/i18n/vi';
import type { ReceptionRegister } from '../../shared/reception/schema';
import { formatNumber } from '../../shared/util/format';
import { getSetting } from '../installation/settings';
import { prepare, type Sql } from '../open';
import { fromRow } from '../store/entity';
import { periodWhere } from './sessions';
import { visitSpec } from './spec';
import type { VisitData } from './types';

/** Column 3 of a denunciation: never a person, only the reference of the paper confidential register. */
export function confidentialLabel(secretRef: string | null): string {
  return secretRef ? `Bảo mật — xem sổ mật, số ${secretRef}` : 'Bảo mật — ghi tại sổ mật';
}

function nameAddress(v: VisitData): string {
  if (v.content === 'to_cao') return confidentialLabel(v.secretRef);
  const person = [v.citizenName, v.citizenAddress].filter(Boolean).join(' - ');
  return v.representatives ? `${person}${person ? '; ' : ''}Người đại diện: ${v.representatives}` : person;
}

function classification(v: VisitData): string {
  const people = `${formatNumber(v.citizens)} người`;
  return `${CONTENT_LABELS[v.content]} / ${people}${v.group ? ' (đoàn đông người)' : ''}`;
}

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
    rows: rows.map((row, i) => {
      const v = fromRow(visitSpec, row);
      return {
        no: i + 1,
        visitId: v.id,
        receivedOn: v.receivedOn,
        nameAddress: nameAddress(v),
        idNumber: v.content === 'to_cao' ? '' : (v.citizenIdNumber ?? ''),
        summary: v.summary,
        classification: classification(v),
        resolvedBy: v.resolvedBy ?? '',
        accepted: v.handling === 'thu_ly',
        returned: v.handling === 'tra_lai_huong_dan',
        forwarded: v.handling === 'chuyen_don' ? (v.forwardedTo ?? '') : null,
        followUp: v.followUp ?? '',
        note: v.note ?? '',
      };
    }),
  };
}
