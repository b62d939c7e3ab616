/** Asking before leaving a page with unsaved changes (issue 15): the only guard words on the first screen. */
export const leaveUi = {
  leaveTitle: 'Rời trang khi chưa lưu?',
  leaveText: 'Biểu mẫu đang mở có thay đổi chưa lưu. Rời trang thì những thay đổi này sẽ mất.',
  leave: 'Rời trang, bỏ thay đổi',
  stay: 'Ở lại',
} as const;
