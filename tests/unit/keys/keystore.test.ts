import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptTo } from '../../../db/keys/age';
import {
  createInstallationKeys,
  exportKeys,
  hasKeys,
  importKeys,
  loadKeys,
  plainFileProtector,
  saveKeys,
  type InstallationKeys,
  type KeyProtector,
} from '../../../db/keys/keystore';
import { KEY_MESSAGES } from '../../../db/keys/messages';
import { fingerprint, keyIdHex, publicKeyFile } from '../../../db/keys/minisign';
import { modeOf, run, runWithTerminal, tempFolders } from './tools';

// Exports with a passphrase run minisign's real scrypt cost (1 GiB) and age's (2^18).
const SLOW = { timeout: 180_000 };
const MESSAGE = Buffer.from('manifest\n');

const temp = tempFolders();
afterAll(() => temp.cleanup());

let keys: InstallationKeys;
beforeAll(async () => {
  keys = await createInstallationKeys();
});

/** A stand-in for the desktop's safeStorage protector: reversible, but not the identity. */
const sealingProtector: KeyProtector = {
  kind: 'safe-storage',
  protect: (data) => Buffer.from(data.map((b) => b ^ 0x5a)),
  unprotect: (data) => Buffer.from(data.map((b) => b ^ 0x5a)),
};

describe('the keys of an installation in its data folder', () => {
  it('are saved owner-only and load back identical', () => {
    const dataDir = temp.make();
    expect(hasKeys(dataDir)).toBe(false);
    saveKeys(dataDir, keys, plainFileProtector);
    expect(hasKeys(dataDir)).toBe(true);
    expect(loadKeys(dataDir, plainFileProtector)).toEqual(keys);
    expect(modeOf(join(dataDir, 'keys'))).toBe(0o700);
    expect(modeOf(join(dataDir, 'keys', 'secret.json'))).toBe(0o600);
    expect(readdirSync(join(dataDir, 'keys')).sort()).toEqual(['public.json', 'secret.json']);
    const secret = JSON.parse(readFileSync(join(dataDir, 'keys', 'secret.json'), 'utf8')) as Record<string, unknown>;
    expect(secret.protector).toBe('plain-file');
  });

  it('publish their public parts in public.json', () => {
    const dataDir = temp.make();
    saveKeys(dataDir, keys, plainFileProtector);
    const published = JSON.parse(readFileSync(join(dataDir, 'keys', 'public.json'), 'utf8')) as unknown;
    expect(published).toEqual({
      keyId: keyIdHex(keys.signing.keyId),
      minisignPublicKey: publicKeyFile(keys.signing),
      ageRecipient: keys.ageRecipient,
      fingerprint: fingerprint(keys.signing.publicKey),
    });
    expect(JSON.stringify(published)).not.toContain(keys.ageIdentity);
  });

  it('are replaced whole by a second save', async () => {
    const dataDir = temp.make();
    saveKeys(dataDir, keys, plainFileProtector);
    const replacement = await createInstallationKeys();
    saveKeys(dataDir, replacement, plainFileProtector);
    expect(loadKeys(dataDir, plainFileProtector)).toEqual(replacement);
    expect(readdirSync(join(dataDir, 'keys')).sort()).toEqual(['public.json', 'secret.json']);
  });

  it('are sealed by the protector and refused by another kind of protector', () => {
    const dataDir = temp.make();
    saveKeys(dataDir, keys, sealingProtector);
    const stored = readFileSync(join(dataDir, 'keys', 'secret.json'), 'utf8');
    const inner = Buffer.from((JSON.parse(stored) as { data: string }).data, 'base64').toString('latin1');
    expect(inner).not.toContain(keys.ageIdentity);
    expect(loadKeys(dataDir, sealingProtector)).toEqual(keys);
    expect(() => loadKeys(dataDir, plainFileProtector)).toThrow('không mở được bằng');
  });

  it('are reported missing or damaged in Vietnamese', () => {
    const dataDir = temp.make();
    expect(() => loadKeys(dataDir, plainFileProtector)).toThrow(KEY_MESSAGES.keysMissing);
    saveKeys(dataDir, keys, plainFileProtector);
    const path = join(dataDir, 'keys', 'secret.json');
    const file = JSON.parse(readFileSync(path, 'utf8')) as { data: string };
    const secrets = JSON.parse(Buffer.from(file.data, 'base64').toString('utf8')) as Record<string, string>;
    // Another key's public half next to this seed: the file no longer holds one key pair.
    const other = { ...secrets, signingPublicKey: Buffer.alloc(32, 7).toString('base64') };
    writeFileSync(path, JSON.stringify({ ...file, data: Buffer.from(JSON.stringify(other)).toString('base64') }));
    expect(() => loadKeys(dataDir, plainFileProtector)).toThrow(KEY_MESSAGES.keysCorrupt);
    writeFileSync(path, '{"format":"qcdc.secret-keys/1"');
    expect(() => loadKeys(dataDir, plainFileProtector)).toThrow(KEY_MESSAGES.keysCorrupt);
  });
});

describe('key backup without a passphrase', () => {
  let dir: string;
  beforeAll(async () => {
    dir = temp.make();
    await exportKeys(keys, dir);
  });

  it('writes the three files owner-only', () => {
    expect(readdirSync(dir).sort()).toEqual(['age-identity.txt', 'minisign.key', 'minisign.pub']);
    for (const name of readdirSync(dir)) expect(modeOf(join(dir, name)), name).toBe(0o600);
    const identity = readFileSync(join(dir, 'age-identity.txt'), 'utf8').split('\n');
    expect(identity[0]).toMatch(/^# created: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(identity[1]).toBe(`# public key: ${keys.ageRecipient}`);
    expect(identity[2]).toBe(keys.ageIdentity);
  });

  it('works with the standard minisign and age programs', async () => {
    writeFileSync(join(dir, 'msg'), MESSAGE);
    expect(run('minisign', ['-S', '-s', 'minisign.key', '-m', 'msg'], { cwd: dir }).status).toBe(0);
    expect(run('minisign', ['-VHm', 'msg', '-p', 'minisign.pub'], { cwd: dir }).status).toBe(0);
    writeFileSync(join(dir, 'payload.age'), await encryptTo([keys.ageRecipient], MESSAGE));
    const decrypted = run('age', ['-d', '-i', 'age-identity.txt', 'payload.age'], { cwd: dir });
    expect(decrypted.status).toBe(0);
    expect(decrypted.stdout.equals(MESSAGE)).toBe(true);
  });

  it('imports back to the same keys', async () => {
    expect(await importKeys(dir)).toEqual(keys);
  });

  it('refuses a backup whose minisign.pub belongs to another key', async () => {
    const mixed = temp.make();
    await exportKeys(keys, mixed);
    const other = await createInstallationKeys();
    writeFileSync(join(mixed, 'minisign.pub'), publicKeyFile(other.signing));
    await expect(importKeys(mixed)).rejects.toThrow(KEY_MESSAGES.backupMismatch('minisign.pub'));
  });

  it('names a missing file', async () => {
    await expect(importKeys(temp.make())).rejects.toThrow(KEY_MESSAGES.backupFileMissing('minisign.key'));
  });
});

describe('key backup with a passphrase', () => {
  const passphrase = 'Sổ hòa giải — bản sao lưu 2025';
  let dir: string;
  beforeAll(async () => {
    dir = temp.make();
    await exportKeys(keys, dir, passphrase);
  }, 180_000);

  it('encrypts both secret files', () => {
    expect(readFileSync(join(dir, 'age-identity.txt')).subarray(0, 22).toString('latin1')).toBe(
      'age-encryption.org/v1\n',
    );
    expect(readFileSync(join(dir, 'age-identity.txt'), 'latin1')).not.toContain('AGE-SECRET-KEY-1');
    const minisignKey = readFileSync(join(dir, 'minisign.key'), 'utf8');
    expect(
      Buffer.from(minisignKey.split('\n')[1] ?? '', 'base64')
        .subarray(2, 4)
        .toString('latin1'),
    ).toBe('Sc');
    for (const name of readdirSync(dir)) expect(modeOf(join(dir, name)), name).toBe(0o600);
  });

  it('imports back to the same keys with the passphrase', SLOW, async () => {
    expect(await importKeys(dir, passphrase)).toEqual(keys);
  });

  it('refuses a wrong passphrase, and asks for one when none is given', SLOW, async () => {
    await expect(importKeys(dir, 'không phải mật khẩu')).rejects.toThrow('Mật khẩu không đúng hoặc tệp khóa bị hỏng.');
    await expect(importKeys(dir)).rejects.toThrow(KEY_MESSAGES.passphraseRequired);
  });

  it('asks for the passphrase of an encrypted age identity even next to a plain minisign key', async () => {
    const mixed = temp.make();
    await exportKeys(keys, mixed);
    writeFileSync(join(mixed, 'age-identity.txt'), readFileSync(join(dir, 'age-identity.txt')));
    await expect(importKeys(mixed)).rejects.toThrow(KEY_MESSAGES.passphraseRequired);
  });

  it('gives an age identity file that age -d -i opens with the passphrase', () => {
    const probe = temp.make();
    writeFileSync(join(probe, 'age-identity.txt'), readFileSync(join(dir, 'age-identity.txt')));
    const encrypted = run('age', ['-r', keys.ageRecipient, '-o', 'payload.age'], { cwd: probe, input: MESSAGE });
    expect(encrypted.status).toBe(0);
    const opened = runWithTerminal('age -d -i age-identity.txt -o out.txt payload.age', probe, `${passphrase}\n`);
    expect(opened.status).toBe(0);
    expect(readFileSync(join(probe, 'out.txt')).equals(MESSAGE)).toBe(true);
  }, 120_000);
});
