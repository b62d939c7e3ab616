import { AppError } from '../../shared/contract/errors';
import type { CommuneSections, Report, ReportDocument } from '../../shared/report/schema';
import { todayIso } from '../../shared/util/dates';
import { getSetting } from '../installation/settings';
import type { Sql } from '../open';
import { conventionFigures } from './conventions';
import { disclosureFigures } from './disclosure';
import { mediationFigures } from './mediation';

/** Every section of one commune's figures for [from, to], from the database holding its records. */
export function communeFigures(sql: Sql, from: string, to: string): CommuneSections {
  return {
    mediation: mediationFigures(sql, from, to),
    disclosure: disclosureFigures(sql, from, to),
    conventions: conventionFigures(sql, from, to),
  };
}

/** The period report of this installation (reports.md, schema qcdc.report/1). */
export function periodReport(sql: Sql, from: string, to: string): Report {
  const role = getSetting(sql, 'role');
  if (role === 'office') {
    // The office compiles the communes' records it has imported; that arrives with bundle import.
    return {
      schema: 'qcdc.report/1',
      period: { from, to },
      scope: { role: 'office', communes: 0 },
      ...communeFigures(sql, from, to),
      communes: [],
    };
  }
  if (role !== 'commune') throw new AppError('NOT_INITIALISED');
  return {
    schema: 'qcdc.report/1',
    period: { from, to },
    scope: { role: 'commune', communes: 1 },
    ...communeFigures(sql, from, to),
  };
}

/** The report with what its printed form needs (Nghị định 30/2020 layout, domain.md §E). */
export function reportDocument(sql: Sql, from: string, to: string, today: string = todayIso()): ReportDocument {
  const report = periodReport(sql, from, to);
  const name = getSetting(sql, 'name') ?? '';
  const place = getSetting(sql, 'placeName') ?? placeFromName(name);
  return {
    report,
    header: {
      issuer: 'ỦY BAN NHÂN DÂN',
      communeName: name,
      province: getSetting(sql, 'province'),
      placeName: place,
      signerTitle: getSetting(sql, 'signerTitle') ?? 'CHỦ TỊCH',
      signerName: getSetting(sql, 'signerName') ?? '',
      recipients: recipients(getSetting(sql, 'officeName'), getSetting(sql, 'province')),
      date: today,
    },
  };
}

/** "Xã Tân Hưng" → "Tân Hưng": the place name of the date line. */
export function placeFromName(name: string): string {
  return name.replace(/^(xã|phường|đặc khu|thị trấn)\s+/i, '').trim();
}

function recipients(office: string | null, province: string | null): string[] {
  return [
    office ?? `Sở Tư pháp ${provinceInText(province)}`.trim(),
    'Thường trực Đảng ủy, HĐND xã',
    'Ủy ban MTTQ Việt Nam xã',
    'Lưu: VT',
  ];
}

/** The centrally run cities after Nghị quyết 202/2025/QH15; every other province is a "tỉnh". */
const CENTRAL_CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'];

/** "Lạng Sơn" → "tỉnh Lạng Sơn", "Hà Nội" → "thành phố Hà Nội"; a name that already says which is kept. */
export function provinceInText(province: string | null): string {
  const name = (province ?? '').trim();
  if (!name) return 'tỉnh';
  if (/^(tỉnh|thành phố|tp\.?)\s/i.test(name)) return name;
  return CENTRAL_CITIES.includes(name) ? `thành phố ${name}` : `tỉnh ${name}`;
}
