/** Vietnamese messages of sign-in, lock and accounts. */
export const AUTH_MESSAGES = {
  signInFirst: 'Hãy đăng nhập để tiếp tục.',
  locked: 'Phần mềm đang khóa. Hãy nhập mật khẩu để mở khóa.',
  forbidden: 'Tài khoản của bạn không có quyền thực hiện thao tác này.',
  wrongCredentials: 'Sai tên tài khoản hoặc mật khẩu.',
  wrongRecoveryCode: 'Mã khôi phục không đúng.',
  disabled: 'Tài khoản này đã bị khóa. Hãy liên hệ quản trị viên.',
  alreadyProtected: 'Cài đặt này đã được bảo vệ bằng tài khoản và mã hóa.',
  notProtected: 'Cài đặt này chưa bật bảo vệ bằng tài khoản; hãy bật trong Cài đặt trước.',
  keyMismatch: 'Khóa truy cập không khớp với cơ sở dữ liệu đang mở.',
  recoveryActor: 'mã khôi phục',
} as const;
