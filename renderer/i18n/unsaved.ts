/** Words of the unsaved-work guards and drafts (issue 15); loaded with the forms, not the first screen. */
export const unsavedUi = {
  closeTitle: 'Đóng khi chưa lưu?',
  closeText: 'Những gì anh/chị vừa nhập hoặc sửa chưa được lưu và sẽ mất nếu đóng.',
  discard: 'Bỏ thay đổi',
  keepEditing: 'Tiếp tục nhập',
  restored: 'Đã khôi phục bản nháp chưa lưu',
  restoredAt: (when: string) =>
    `Phần mềm giữ lại những gì anh/chị đã nhập ngày ${when} nhưng chưa lưu. Kiểm tra rồi bấm "Lưu", hoặc bỏ bản nháp.`,
  discardDraft: 'Bỏ bản nháp',
} as const;
