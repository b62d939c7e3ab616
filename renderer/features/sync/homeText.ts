/**
 * The words the office's home screen needs, apart from the sync screens' catalogue (text.ts spreads
 * them) so the first screen does not load every sync word.
 */
export const OFFICE_HOME_TEXT = {
  menuCommunes: 'Các xã',
  menuReceive: 'Nhận gói dữ liệu',
  lastImport: 'Nhận lần cuối',
  never: 'Chưa nhận',
  forked: (names: string) =>
    `Gói dữ liệu không khớp với dữ liệu đã nhận (rẽ nhánh) của: ${names}. Hãy liên hệ xã để kiểm tra trước khi dùng số liệu.`,
  seeCommunes: 'Xem các xã',
};
