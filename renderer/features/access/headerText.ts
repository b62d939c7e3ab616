/**
 * The words of the account in the header: the only ones of sign-in and accounts that the first
 * screen needs (text.ts, with the password rules, loads with the forms).
 */
export const accessHeaderUi = {
  signOut: 'Đăng xuất',
  signOutConfirm: 'Đăng xuất? Những gì đang nhập dở mà chưa lưu sẽ mất.',
  lock: 'Khóa (Ctrl+L)',
  signedInAs: 'Tài khoản',
} as const;
