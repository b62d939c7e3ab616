import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KDF_COST, TEST_KDF_COST, acceptableCost } from '../../../db/access/kdf';
import {
  RECOVERY_AAD,
  accountAad,
  keyringFromHeader,
  keyringHeader,
  newRecoveryCode,
  normaliseRecoveryCode,
  openWithPassword,
  unwrapKey,
  wrapKey,
  type Keyring,
} from '../../../db/access/keyring';
import { plainFileProtector, type KeyProtector } from '../../../db/keys/keystore';

describe('the key ring of a protected installation', () => {
  it('wraps at full cost (scrypt 2^17, 128 MiB) without blocking the event loop', async () => {
    const key = randomBytes(32);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    try {
      const wrap = await wrapKey(key, 'hoa ban nở trắng đồi xa', accountAad('a'), DEFAULT_KDF_COST);
      expect(wrap).toMatchObject({ kdf: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
      expect((await unwrapKey(wrap, 'hoa ban nở trắng đồi xa', accountAad('a')))?.equals(key)).toBe(true);
    } finally {
      clearInterval(timer);
    }
    // The derivation ran on the thread pool: timers kept firing meanwhile.
    expect(ticks).toBeGreaterThan(2);
  }, 60_000);

  it('a wrap opens only with its password and under its own entry', async () => {
    const key = randomBytes(32);
    const wrap = await wrapKey(key, 'mật khẩu đủ dài', accountAad('lan'), TEST_KDF_COST);
    expect(await unwrapKey(wrap, 'mật khẩu khác hẳn', accountAad('lan'))).toBeNull();
    // Moved to another account's entry (a tampered key ring), it does not open.
    expect(await unwrapKey(wrap, 'mật khẩu đủ dài', accountAad('quan'))).toBeNull();
    expect(await unwrapKey(wrap, 'mật khẩu đủ dài', RECOVERY_AAD)).toBeNull();
  });

  it('finds accounts without case or diacritics, and passwords in any Unicode form', async () => {
    const key = randomBytes(32);
    const keyring: Keyring = {
      installation: { role: 'commune', code: '12345', name: 'Xã Tân Hưng' },
      accounts: [
        {
          id: 'x',
          name: 'Nguyễn Thị Lan',
          wrap: await wrapKey(key, 'hoa ban nở'.normalize('NFC'), accountAad('x'), TEST_KDF_COST),
        },
      ],
      recovery: await wrapKey(key, 'R', RECOVERY_AAD, TEST_KDF_COST),
    };
    expect((await openWithPassword(keyring, 'nguyen thi lan', 'hoa ban nở'.normalize('NFD')))?.key.equals(key)).toBe(
      true,
    );
    expect(await openWithPassword(keyring, 'Nguyễn Thị Hoa', 'hoa ban nở')).toBeNull();
  });

  it('seals the account wraps with the key protector, never the recovery wrap', async () => {
    const seal: KeyProtector = {
      kind: 'safe-storage',
      protect: (d) => Buffer.from(d.toString('base64').split('').reverse().join('')),
      unprotect: (d) => Buffer.from(d.toString().split('').reverse().join(''), 'base64'),
    };
    const key = randomBytes(32);
    const keyring: Keyring = {
      installation: { role: 'office', code: 'STP', name: 'Sở' },
      accounts: [{ id: 'a', name: 'A Quản', wrap: await wrapKey(key, 'p', accountAad('a'), TEST_KDF_COST) }],
      recovery: await wrapKey(key, 'R', RECOVERY_AAD, TEST_KDF_COST),
    };
    const stored = keyringHeader(keyring, seal);
    expect(JSON.stringify(stored)).not.toContain('A Quản');
    expect(stored.recovery).toEqual(keyring.recovery);
    expect(keyringFromHeader(stored, seal)).toEqual(keyring);
    expect(() => keyringFromHeader(stored, plainFileProtector)).toThrow();
  });

  it('recovery codes carry 120 random bits and read back from paper', () => {
    const code = newRecoveryCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}$/);
    expect(normaliseRecoveryCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code.replace(/-/g, ''));
    expect(normaliseRecoveryCode('o1l-I')).toBe('0111');
    expect(newRecoveryCode()).not.toBe(code);
  });

  it('refuses a hostile KDF cost rather than hang', () => {
    expect(acceptableCost(DEFAULT_KDF_COST)).toBe(true);
    expect(acceptableCost({ N: 2 ** 30, r: 8, p: 1 })).toBe(false);
    expect(acceptableCost({ N: 1000, r: 8, p: 1 })).toBe(false);
  });
});
