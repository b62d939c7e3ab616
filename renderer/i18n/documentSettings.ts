/** Words of the office's and commune's print settings (issue 15); loaded with Cài đặt. */
export const documentSettingsUi = {
  title: 'Thông tin in trên báo cáo và tệp Excel',
  issuer: 'Tên cơ quan ban hành',
  issuerHelp: 'In ở góc trên bên trái, mỗi dòng một dòng in. Để trống thì dùng dòng mờ bên trong ô.',
  placeName: 'Địa danh ở dòng ngày tháng',
  blankUses: (value: string) => `Để trống thì in "${value}, ngày … tháng … năm …".`,
  officeName: 'Cơ quan nhận báo cáo (nơi nhận đầu tiên)',
  recipients: 'Nơi nhận',
  recipientsHelp: 'Mỗi dòng một nơi nhận; dòng "Lưu: VT" được thêm vào cuối nếu chưa có.',
  signerTitle: 'Chức vụ người ký',
  signerTitleHelp: (value: string) =>
    `Để trống thì in "${value}". Cấp phó ký thay thì ghi "Phó …" (ví dụ "Phó Giám đốc").`,
  signerName: 'Họ và tên người ký',
  signerNamePlaceholder: 'Ví dụ: Nguyễn Văn An',
  save: 'Lưu thông tin in',
  saved: 'Đã lưu thông tin in trên báo cáo.',
} as const;
