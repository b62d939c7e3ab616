/** The done screen of the set-up wizard, for a commune or an office (issue 15); loaded with the wizard. */
export const setupDoneUi = {
  doneTextCommune:
    'Phần mềm đã tạo khóa ký riêng cho xã. Khi đăng ký thẻ của xã, cơ quan nhận báo cáo sẽ gọi điện đối chiếu dấu vân tay dưới đây; hãy ghi lại.',
  doneTextOffice:
    'Phần mềm đã tạo khóa ký riêng cho cơ quan. Khi đăng ký thẻ của cơ quan, từng xã sẽ gọi điện đối chiếu dấu vân tay dưới đây; hãy ghi lại.',
  nextCommune: 'Bước tiếp theo: ghi hồ sơ của xã, rồi gửi dữ liệu cho cơ quan nhận báo cáo ở mục Gửi dữ liệu.',
  nextOffice:
    'Bước tiếp theo: ở mục Các xã, đăng ký thẻ của từng xã gửi đến; gửi thẻ của cơ quan cho các xã để xã mã hóa dữ liệu gửi lên.',
} as const;
