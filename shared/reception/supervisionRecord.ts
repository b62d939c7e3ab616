import { SUPERVISION_BODY_LABELS } from '../i18n/vi';
import { defineRecord } from '../record/define';
import { choice, date, optionalInt, optionalText, text } from '../record/field';
import { SUPERVISION_BODIES } from './codes';

/** A community supervision (Ban thanh tra nhân dân, Ban giám sát đầu tư của cộng đồng). */
export const supervisionRecord = defineRecord({
  kind: 'supervision',
  label: 'cuộc giám sát',
  interchange: { sheet: 'Giám sát cộng đồng' },
  fields: {
    body: choice(SUPERVISION_BODIES, {
      label: 'Ban giám sát',
      labels: SUPERVISION_BODY_LABELS,
      message: 'Hãy chọn ban giám sát.',
    }),
    heldOn: date('event', { label: 'Ngày', line: { header: 'Ngày giám sát' } }),
    subject: text(500, { label: 'Nội dung giám sát', private: true, line: { absent: '(không ghi)' } }),
    participants: optionalInt({
      label: 'Số người tham dự',
      min: 0,
      max: 100_000,
      message: 'Phải là số nguyên.',
      line: false,
    }),
    conclusion: optionalText(4000, { label: 'Kết luận, kiến nghị', private: true, line: false }),
    note: optionalText(2000, { label: 'Ghi chú', private: true, line: false }),
  },
  list: {
    title: 'Giám sát cộng đồng',
    fileStem: 'giam-sat-cong-dong',
    columns: [
      { field: 'heldOn', width: 12 },
      { field: 'body', width: 34 },
      { field: 'subject', header: 'Nội dung', width: 50 },
      { field: 'conclusion', header: 'Kết luận', width: 40 },
    ],
  },
  example: { body: 'ban_gsdtcd', heldOn: '2025-04-10', subject: 'Giám sát thi công đường bê tông thôn Nà Lầu' },
});
