// The rule for the passphrase that protects a key backup (issue 16), shared by the CLI, the core
// and any screen that asks for one, so all say the same. Pure: no Node, no zod.

/**
 * Fewest characters of a key-backup passphrase. The backup is a file that can be copied and
 * attacked offline at leisure; scrypt slows each guess, but a short passphrase still falls.
 * Twelve characters admit a short sentence a clerk remembers ("Đồng Đăng mùa lúa 2026").
 */
export const KEY_BACKUP_PASSPHRASE_MIN = 12;

/** Why a passphrase cannot protect a key backup (Vietnamese), or null when it can. */
export function keyBackupPassphraseProblem(passphrase: string): string | null {
  const characters = [...passphrase.normalize('NFC')].length;
  if (characters < KEY_BACKUP_PASSPHRASE_MIN) {
    return (
      `Mật khẩu bảo vệ bản sao lưu khóa phải có ít nhất ${KEY_BACKUP_PASSPHRASE_MIN} ký tự ` +
      `(mật khẩu đã nhập có ${characters}). Nên dùng một câu ngắn dễ nhớ, ví dụ "Đồng Đăng mùa lúa 2026".`
    );
  }
  return null;
}
