import { documentDateLine } from '../util/format';
import type { ReportDocument } from './schema';

/**
 * What a printed report says about its sender when the settings leave it blank (Nghị định 30/2020,
 * Phụ lục I: ô 2 issuing body, ô 4 place, ô 7 signer, ô 9 recipients), for a commune and for a
 * receiving office. These are starting points a clerk can overwrite in Cài đặt; the recipients and
 * an office's header and signer are [M] in domain.md §E (usage, not a rule of the decree).
 */

const UNIT_TYPES = ['xã', 'phường', 'đặc khu', 'thị trấn'] as const;

/** The centrally run cities after Nghị quyết 202/2025/QH15; every other province is a "tỉnh". */
const CENTRAL_CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'];

function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

function lower(text: string): string {
  return text.trim().toLocaleLowerCase('vi');
}

/** The issuing body's second line in capitals: "Xã Tân Hưng" → "XÃ TÂN HƯNG"; a bare name gets "XÃ". */
export function communeHeading(name: string): string {
  const trimmed = name.trim();
  const typed = UNIT_TYPES.some((t) => lower(trimmed).startsWith(`${t} `));
  return upper(typed || !trimmed ? trimmed : `xã ${trimmed}`);
}

/** "Xã Tân Hưng" → "Tân Hưng": the place name of a commune's date line. */
export function placeFromName(name: string): string {
  return name.replace(/^(xã|phường|đặc khu|thị trấn)\s+/i, '').trim();
}

/** "Lạng Sơn" → "tỉnh Lạng Sơn", "Hà Nội" → "thành phố Hà Nội"; a name that already says which is kept. */
export function provinceInText(province: string | null): string {
  const name = (province ?? '').trim();
  if (!name) return 'tỉnh';
  if (/^(tỉnh|thành phố|tp\.?)\s/i.test(name)) return name;
  return CENTRAL_CITIES.includes(name) ? `thành phố ${name}` : `tỉnh ${name}`;
}

/** "tỉnh Lạng Sơn" / "Lạng Sơn" → "Lạng Sơn": the place of an office's date line. */
function provincePlace(province: string | null): string {
  return (province ?? '').replace(/^(tỉnh|thành phố|tp\.?)\s+/i, '').trim();
}

/** Who the installation is, as far as its documents need it. */
export interface Sender {
  role: 'commune' | 'office';
  name: string;
  province: string | null;
  /** The office a commune reports to (its first recipient). */
  officeName?: string | null;
}

/** The parts of the document header the settings can override. */
export interface DocumentDefaults {
  issuerLines: string[];
  placeName: string;
  signerTitle: string;
  recipients: string[];
}

/** A department of a province ("Sở Tư pháp tỉnh Lạng Sơn"): its body and its province. */
function departmentOf(name: string): { department: string; province: string } | null {
  const m = /^(sở\s.+?)\s+((?:tỉnh|thành phố)\s.+)$/iu.exec(name.trim());
  return m?.[1] && m[2] ? { department: m[1], province: m[2] } : null;
}

function isPeoplesCommittee(name: string): boolean {
  return /^(ủy ban nhân dân|ubnd)\b/iu.test(name.trim());
}

/** The default header, place, signer and recipients of a sender's printed report. */
export function documentDefaults(s: Sender): DocumentDefaults {
  if (s.role === 'commune') {
    return {
      issuerLines: ['ỦY BAN NHÂN DÂN', communeHeading(s.name)],
      placeName: placeFromName(s.name),
      signerTitle: 'CHỦ TỊCH',
      recipients: [
        s.officeName?.trim() || `Sở Tư pháp ${provinceInText(s.province)}`.trim(),
        'Thường trực Đảng ủy, HĐND xã',
        'Ủy ban MTTQ Việt Nam xã',
        'Lưu: VT',
      ],
    };
  }
  // An office: a Sở prints its province's People's Committee above its own name (cơ quan chủ quản)
  // and is signed by its director; a People's Committee by its chair. The report goes up to the
  // province, never to the office itself.
  const department = departmentOf(s.name);
  const committee = isPeoplesCommittee(s.name);
  const place = provincePlace(s.province) || (department ? provincePlace(department.province) : '');
  return {
    issuerLines: department
      ? // The parent body's line is customarily abbreviated so it fits the header's column.
        [upper(`UBND ${department.province}`), upper(department.department)]
      : [upper(s.name.trim())],
    placeName: place || placeFromName(s.name),
    signerTitle: committee ? 'CHỦ TỊCH' : department ? 'GIÁM ĐỐC' : 'THỦ TRƯỞNG CƠ QUAN',
    recipients: committee ? ['Lưu: VT'] : [`Ủy ban nhân dân ${provinceInText(s.province)}`, 'Lưu: VT'],
  };
}

/** A multi-line setting as its lines ("Nơi nhận", the issuing body), or null when it is blank. */
export function settingLines(value: string | null): string[] | null {
  const lines = (value ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length > 0 ? lines : null;
}

/** The place and date line (ô 4): "Tân Hưng, ngày 05 tháng 02 năm 2026". */
export function placeDateLine(placeName: string, isoDate: string): string {
  const place = placeName.trim();
  return place ? `${place}, ${documentDateLine(isoDate)}` : capitalise(documentDateLine(isoDate));
}

function capitalise(text: string): string {
  return text ? text.charAt(0).toLocaleUpperCase('vi') + text.slice(1) : text;
}

/** The "Nơi nhận" entries (ô 9b): "- …;" each, the last one "- Lưu: VT." */
export function recipientLines(recipients: readonly string[]): string[] {
  const clean = recipients
    .map((r) =>
      r
        .trim()
        .replace(/^[-–•]\s*/, '')
        .replace(/[;.,\s]+$/, ''),
    )
    .filter(Boolean);
  const archive = clean.filter((r) => /^lưu\b/i.test(r));
  const others = clean.filter((r) => !/^lưu\b/i.test(r));
  const all = [...others, ...(archive.length ? archive : ['Lưu: VT'])];
  return all.map((r, i) => `- ${r}${i === all.length - 1 ? '.' : ';'}`);
}

/**
 * The lines above the signer's name (ô 7a). A People's Committee signs collectively: "TM. ỦY BAN
 * NHÂN DÂN" / "CHỦ TỊCH"; a body led by its head (a Sở) signs "GIÁM ĐỐC". A deputy signs for the
 * head: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC".
 */
export function signatureLines(doc: ReportDocument): string[] {
  const fallback = doc.report.scope.role === 'commune' ? 'Chủ tịch' : 'Thủ trưởng cơ quan';
  const title = upper(doc.header.signerTitle.trim() || fallback);
  const head = title.replace(/^PHÓ\s+/, '');
  const lines: string[] = [];
  const committee = issuerLines(doc).find((l) => l.startsWith('ỦY BAN NHÂN DÂN'));
  if (committee && head === 'CHỦ TỊCH') lines.push('TM. ỦY BAN NHÂN DÂN');
  if (head !== title) lines.push(`KT. ${head}`);
  lines.push(title);
  return lines;
}

/**
 * The issuing body's printed lines (ô 2): the sender's own (settings or the role's default, from
 * the server), or for a document from before they were sent, the commune's "ỦY BAN NHÂN DÂN / XÃ …".
 */
export function issuerLines(doc: ReportDocument): string[] {
  const { header } = doc;
  if (header.issuerLines?.length) return header.issuerLines.map(upper);
  return doc.report.scope.role === 'office'
    ? [upper(header.communeName)]
    : [upper(header.issuer), communeHeading(header.communeName)].filter(Boolean);
}
