/** The shortest password accepted: a passphrase of a few words, no forced symbols or digits. */
export const MIN_PASSWORD_LENGTH = 10;
/** The longest password accepted. */
export const MAX_PASSWORD_LENGTH = 200;

// Passwords people pick first; rejected whatever their length (folded, spaces removed).
const COMMON = [
  '1234567890',
  '12345678910',
  '0123456789',
  'matkhau123',
  'matkhaumoi',
  'qwertyuiop',
  'abcdefghij',
  'password123',
  'admin12345',
  'quantri123',
  'vietnam123',
  'iloveyou123',
];

/** Passwords are compared as Unicode NFC text, so a password typed with another input method still opens. */
export function normalisePassword(password: string): string {
  return password.normalize('NFC');
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, '');
}

/**
 * Why a new password is refused (Vietnamese), or null when it is fine. Rules that suit clerks
 * (NIST SP 800-63B): a minimum length, no composition rules, no common or repeated passwords, not
 * the account's own name. A sentence of a few words is the advice.
 */
export function passwordIssue(password: string, accountName = ''): string | null {
  const p = normalisePassword(password);
  const length = [...p].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự. Nên dùng một câu ngắn dễ nhớ, ví dụ "hoa ban nở trên đồi", không cần ký tự đặc biệt.`;
  }
  if (length > MAX_PASSWORD_LENGTH) return `Mật khẩu dài quá ${MAX_PASSWORD_LENGTH} ký tự.`;
  const folded = fold(p);
  if (new Set(folded).size < 4) return 'Mật khẩu lặp lại quá ít ký tự khác nhau; hãy dùng một câu dễ nhớ.';
  if (COMMON.some((c) => folded.includes(c))) return 'Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn câu khác.';
  const name = fold(accountName);
  if (name.length >= 3 && folded.includes(name)) return 'Mật khẩu không được chứa tên tài khoản.';
  return null;
}
