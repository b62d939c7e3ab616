import { z } from 'zod';
import { CASE_CATEGORY_LABELS, CASE_CATEGORY_SHORT, CASE_GROUNDS_LABELS, CASE_STATUS_LABELS } from '../i18n/vi';
import { listCell, partiesCell } from '../record/cells';
import { defineRecord } from '../record/define';
import { choice, date, json, optionalChoice, optionalDate, optionalText, ref, refs, text } from '../record/field';
import { optionalText as optionalTextRule, text as textRule } from '../util/zod';
import { CASE_CATEGORIES, CASE_GROUNDS, CASE_STATUSES, isClosedStatus } from './codes';

/** A party to a case (Sổ column 4: name, age, address). */
export const partySchema = z
  .object({
    name: textRule(120),
    birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
    address: optionalTextRule(300),
  })
  .strict();

/** A party as stored. */
export interface PartyData {
  name: string;
  birthYear?: number | null;
  address?: string | null;
}

/** A party as the register and the history write it: "Họ tên, sinh năm 1970, địa chỉ". */
export function partyText(p: PartyData): string {
  return [p.name, p.birthYear ? `sinh năm ${p.birthYear}` : '', p.address ?? ''].filter(Boolean).join(', ');
}

const parties = z.array(partySchema).max(50);
const partyOutput = z.object({
  name: z.string(),
  birthYear: z.number().int().nullable().optional(),
  address: z.string().nullable().optional(),
});

/** A case of grassroots mediation (vụ việc hòa giải ở cơ sở, domain.md §B.3). */
export const caseRecord = defineRecord({
  kind: 'mediation_case',
  label: 'vụ việc hòa giải',
  interchange: {
    sheet: 'Vụ việc hòa giải',
    order: [
      'community',
      'receivedOn',
      'category',
      'summary',
      'status',
      'closedOn',
      'parties',
      'mediators',
      'agreement',
    ],
  },
  dropped: ['mediatorNames'],
  fields: {
    communityId: ref('community', {
      label: 'Thôn / tổ dân phố',
      message: 'Hãy chọn thôn / tổ dân phố.',
      line: { name: 'community', header: 'Thôn / tổ dân phố' },
    }),
    receivedOn: date('event', { label: 'Ngày tiếp nhận' }),
    category: choice(CASE_CATEGORIES, {
      label: 'Lĩnh vực',
      labels: CASE_CATEGORY_LABELS,
      message: 'Hãy chọn lĩnh vực.',
    }),
    grounds: optionalChoice(CASE_GROUNDS, { label: 'Căn cứ hòa giải', labels: CASE_GROUNDS_LABELS, line: false }),
    summary: text(4000, { label: 'Nội dung vụ việc', private: true, search: true }),
    parties: json(parties.default([]), parties, z.array(partyOutput), {
      label: 'Các bên',
      listPrivacy: 'people',
      searchText: (list: PartyData[]) => list.flatMap((p) => [p.name, p.address ?? '']),
      describe: (list: PartyData[]) => list.map(partyText).join('; '),
      rule: {
        type: 'list',
        min: 0,
        max: 50,
        of: {
          type: 'object',
          members: {
            name: { type: 'text', max: 120, required: true },
            birthYear: { type: 'int', min: 1900, max: 2100, required: false },
            address: { type: 'text', max: 300, required: false },
          },
        },
      },
      line: { header: 'Các bên (mỗi người một dòng: Họ tên, năm sinh, địa chỉ)', cell: partiesCell },
    }),
    mediatorIds: refs('mediator', {
      label: 'Hòa giải viên',
      max: 20,
      line: { name: 'mediators', header: 'Hòa giải viên (cách nhau bởi dấu ;)', cell: listCell },
    }),
    invited: optionalText(500, { label: 'Người được mời tham gia', private: true, search: true, line: false }),
    status: choice(CASE_STATUSES, {
      label: 'Tình trạng',
      labels: CASE_STATUS_LABELS,
      default: 'tiep_nhan',
      line: { required: true },
    }),
    closedOn: optionalDate('event', { label: 'Ngày kết thúc' }),
    agreement: optionalText(4000, {
      label: 'Thỏa thuận của các bên',
      form: 'Thỏa thuận của các bên (hoặc yêu cầu của mỗi bên)',
      private: true,
      search: true,
    }),
    note: optionalText(2000, { label: 'Ghi chú', private: true, search: true, line: false }),
  },
  // Date rules of a case (domain.md §B.3): closedOn with closed statuses only, never before receivedOn.
  rules(c, issue) {
    const closed = isClosedStatus(c.status);
    if (closed && !c.closedOn) {
      issue('closedOn', 'Vụ việc đã kết thúc phải có ngày kết thúc.', 'Bắt buộc với vụ việc đã kết thúc.');
    }
    if (!closed && c.closedOn) {
      issue(
        'closedOn',
        'Vụ việc chưa kết thúc thì không ghi ngày kết thúc.',
        'Không được ghi khi vụ việc chưa kết thúc.',
      );
    }
    if (c.closedOn && c.closedOn < c.receivedOn) {
      issue('closedOn', 'Ngày kết thúc không được trước ngày tiếp nhận.', 'Không được trước ngày tiếp nhận.');
    }
  },
  list: {
    title: 'Vụ việc hòa giải',
    fileStem: 'vu-viec-hoa-giai',
    columns: [
      { field: 'receivedOn', width: 14 },
      { header: 'Thôn / tổ dân phố', width: 22, value: (c: { communityName: string }) => c.communityName },
      { field: 'category', width: 16, labels: CASE_CATEGORY_SHORT },
      { field: 'summary', header: 'Nội dung', width: 50 },
      { header: 'Các bên', width: 32, value: (c: { parties: PartyData[] }) => c.parties.map((p) => p.name).join('; ') },
      { header: 'Hòa giải viên', width: 28, value: (c: { mediatorNames: string[] }) => c.mediatorNames.join('; ') },
      { field: 'status', width: 22 },
      { field: 'closedOn', width: 14 },
      { field: 'agreement', header: 'Thỏa thuận', width: 40 },
    ],
  },
  example: {
    communityId: 'thon-na-lau',
    receivedOn: '2021-03-05',
    category: 'dan_su',
    summary: 'Tranh chấp lối đi chung',
    status: 'thanh',
    closedOn: '2021-03-12',
    parties: [{ name: 'Nông Văn Dũng', birthYear: 1970, address: 'Thôn Nà Lầu' }],
    agreement: 'Hai bên thống nhất mở lối đi rộng 2 m.',
  },
});
