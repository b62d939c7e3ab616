import { safeStorage } from 'electron';
import type { KeyProtector } from '../../db/keys/keystore';
import { MAIN_MESSAGES as M } from './messages';

/**
 * The desktop key protector: secret keys are sealed by the operating system (DPAPI on Windows)
 * through Electron's safeStorage. It refuses to work rather than fall back to plain storage.
 */
export function createSafeStorageProtector(): KeyProtector {
  return {
    kind: 'safe-storage',
    protect(data: Buffer): Buffer {
      requireEncryption();
      // safeStorage seals strings; base64 carries arbitrary key bytes through it unchanged.
      return safeStorage.encryptString(data.toString('base64'));
    },
    unprotect(data: Buffer): Buffer {
      requireEncryption();
      return Buffer.from(safeStorage.decryptString(data), 'base64');
    },
  };
}

function requireEncryption(): void {
  if (!safeStorage.isEncryptionAvailable()) throw new Error(M.safeStorageUnavailable);
}
