import { CASE_CATEGORIES } from '../../../shared/mediation/codes';
import { CASE_CATEGORY_LABELS } from '../../../shared/i18n/vi';
import type { MediationSection, ReportDocument } from '../../../shared/report/schema';
import { formatDate, formatNumber, formatPercent, rate } from '../../../shared/util/format';

export {
  communeHeading,
  issuerLines,
  placeDateLine,
  recipientLines,
  signatureLines,
} from '../../../shared/report/documentDefaults';

/**
 * The words of the printed documents (Nghị định 30/2020/NĐ-CP layout, domain.md §E), kept apart
 * from the markup so they can be read and tested as plain text.
 */

const UNIT_TYPES = ['xã', 'phường', 'đặc khu', 'thị trấn'] as const;

function lowerFirst(text: string): string {
  return text ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1) : text;
}

/** The unit type a commune's name starts with ("Phường Đông Kinh" → "phường"), "xã" by default. */
export function unitType(name: string): string {
  const lower = name.trim().toLocaleLowerCase('vi');
  return UNIT_TYPES.find((t) => lower.startsWith(`${t} `)) ?? 'xã';
}

/** The body's name in running text: "Ủy ban nhân dân xã Tân Hưng". */
export function issuerInText(doc: ReportDocument): string {
  const name = doc.header.communeName.trim();
  if (doc.report.scope.role === 'office') return name;
  const lower = name.toLocaleLowerCase('vi');
  const typed = UNIT_TYPES.some((t) => lower.startsWith(`${t} `));
  return `Ủy ban nhân dân ${typed ? lowerFirst(name) : `xã ${name}`}`.trim();
}

/** The document symbol after "Số:" (ô 3): the number is left blank for the văn thư to fill in. */
export function documentSymbol(doc: ReportDocument): string {
  return doc.report.scope.role === 'office' ? '/BC' : '/BC-UBND';
}

/** The trích yếu under "BÁO CÁO" (ô 5a). */
export function reportAbstract(from: string, to: string): string {
  return `Kết quả thực hiện dân chủ ở cơ sở từ ngày ${formatDate(from)} đến ngày ${formatDate(to)}`;
}

/** The opening paragraph of the report. */
export function reportOpening(doc: ReportDocument): string {
  const { from, to } = doc.report.period;
  return `${issuerInText(doc)} báo cáo kết quả thực hiện dân chủ ở cơ sở từ ngày ${formatDate(from)} đến ngày ${formatDate(to)} như sau:`;
}

/** The closing paragraph, ending with the customary "./.". */
export function reportClosing(doc: ReportDocument): string {
  const { from, to } = doc.report.period;
  return `Trên đây là báo cáo kết quả thực hiện dân chủ ở cơ sở từ ngày ${formatDate(from)} đến ngày ${formatDate(to)} của ${issuerInText(doc)}./.`;
}

function cases(n: number): string {
  return `${formatNumber(n)} vụ việc`;
}

/** The organisation sentence: "Toàn xã có 3 tổ hòa giải với 12 hòa giải viên (5 nữ, 2 người dân tộc thiểu số)." */
export function mediationOrganisation(
  m: MediationSection,
  scope: { role: 'commune' | 'office'; communes: number },
  unit = 'xã',
): string {
  const subject =
    scope.role === 'office'
      ? `Tổng hợp số liệu của ${formatNumber(scope.communes)} xã, phường, đặc khu: có`
      : `Toàn ${unit} có`;
  if (m.teams === 0 && m.mediators === 0) {
    return scope.role === 'office'
      ? `${subject} chưa có tổ hòa giải nào được thành lập.`
      : `Toàn ${unit} chưa có tổ hòa giải nào được thành lập.`;
  }
  return (
    `${subject} ${formatNumber(m.teams)} tổ hòa giải với ${formatNumber(m.mediators)} hòa giải viên ` +
    `(${formatNumber(m.mediatorsFemale)} nữ, ${formatNumber(m.mediatorsEthnicMinority)} người dân tộc thiểu số).`
  );
}

/** The results sentence: received, successful with the rate, then the other outcomes as of the period end. */
export function mediationResults(m: MediationSection): string {
  if (m.received === 0) return 'Trong kỳ, các tổ hòa giải chưa tiếp nhận vụ việc nào.';
  const parts = [
    `Trong kỳ, các tổ hòa giải đã tiếp nhận ${cases(m.received)}, hòa giải thành ${cases(m.successful)}, đạt tỷ lệ ${formatPercent(m.successRate)}`,
    `hòa giải không thành ${cases(m.unsuccessful)}`,
    `chuyển cơ quan có thẩm quyền giải quyết ${cases(m.referred)}`,
    `đang hòa giải, chưa giải quyết xong ${cases(m.ongoing)}`,
  ];
  return `${parts.join('; ')}.`;
}

/** One row of the table by category: label, received, successful, rate. */
export interface CategoryRow {
  label: string;
  received: string;
  successful: string;
  rate: string;
}

/** The table by category (Thông tư 10/2017/TT-BTP, chỉ tiêu 0403), with its total row last. */
export function categoryRows(m: MediationSection): CategoryRow[] {
  const rows = CASE_CATEGORIES.map((c) => ({
    label: CASE_CATEGORY_LABELS[c],
    received: formatNumber(m.byCategory[c].received),
    successful: formatNumber(m.byCategory[c].successful),
    rate: formatPercent(rate(m.byCategory[c].successful, m.byCategory[c].received)),
  }));
  return [
    ...rows,
    {
      label: 'Tổng cộng',
      received: formatNumber(m.received),
      successful: formatNumber(m.successful),
      rate: formatPercent(m.successRate),
    },
  ];
}

const ROMAN: readonly [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** The numeral of a report section: 1 → "I", 4 → "IV", 12 → "XII" (sections of one report, never many). */
export function romanNumeral(n: number): string {
  let left = Math.max(0, Math.min(Math.floor(n), 39));
  let out = '';
  for (const [value, numeral] of ROMAN) {
    while (left >= value) {
      out += numeral;
      left -= value;
    }
  }
  return out;
}
