/** Where an import problem is, in words (issue 15); loaded with the import page, not the office's first screen. */
export const IMPORT_TEXT = {
  /** Columns of the import file that are not fields of a form (interchange.md). */
  fields: {
    kind: 'Loại dữ liệu',
    id: 'Mã bản ghi',
    community: 'Thôn / tổ dân phố',
    team: 'Tổ hòa giải',
    mediators: 'Hòa giải viên',
    citizen: 'Công dân',
    petitioner: 'Người gửi đơn',
    file: 'Tệp',
  } as Record<string, string>,
  otherField: 'Cột khác',
  item: (n: number) => `mục thứ ${n}`,
  wholeLine: '(cả dòng)',
};
