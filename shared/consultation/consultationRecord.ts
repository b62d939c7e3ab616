import { z } from 'zod';
import { listCell } from '../record/cells';
import { defineRecord } from '../record/define';
import { choice, date, int, json, optionalDate, optionalRef, optionalText, text } from '../record/field';
import {
  CONSULTATION_FORM_LABELS,
  CONSULTATION_FORMS,
  CONSULTATION_MATTER_LABELS,
  CONSULTATION_MATTERS,
  type ConsultationForm,
} from './codes';

const forms = z
  .array(z.enum(CONSULTATION_FORMS))
  .min(1, { message: 'Hãy chọn ít nhất một hình thức lấy ý kiến.' })
  .max(CONSULTATION_FORMS.length);

/** The forms of a consultation in Vietnamese, in one line. */
export function consultationFormsText(list: readonly ConsultationForm[]): string {
  return list.map((f) => CONSULTATION_FORM_LABELS[f]).join('; ');
}

const OPINIONS_MAX = 10_000_000;

/**
 * A matter the commune puts to the people for comment (Luật 10/2022, Chương II Mục 3; interchange.md v2
 * `consultation`): opinions received, taken in, and the day the tiếp thu / giải trình was made public.
 */
export const consultationRecord = defineRecord({
  kind: 'consultation',
  label: 'đợt lấy ý kiến Nhân dân',
  interchange: { sheet: 'Lấy ý kiến Nhân dân' },
  fields: {
    title: text(500, { label: 'Nội dung lấy ý kiến', private: true, search: true }),
    startedOn: date('event', { label: 'Từ ngày' }),
    endedOn: date('event', { label: 'Đến ngày' }),
    // Absent: the whole commune was asked.
    communityId: optionalRef('community', {
      label: 'Thôn / tổ dân phố',
      form: 'Thôn / tổ dân phố (để trống: toàn xã)',
      line: { name: 'community', header: 'Thôn / tổ dân phố (để trống: toàn xã)' },
    }),
    matter: choice(CONSULTATION_MATTERS, {
      label: 'Loại việc',
      labels: CONSULTATION_MATTER_LABELS,
      message: 'Hãy chọn loại việc.',
    }),
    forms: json(forms, forms, z.array(z.enum(CONSULTATION_FORMS)), {
      label: 'Hình thức lấy ý kiến',
      rule: { type: 'list', of: { type: 'enum', values: CONSULTATION_FORMS, required: true }, min: 1, max: 6 },
      describe: consultationFormsText,
      line: { header: 'Hình thức (hoi_nghi; phieu; …, cách nhau bởi dấu ;)', cell: listCell },
    }),
    opinions: int({
      label: 'Số ý kiến nhận được',
      min: 0,
      max: OPINIONS_MAX,
      default: 0,
      message: 'Phải là số nguyên.',
      minMessage: 'Không được âm.',
    }),
    accepted: int({
      label: 'Số ý kiến được tiếp thu',
      min: 0,
      max: OPINIONS_MAX,
      default: 0,
      message: 'Phải là số nguyên.',
      minMessage: 'Không được âm.',
    }),
    resultPublishedOn: optionalDate('event', {
      label: 'Ngày công khai kết quả',
      form: 'Ngày công khai kết quả tiếp thu, giải trình',
    }),
    note: optionalText(2000, { label: 'Ghi chú', private: true, search: true, line: false }),
  },
  rules(c, issue) {
    if (c.endedOn < c.startedOn) issue('endedOn', 'Ngày kết thúc không được trước ngày bắt đầu.');
    if (c.accepted > c.opinions) issue('accepted', 'Số ý kiến được tiếp thu không được lớn hơn số ý kiến nhận được.');
    if (c.resultPublishedOn && c.resultPublishedOn < c.startedOn) {
      issue('resultPublishedOn', 'Ngày công khai kết quả không được trước ngày bắt đầu lấy ý kiến.');
    }
  },
  list: {
    title: 'Lấy ý kiến Nhân dân',
    fileStem: 'lay-y-kien-nhan-dan',
    columns: [
      { field: 'startedOn', width: 12 },
      { field: 'endedOn', width: 12 },
      { field: 'title', width: 40 },
      { field: 'matter', width: 30 },
      { header: 'Phạm vi', width: 22, value: (c: { communityName: string | null }) => c.communityName ?? 'Toàn xã' },
      { header: 'Hình thức', width: 30, value: (c: { forms: ConsultationForm[] }) => consultationFormsText(c.forms) },
      { field: 'opinions', width: 10 },
      { field: 'accepted', width: 10 },
      { field: 'resultPublishedOn', width: 14 },
    ],
  },
  example: {
    title: 'Dự thảo kế hoạch phát triển kinh tế - xã hội năm 2026',
    startedOn: '2025-10-01',
    endedOn: '2025-10-20',
    matter: 'ke_hoach_ktxh',
    forms: ['hoi_nghi', 'cong_thong_tin'],
    opinions: 42,
    accepted: 35,
  },
});
