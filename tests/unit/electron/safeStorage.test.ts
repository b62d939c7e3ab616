import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSafeStorageProtector } from '../../../electron/main/safeStorage';
import { electron, resetElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

beforeEach(resetElectron);

describe('createSafeStorageProtector', () => {
  it('is the safe-storage kind', () => {
    expect(createSafeStorageProtector().kind).toBe('safe-storage');
  });

  it('seals arbitrary key bytes through safeStorage and opens them back unchanged', () => {
    const protector = createSafeStorageProtector();
    const secret = Buffer.concat([Buffer.from([0, 0xff, 0xfe, 0x80]), randomBytes(64)]);
    const sealed = protector.protect(secret);
    expect(electron.safeStorage.encryptString).toHaveBeenCalledWith(secret.toString('base64'));
    expect(sealed.includes(secret)).toBe(false);
    expect(protector.unprotect(sealed).equals(secret)).toBe(true);
    expect(electron.safeStorage.decryptString).toHaveBeenCalledWith(sealed);
  });

  it('refuses, in Vietnamese, to protect or open keys when the OS cannot encrypt', () => {
    electron.safeStorage.isEncryptionAvailable.mockImplementation(() => false);
    const protector = createSafeStorageProtector();
    expect(() => protector.protect(Buffer.from('khóa bí mật'))).toThrow(/mã hóa khóa bí mật/);
    expect(() => protector.unprotect(Buffer.from('sealed:AAAA'))).toThrow(/kho khóa an toàn/);
    expect(electron.safeStorage.encryptString).not.toHaveBeenCalled();
    expect(electron.safeStorage.decryptString).not.toHaveBeenCalled();
  });
});
