import { defineRecord } from '../record/define';
import { date, optionalInt, optionalText, text } from '../record/field';

/** A dialogue conference with the people (hội nghị đối thoại, Luật 10/2022). */
export const dialogueRecord = defineRecord({
  kind: 'dialogue',
  label: 'hội nghị đối thoại',
  interchange: { sheet: 'Hội nghị đối thoại' },
  fields: {
    heldOn: date('event', { label: 'Ngày', line: { header: 'Ngày đối thoại' } }),
    topic: text(500, {
      label: 'Nội dung đối thoại',
      private: true,
      line: { header: 'Nội dung', absent: '(không ghi)' },
    }),
    participants: optionalInt({ label: 'Số người tham dự', min: 0, max: 100_000, message: 'Phải là số nguyên.' }),
    chairedBy: optionalText(200, { label: 'Người chủ trì', private: true, line: false }),
    note: optionalText(2000, { label: 'Ghi chú', private: true, line: false }),
  },
  list: {
    title: 'Hội nghị đối thoại',
    fileStem: 'hoi-nghi-doi-thoai',
    columns: [
      { field: 'heldOn', width: 12 },
      { field: 'topic', header: 'Nội dung', width: 50 },
      { field: 'chairedBy', width: 24 },
      { field: 'participants', header: 'Số người', width: 10 },
    ],
  },
  example: { heldOn: '2025-05-20', topic: 'Đối thoại về giải phóng mặt bằng', participants: 85 },
});
