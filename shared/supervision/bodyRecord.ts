import { z } from 'zod';
import { GENDER_LABELS, SUPERVISION_BODY_LABELS } from '../i18n/vi';
import { GENDERS } from '../mediation/codes';
import { SUPERVISION_BODIES } from '../reception/codes';
import { splitCell, type CellCodec } from '../record/cells';
import { defineRecord } from '../record/define';
import { choice, date, json, optionalDate, optionalText } from '../record/field';
import { foldText } from '../util/fold';
import { text as textRule } from '../util/zod';
import { MEMBER_ROLE_LABELS, MEMBER_ROLES, type MemberRole } from './codes';

type Gender = (typeof GENDERS)[number];

/** A member of a body (interchange.md v2: `{ name, role, gender? }`). */
export const memberSchema = z
  .object({
    name: textRule(120),
    role: z.enum(MEMBER_ROLES, { message: 'Hãy chọn chức danh.' }),
    gender: z.enum(GENDERS).nullish(),
  })
  .strict();

/** A member as stored. */
export interface MemberData {
  name: string;
  role: MemberRole;
  gender?: Gender | null;
}

const MEMBERS_MAX = 50;
const members = z.array(memberSchema).max(MEMBERS_MAX);
const memberOutput = z.object({ name: z.string(), role: z.enum(MEMBER_ROLES), gender: z.enum(GENDERS).nullish() });

/** "Nguyễn Văn An (Trưởng ban, nam)". */
export function memberText(m: MemberData): string {
  const details = [MEMBER_ROLE_LABELS[m.role], m.gender ? GENDER_LABELS[m.gender].toLocaleLowerCase('vi') : '']
    .filter(Boolean)
    .join(', ');
  return `${m.name} (${details})`;
}

/** A code typed as itself or as its Vietnamese label (diacritics and case ignored), else the text as typed. */
function codeOf<T extends string>(labels: Readonly<Record<T, string>>, text: string): string {
  const folded = foldText(text);
  const hit = (Object.entries(labels) as [T, string][]).find(
    ([code, label]) => code === text || foldText(label) === folded,
  );
  return hit ? hit[0] : text;
}

/** The members in one template cell: "Họ tên, chức danh, giới tính" per line (or separated by ";"). */
export const membersCell: CellCodec = {
  read: (text) =>
    splitCell(text).map((entry) => {
      const [name = '', role = '', gender = ''] = entry.split(',').map((s) => s.trim());
      const member: Record<string, unknown> = { name, role: codeOf(MEMBER_ROLE_LABELS, role) };
      if (gender) member.gender = codeOf(GENDER_LABELS, gender);
      return member;
    }),
  write: (value) =>
    (value as MemberData[]).map((m) => [m.name, m.role, m.gender ?? ''].filter(Boolean).join(', ')).join('\n'),
};

/**
 * A Ban thanh tra nhân dân or a Ban giám sát đầu tư của cộng đồng for a term (Luật 10/2022, Chương II
 * Mục 4; interchange.md v2 `supervision_body`). Active at D when established on or before D and not yet
 * dissolved (shared/supervision/codes.ts).
 */
export const bodyRecord = defineRecord({
  kind: 'supervision_body',
  label: 'ban giám sát',
  interchange: { sheet: 'Ban TTND, Ban GSĐTCĐ' },
  fields: {
    body: choice(SUPERVISION_BODIES, {
      label: 'Ban',
      labels: SUPERVISION_BODY_LABELS,
      message: 'Hãy chọn ban.',
    }),
    establishedOn: date('event', { label: 'Ngày thành lập', form: 'Ngày thành lập (ngày quyết định công nhận)' }),
    decisionRef: optionalText(100, { label: 'Số quyết định', form: 'Số quyết định công nhận', search: true }),
    termTo: optionalDate('planned', { label: 'Hết nhiệm kỳ', form: 'Nhiệm kỳ đến ngày' }),
    dissolvedOn: optionalDate('event', {
      label: 'Ngày giải thể',
      form: 'Ngày thôi hoạt động (giải thể, hết nhiệm kỳ)',
    }),
    members: json(members.default([]), members, z.array(memberOutput), {
      label: 'Thành viên',
      // Names are personal data: the minimal profile blanks them, keeping roles and genders for the counts.
      listPrivacy: ['name'],
      searchText: (list: MemberData[]) => list.map((m) => m.name),
      describe: (list: MemberData[]) => list.map(memberText).join('; '),
      rule: {
        type: 'list',
        min: 0,
        max: MEMBERS_MAX,
        of: {
          type: 'object',
          members: {
            name: { type: 'text', max: 120, required: true },
            role: { type: 'enum', values: MEMBER_ROLES, required: true },
            gender: { type: 'enum', values: GENDERS, required: false },
          },
        },
      },
      line: { header: 'Thành viên (mỗi người một dòng: Họ tên, chức danh, giới tính)', cell: membersCell },
    }),
    note: optionalText(2000, { label: 'Ghi chú', private: true, search: true, line: false }),
  },
  rules(b, issue) {
    if (b.dissolvedOn && b.dissolvedOn < b.establishedOn) {
      issue('dissolvedOn', 'Ngày thôi hoạt động không được trước ngày thành lập.');
    }
    if (b.termTo && b.termTo < b.establishedOn) issue('termTo', 'Nhiệm kỳ không được kết thúc trước ngày thành lập.');
  },
  list: {
    title: 'Ban thanh tra nhân dân, Ban giám sát đầu tư của cộng đồng',
    fileStem: 'ban-giam-sat',
    columns: [
      { field: 'body', width: 34 },
      { field: 'establishedOn', width: 14 },
      { field: 'decisionRef', width: 18 },
      { field: 'termTo', width: 14 },
      { field: 'dissolvedOn', width: 14 },
      {
        header: 'Thành viên',
        width: 60,
        value: (b: { members: MemberData[] }) => b.members.map(memberText).join('\n'),
      },
    ],
  },
  example: {
    body: 'ban_ttnd',
    establishedOn: '2024-10-05',
    decisionRef: '125/QĐ-UBND',
    members: [
      { name: 'Lý Văn Hùng', role: 'truong_ban', gender: 'nam' },
      { name: 'Hoàng Thị Mai', role: 'thanh_vien', gender: 'nu' },
    ],
  },
});
