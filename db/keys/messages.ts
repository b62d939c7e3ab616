/** The Vietnamese messages of the key module, in one place so the wording stays consistent. */
export const KEY_MESSAGES = {
  wrongPassphrase: 'Mật khẩu không đúng hoặc tệp khóa bị hỏng.',
  passphraseRequired: 'Tệp khóa được bảo vệ bằng mật khẩu. Hãy nhập mật khẩu.',
  passphraseUnusable:
    'Mật khẩu không dùng được: không được để trống, không được có ký tự xuống dòng và không dài quá 1022 byte.',
  badPublicKey: 'Khóa công khai minisign không hợp lệ.',
  badSecretKey: 'Tệp khóa bí mật minisign không hợp lệ hoặc bị hỏng.',
  kdfTooExpensive: 'Tệp khóa bí mật đòi hỏi tham số giải mã quá lớn; tệp có thể đã bị sửa.',
  badComment: 'Dòng chú thích của chữ ký không hợp lệ: có ký tự xuống dòng hoặc quá dài.',
  badAgeRecipient: 'Địa chỉ nhận age (age1…) không hợp lệ.',
  noAgeRecipient: 'Cần ít nhất một địa chỉ nhận age để mã hóa.',
  badAgeIdentity: 'Khóa giải mã age (AGE-SECRET-KEY-1…) không hợp lệ.',
  ageWrongIdentity: 'Không giải mã được: tệp không được mã hóa cho khóa này, hoặc tệp bị hỏng.',
  ageWrongPassphrase: 'Không giải mã được: mật khẩu không đúng, hoặc tệp bị hỏng.',
  keysMissing: 'Chưa có khóa bí mật trong thư mục dữ liệu này.',
  keysCorrupt: 'Tệp khóa bí mật của cài đặt bị hỏng.',
  keysLocked: 'Không mở được khóa bí mật của cài đặt bằng kho khóa của máy này.',
  backupFileMissing: (name: string) => `Thư mục sao lưu khóa thiếu tệp ${name}.`,
  backupMismatch: (name: string) =>
    `Tệp ${name} trong bản sao lưu không khớp với khóa bí mật; có thể đã lẫn tệp của máy khác.`,
  protectorMismatch: (stored: string, current: string) =>
    `Khóa bí mật được cất bằng ${stored}, không mở được bằng ${current}. ` +
    'Hãy mở bằng phần mềm trên máy đã tạo khóa, hoặc khôi phục từ bản sao lưu khóa.',
} as const;

/** How a clerk reads each way of protecting the secret keys at rest. */
export const PROTECTOR_LABELS = {
  'plain-file': 'tệp trong thư mục dữ liệu (chỉ tài khoản chủ máy đọc được)',
  'safe-storage': 'kho khóa của hệ điều hành',
} as const;
