import { AppError } from '../../shared/contract/errors';
import { plainFileProtector } from '../keys/keystore';
import { openCopy } from '../maintenance/copy';
import { readContainerHeader } from '../maintenance/container';
import { findAccount } from './accounts';
import type { AccessGate } from './gate';
import { keyringFromHeader, keyringHeader, openWithPassword, type Keyring } from './keyring';

/**
 * The header of a protected installation's backup: its key ring with the account wraps unsealed
 * (a backup opens on another machine, with a password or the recovery code, never with the
 * operating system's seal of this one).
 */
export function backupHeader(gate: AccessGate): unknown {
  return keyringHeader(gate.keyring(), plainFileProtector);
}

/** What opens a protected backup: its key ring, the database key, and where its database starts. */
export interface OpenedBackup {
  keyring: Keyring;
  key: Buffer;
  offset: number;
}

/** The key ring of a protected backup file, or null when the file is not one. */
export function backupKeyring(file: string): { keyring: Keyring; offset: number } | null {
  const container = readContainerHeader(file);
  if (!container) return null;
  if (container.offset < 0) throw new AppError('INVALID_INPUT', 'Tệp sao lưu bị cắt cụt (thiếu phần đầu).');
  return { keyring: keyringFromHeader(container.header, plainFileProtector), offset: container.offset };
}

/** Opens the key of a protected backup with an account's password; null when they do not open it. */
export async function openBackupKey(
  keyring: Keyring,
  user: string,
  password: string,
): Promise<{ id: string; key: Buffer } | null> {
  return openWithPassword(keyring, user, password);
}

/**
 * Checks, inside the backup's own (extracted) database, that the account is an active
 * administrator of it: restoring replaces the whole installation.
 */
export function assertBackupAdmin(databaseFile: string, key: Buffer, accountId: string): void {
  const copy = openCopy(databaseFile, key);
  try {
    const account = findAccount(copy, accountId);
    if (!account || account.disabled || account.role !== 'quan_tri') {
      throw new AppError('FORBIDDEN', 'Chỉ quản trị viên của bản sao lưu mới khôi phục được bản sao lưu được bảo vệ.');
    }
  } finally {
    copy.raw.close();
  }
}
