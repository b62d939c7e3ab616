/** The words of the "Lịch nghỉ lễ, Tết" screen (part of the one UI catalogue, beside ui.ts). */
export const calendarUi = {
  title: 'Lịch nghỉ lễ, Tết',
  subtitle:
    'Ngày nghỉ dùng để tính mọi thời hạn theo ngày làm việc (đơn thư, hương ước): ngày lễ, Tết theo Bộ luật Lao động, ngày nghỉ bù và ngày làm bù theo thông báo hằng năm của Chính phủ.',
  open: 'Lịch nghỉ lễ, Tết',
  year: 'Năm',
  lunar: (tet: string, hung: string) =>
    `Tết Nguyên đán (mùng 1 tháng Giêng âm lịch): ${tet}; Giỗ Tổ Hùng Vương (10/3 âm lịch): ${hung}.`,
  daysOff: 'Ngày nghỉ (không tính là ngày làm việc)',
  date: 'Ngày',
  weekday: 'Thứ',
  reason: 'Lý do',
  source: 'Căn cứ',
  unconfirmed: 'chưa đối chiếu',
  kinds: { holiday: 'Ngày lễ, Tết', make_up: 'Nghỉ bù', weekend: 'Cuối tuần' } as Record<string, string>,
  workingDays: 'Ngày làm bù (thứ Bảy, Chủ nhật đi làm)',
  noWorkingDays: 'Không có ngày làm bù.',
  shipped: 'Thông báo có sẵn trong phần mềm',
  noShipped:
    'Phần mềm chưa có thông báo cho năm này: ngày nghỉ được tính theo Bộ luật Lao động (nghỉ bù khi ngày lễ trùng thứ Bảy, Chủ nhật).',
  own: 'Thông báo do đơn vị nhập',
  noOwn: 'Đơn vị chưa nhập thông báo nào cho năm này.',
  add: 'Nhập thông báo nghỉ lễ, Tết',
  addTitle: 'Thông báo nghỉ lễ, Tết của năm',
  addHelp:
    'Thông báo do đơn vị nhập thay cho cách tính của phần mềm đối với các ngày lễ được chọn trong năm đó. Liệt kê mọi ngày nghỉ (kể cả ngày nghỉ bù, ngày hoán đổi).',
  badDate: (text: string) => `"${text}" không phải ngày (dd/mm/yyyy).`,
  deleteWhat: (ref: string) => `thông báo "${ref}"`,
} as const;
