/** Vietnamese texts of the import / export page. */
export const RECORDS_TEXT = {
  title: 'Nhập, xuất dữ liệu',
  intro:
    'Nhập hồ sơ đã có từ sổ sách, Excel theo mẫu của phần mềm hoặc tệp NDJSON. Phần mềm kiểm tra toàn bộ tệp trước: chỉ cần một dòng sai thì không dòng nào được nhập, và danh sách lỗi cho biết dòng, cột và lý do.',
  importCard: 'Nhập dữ liệu',
  pick: 'Chọn tệp…',
  noFile: 'Chưa chọn tệp',
  check: 'Kiểm tra tệp',
  run: 'Nhập vào phần mềm',
  confirm: 'Nhập toàn bộ dữ liệu của tệp này?',
  yes: 'Nhập',
  no: 'Hủy',
  imported: 'Đã nhập dữ liệu.',
  unexpected: 'Không nhập được tệp. Hãy thử lại.',
  previewTitle: 'Kết quả kiểm tra: tệp hợp lệ, có thể nhập',
  previewLine: (n: string, c: string, u: string, s: string) =>
    `${n} dòng (thêm mới ${c}, cập nhật ${u}, không đổi ${s})`,
  line: 'Dòng',
  field: 'Cột / trường',
  reason: 'Lý do',
  exportCard: 'Xuất dữ liệu',
  template: 'Tải mẫu Excel để nhập',
  exportXlsx: 'Xuất toàn bộ ra Excel',
  exportNdjson: 'Xuất toàn bộ ra NDJSON',
  kinds: {
    community: 'Thôn, tổ dân phố',
    mediation_team: 'Tổ hòa giải',
    mediator: 'Hòa giải viên',
    mediation_case: 'Vụ việc hòa giải',
    disclosure: 'Lần công khai',
    convention: 'Hương ước, quy ước',
  } as Record<string, string>,
};
