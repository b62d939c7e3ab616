/** Words of the reception pages added with issue 15 (a petition made from a reception visit). */
export const RECEPTION_TEXT = {
  petitionFromVisit: 'Lập đơn từ lượt tiếp này',
  fromVisitTitle: 'Thêm đơn từ lượt tiếp công dân',
  fromVisitNote: (date: string) => `Đơn nhận tại lượt tiếp công dân ngày ${date}.`,
  fromVisitIntro:
    'Ngày, loại nội dung, nội dung và thông tin công dân đã được chép từ lượt tiếp; hãy kiểm tra rồi bấm Lưu.',
  fromVisitDenunciation:
    'Đơn tố cáo: thông tin người tố cáo không được chép sang đơn (giữ bí mật người tố cáo), chỉ chép số hồ sơ bảo mật.',
};
