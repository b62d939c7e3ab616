/** Words of an attachment being checked and saved (issue 15); loaded with the forms that attach files. */
export const attachmentUi = {
  reading: (name: string) => `Đang đọc tệp “${name}”…`,
  saving: (name: string) => `Đang lưu tệp “${name}” vào máy…`,
  limit: (max: string) => `Ảnh, PDF hoặc Word; mỗi tệp không quá ${max}.`,
  tooLarge: (name: string, size: string, max: string) =>
    `Tệp “${name}” có dung lượng ${size}, vượt giới hạn ${max} của một tệp đính kèm nên chưa được thêm. Hãy chụp hoặc quét lại với độ phân giải thấp hơn, hoặc tách thành nhiều tệp.`,
  empty: (name: string) => `Tệp “${name}” rỗng (0 byte) nên chưa được thêm.`,
} as const;
