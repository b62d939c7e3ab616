/** Forms of disclosure (Luật 10/2022 Điều 12(1), interchange.md codes). */
export const DISCLOSURE_FORMS = [
  'niem_yet',
  'cong_thong_tin',
  'truyen_thanh',
  'truong_thon',
  'van_ban',
  'hoi_nghi',
  'tiep_cong_dan',
  'to_chuc_doan_the',
  'mang_xa_hoi',
] as const;
/** A disclosure form code. */
export type DisclosureForm = (typeof DISCLOSURE_FORMS)[number];

/** Vietnamese labels of the disclosure forms. */
export const DISCLOSURE_FORM_LABELS: Record<DisclosureForm, string> = {
  niem_yet: 'Niêm yết',
  cong_thong_tin: 'Cổng / trang thông tin điện tử',
  truyen_thanh: 'Hệ thống truyền thanh',
  truong_thon: 'Qua Trưởng thôn, Tổ trưởng tổ dân phố',
  van_ban: 'Gửi văn bản đến công dân',
  hoi_nghi: 'Hội nghị trao đổi, đối thoại',
  tiep_cong_dan: 'Tiếp công dân, tiếp xúc cử tri, họp báo',
  to_chuc_doan_the: 'Thông báo đến tổ chức, đoàn thể',
  mang_xa_hoi: 'Mạng viễn thông, mạng xã hội',
};

/** Compliance status of one catalog item on the board. */
export const ITEM_STATUSES = ['disclosed', 'not_yet', 'short_posting', 'radio_missing'] as const;
/** An item status. */
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** Vietnamese labels of item statuses. */
export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  disclosed: 'Đã công khai',
  not_yet: 'Chưa công khai',
  short_posting: 'Niêm yết chưa đủ 30 ngày',
  radio_missing: 'Thiếu ngày phát thanh',
};

export { isShortPosting, postingDays } from './compliance';
