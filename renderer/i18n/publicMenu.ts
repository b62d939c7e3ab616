/** The menu words of disclosure and conventions: the first screen loads these, not the whole catalogue (publicUi.ts). */
export const publicMenuText = {
  disclosure: 'Công khai',
  disclosures: 'Các lần công khai',
  board: 'Bảng theo dõi công khai',
  conventions: 'Hương ước, quy ước',
} as const;
