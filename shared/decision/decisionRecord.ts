import { defineRecord } from '../record/define';
import { choice, date, int, optionalDate, optionalText, ref, text } from '../record/field';
import { DECISION_FORM_LABELS, DECISION_FORMS, DECISION_MATTER_LABELS, DECISION_MATTERS } from './codes';

const HOUSEHOLDS_MAX = 100_000;

/**
 * A matter the people of a thôn / tổ dân phố discuss and decide directly (Luật 10/2022, Chương II Mục 2;
 * interchange.md v2 `community_decision`). The outcome is derived from the counts, never typed
 * (shared/decision/outcome.ts).
 */
export const decisionRecord = defineRecord({
  kind: 'community_decision',
  label: 'việc Nhân dân bàn và quyết định',
  interchange: { sheet: 'Nhân dân quyết định' },
  fields: {
    communityId: ref('community', {
      label: 'Thôn / tổ dân phố',
      message: 'Hãy chọn thôn / tổ dân phố.',
      line: { name: 'community', header: 'Thôn / tổ dân phố' },
    }),
    title: text(500, { label: 'Việc được quyết định', private: true, search: true }),
    heldOn: date('event', {
      label: 'Ngày biểu quyết',
      form: 'Ngày họp (hoặc ngày cuối thu phiếu)',
    }),
    matter: choice(DECISION_MATTERS, {
      label: 'Loại việc',
      labels: DECISION_MATTER_LABELS,
      message: 'Hãy chọn loại việc.',
    }),
    form: choice(DECISION_FORMS, {
      label: 'Hình thức',
      labels: DECISION_FORM_LABELS,
      message: 'Hãy chọn hình thức.',
    }),
    households: int({
      label: 'Tổng số hộ',
      form: 'Tổng số hộ của thôn, tổ dân phố',
      min: 1,
      max: HOUSEHOLDS_MAX,
      default: 1,
      message: 'Phải là số nguyên.',
      minMessage: 'Phải có ít nhất 1 hộ.',
      line: { required: true },
    }),
    householdsParticipating: int({
      label: 'Số hộ tham gia',
      form: 'Số hộ dự họp (hoặc số phiếu thu về)',
      min: 0,
      max: HOUSEHOLDS_MAX,
      default: 0,
      message: 'Phải là số nguyên.',
      minMessage: 'Không được âm.',
      line: { required: true },
    }),
    householdsApproving: int({
      label: 'Số hộ tán thành',
      min: 0,
      max: HOUSEHOLDS_MAX,
      default: 0,
      message: 'Phải là số nguyên.',
      minMessage: 'Không được âm.',
      line: { required: true },
    }),
    decisionRef: optionalText(100, { label: 'Số văn bản', form: 'Số biên bản, văn bản ghi kết quả', search: true }),
    resultPublishedOn: optionalDate('event', { label: 'Ngày công khai kết quả' }),
    note: optionalText(2000, { label: 'Ghi chú', private: true, search: true, line: false }),
  },
  // The counts are ordered (approving ≤ participating ≤ households); the table's CHECK says the same.
  rules(d, issue) {
    if (d.householdsParticipating > d.households) {
      issue('householdsParticipating', 'Số hộ tham gia không được lớn hơn tổng số hộ.');
    }
    if (d.householdsApproving > d.householdsParticipating) {
      issue('householdsApproving', 'Số hộ tán thành không được lớn hơn số hộ tham gia.');
    }
    if (d.resultPublishedOn && d.resultPublishedOn < d.heldOn) {
      issue('resultPublishedOn', 'Ngày công khai kết quả không được trước ngày biểu quyết.');
    }
  },
  list: {
    title: 'Nhân dân bàn và quyết định',
    fileStem: 'nhan-dan-quyet-dinh',
    columns: [
      { field: 'heldOn', width: 12 },
      { header: 'Thôn / tổ dân phố', width: 22, value: (d: { communityName: string }) => d.communityName },
      { field: 'title', width: 40 },
      { field: 'matter', width: 30 },
      { field: 'form', width: 24 },
      { field: 'households', width: 10 },
      { field: 'householdsParticipating', width: 10 },
      { field: 'householdsApproving', width: 10 },
      { header: 'Kết quả', width: 22, value: (d: { outcomeText: string }) => d.outcomeText },
      { field: 'resultPublishedOn', width: 14 },
    ],
  },
  example: {
    communityId: 'thon-na-lau',
    title: 'Làm đường bê tông liên xóm, mỗi hộ góp 500.000 đồng',
    heldOn: '2025-04-12',
    matter: 'cong_trinh_cong_cong',
    form: 'hoi_nghi',
    households: 120,
    householdsParticipating: 96,
    householdsApproving: 88,
  },
});
