/**
 * The words the office's home screen needs, apart from the sync screens' catalogue (text.ts spreads
 * them) so the first screen does not load every sync word.
 */
export const OFFICE_HOME_TEXT = {
  menuCommunes: 'Các xã',
  menuReceive: 'Nhận gói dữ liệu',
  lastImport: 'Nhận lần cuối',
  never: 'Chưa nhận',
};
