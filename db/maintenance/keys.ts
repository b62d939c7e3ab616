import { AppError } from '../../shared/contract/errors';
import { requireRole } from '../installation/service';
import { getSetting, setSetting } from '../installation/settings';
import { hasKeys, loadKeys, publicKeysOf, saveKeys, type InstallationKeys, type KeyProtector } from '../keys/keystore';
import { transaction, type Sql } from '../open';

/** What {@link replaceInstallationKeys} changed. */
export interface KeyReplacement {
  keyId: string;
  fingerprint: string;
  previousKeyId: string | null;
}

/**
 * Puts restored keys in place of an initialised installation's keys (a reinstalled machine getting
 * its old identity back): the key files and the `keyId` / `fingerprint` settings change together,
 * in one transaction, so the card always names the key that actually signs.
 */
export function replaceInstallationKeys(
  sql: Sql,
  dataDir: string,
  keys: InstallationKeys,
  protector: KeyProtector,
): KeyReplacement {
  requireRole(sql);
  const pub = publicKeysOf(keys);
  const previousKeyId = getSetting(sql, 'keyId');
  transaction(sql, () => {
    setSetting(sql, 'keyId', pub.keyId);
    setSetting(sql, 'fingerprint', pub.fingerprint);
    saveKeys(dataDir, keys, protector);
  });
  return { keyId: pub.keyId, fingerprint: pub.fingerprint, previousKeyId };
}

/** Whether the key files of the data folder are present, readable and the ones the settings name. */
export function keyProblems(sql: Sql, dataDir: string, protector: KeyProtector): string[] {
  const keyId = getSetting(sql, 'keyId');
  if (!getSetting(sql, 'role')) return [];
  if (!hasKeys(dataDir))
    return ['Thư mục dữ liệu không có khóa bí mật của cài đặt (hãy khôi phục bằng qcdc keys import).'];
  try {
    const stored = publicKeysOf(loadKeys(dataDir, protector));
    if (stored.keyId !== keyId) {
      return [
        `Khóa trong thư mục dữ liệu (${stored.keyId}) khác với khóa ghi trong cơ sở dữ liệu (${keyId ?? 'không có'}). Hãy khôi phục đúng bản sao lưu khóa bằng qcdc keys import.`,
      ];
    }
    return [];
  } catch (error) {
    return [error instanceof AppError ? error.message : String(error)];
  }
}
