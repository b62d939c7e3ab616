import type { AnyRecord, Fields, Issue, PersonGroup } from '../record/define';
import { optionalText } from '../record/field';
import { DENOUNCER_IDENTITY_MESSAGE } from './codes';
import { maskName } from './mask';

/** The fields that identify a citizen. */
export function identityFields(fields: Fields): string[] {
  return Object.entries(fields)
    .filter(([, f]) => f.options.identity)
    .map(([k]) => k);
}

/**
 * Refuses a denouncer's identity (domain.md §C.5): an issue on every identity field filled in for a
 * denunciation, naming the field but never echoing its value.
 */
export function refuseDenouncerIdentity(
  values: Record<string, unknown>,
  fields: readonly string[],
  issue: Issue,
): void {
  if (values.content !== 'to_cao') return;
  for (const field of fields) {
    if (values[field] !== null && values[field] !== undefined) issue(field, DENOUNCER_IDENTITY_MESSAGE);
  }
}

/**
 * A record as a list shows it (domain.md §G.3): the person's name as initials, every other identity
 * field left out; the record page shows the rest.
 */
export function maskIdentity<R extends object>(def: AnyRecord, record: R): R {
  const names = new Set(def.persons.map((p) => p.members.name));
  const out = { ...record } as Record<string, unknown>;
  for (const field of identityFields(def.stored)) {
    out[field] = names.has(field) ? maskName(out[field] as string | null) : null;
  }
  return out as R;
}

const identity = { private: true, identity: true } as const;

/**
 * A citizen as three identity fields (`<prefix>Name`, `<prefix>Address`, `<prefix>IdNumber`: never
 * indexed for search, blanked in the minimal profile, refused for a denunciation) and the one object
 * an interchange line writes them as (`line`).
 */
export function person<const P extends string>(
  prefix: P,
  o: { line: string; header: string; name: string; address: string },
) {
  const name = optionalText(120, { label: o.name, ...identity });
  const address = optionalText(300, { label: o.address, ...identity });
  const idNumber = optionalText(20, { label: 'Số định danh cá nhân / CCCD', ...identity });
  const members = { name: `${prefix}Name`, address: `${prefix}Address`, idNumber: `${prefix}IdNumber` } as const;
  const group: PersonGroup = { line: o.line, header: o.header, members };
  const fields = { [members.name]: name, [members.address]: address, [members.idNumber]: idNumber } as {
    [K in `${P}Name`]: typeof name;
  } & { [K in `${P}Address`]: typeof address } & { [K in `${P}IdNumber`]: typeof idNumber };
  return { group, fields };
}

/** The secret-register reference that stands for a denouncer (domain.md §C.5). */
export const secretRef = () =>
  optionalText(100, {
    label: 'Số tham chiếu sổ mật',
    private: true,
    search: true,
    line: { header: 'Số tham chiếu sổ mật (tố cáo)' },
  });

/**
 * Whether a denunciation's summary looks like it holds the denouncer's identity (issue 16): a 9- or
 * 12-digit number (an old or a citizen ID number, spaces or dots allowed between digits) or a
 * capitalised Vietnamese full name (a common family name followed by capitalised words). A hint
 * only: the summary may rightly name the person denounced, so the clerk confirms instead of being
 * refused.
 */
export function summaryIdentityHints(summary: string): ('idNumber' | 'name')[] {
  const hints: ('idNumber' | 'name')[] = [];
  const runs = summary.match(/\d(?:[ .]?\d)*/g) ?? [];
  if (runs.some((run) => [9, 12].includes(run.replace(/[ .]/g, '').length))) hints.push('idNumber');
  if (FULL_NAME.test(summary.normalize('NFC'))) hints.push('name');
  return hints;
}

const SURNAMES =
  'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đoàn|Trịnh|Lương|Mai|Cao|Lâm|Tạ|Hà|Chu|Tô|Thái|Trương|Quách|Lưu|Vương|Kiều|Triệu|Đào|Đàm|Tăng|Khổng|Tôn|Thân|Lò|Hứa|Nông|Mạc|Lại|Từ|Phùng|Diệp|Hầu|Giáp|Đồng|Lục|Hoàng|Vi|Quan|Sầm|Bế|Ma';
const WORD = '\\p{Lu}\\p{Ll}*';
const FULL_NAME = new RegExp(`(?<![\\p{L}])(?:${SURNAMES})(?:\\s+${WORD}){1,3}(?![\\p{L}])`, 'u');

/** What the clerk is asked to confirm when {@link summaryIdentityHints} finds something. */
export const SUMMARY_IDENTITY_MESSAGE =
  'Tóm tắt của đơn/lượt tố cáo có vẻ chứa họ tên hoặc số định danh (CMND 9 số, CCCD 12 số). Không ghi danh tính ' +
  'người tố cáo; nếu đó là người bị tố cáo hoặc không phải danh tính, hãy đánh dấu xác nhận rồi lưu lại.';

/**
 * What an import says of a denunciation line whose summary {@link summaryIdentityHints} flags: no
 * clerk stands at the form to confirm it, so the import goes ahead and the line is named for a
 * check (the dry run shows it before anything is written).
 */
export const IMPORT_SUMMARY_IDENTITY_WARNING =
  'Tóm tắt của đơn/lượt tố cáo có vẻ chứa họ tên hoặc số định danh (CMND 9 số, CCCD 12 số). Không ghi danh tính ' +
  'người tố cáo: hãy kiểm tra dòng này; nếu đó là danh tính người tố cáo, sửa tệp rồi nhập lại.';
