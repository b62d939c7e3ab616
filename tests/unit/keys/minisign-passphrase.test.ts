import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_MESSAGES } from '../../../db/keys/messages';
import {
  generateSigningKey,
  parsePublicKeyFile,
  parseSecretKeyFile,
  publicKeyFile,
  secretKeyFile,
  verifySignature,
  type SigningKey,
} from '../../../db/keys/minisign';
import { run, tempFolders } from './tools';

// Every scrypt here costs minisign's real default (1 GiB, several seconds, more on a busy
// machine): hence the timeouts, and as few of them as the interop checks need.
const SLOW = { timeout: 120_000 };
const PASSPHRASE = 'Cây đa, giếng nước, sân đình 2025!';
const MESSAGE = Buffer.from('manifest bytes\n');

const temp = tempFolders();
afterAll(() => temp.cleanup());

let key: SigningKey;
let encrypted: string;
beforeAll(async () => {
  key = generateSigningKey();
  encrypted = await secretKeyFile(key, PASSPHRASE);
}, 120_000);

describe('passphrase-encrypted minisign secret keys', () => {
  it("are written in minisign's scrypt format with its default cost", () => {
    const struct = Buffer.from(encrypted.split('\n')[1] ?? '', 'base64');
    expect(encrypted.split('\n')[0]).toBe('untrusted comment: minisign encrypted secret key');
    expect(struct.subarray(0, 6).toString('latin1')).toBe('EdScB2');
    expect(struct.readBigUInt64LE(38)).toBe(33554432n);
    expect(struct.readBigUInt64LE(46)).toBe(1073741824n);
    // The key id is encrypted too: it must not appear in clear.
    expect(struct.includes(key.keyId)).toBe(false);
  });

  it('open in minisign -S with the password on stdin', SLOW, () => {
    const dir = temp.make();
    writeFileSync(join(dir, 'k.key'), encrypted);
    writeFileSync(join(dir, 'msg'), MESSAGE);
    const signed = run('minisign', ['-S', '-s', 'k.key', '-m', 'msg'], { cwd: dir, input: `${PASSPHRASE}\n` });
    expect(signed.status).toBe(0);
    const sig = readFileSync(join(dir, 'msg.minisig'), 'utf8');
    expect(verifySignature(publicKeyFile(key), MESSAGE, sig).valid).toBe(true);
  });

  // The right passphrase is exercised by the keystore's export/import round trip.
  it('are refused in Vietnamese with a wrong passphrase', SLOW, async () => {
    await expect(parseSecretKeyFile(encrypted, 'sai mật khẩu')).rejects.toThrow(
      'Mật khẩu không đúng hoặc tệp khóa bị hỏng.',
    );
  });

  it('ask for the passphrase when none is given', async () => {
    await expect(parseSecretKeyFile(encrypted)).rejects.toThrow(KEY_MESSAGES.passphraseRequired);
  });

  it('can be read when minisign itself encrypted them', SLOW, async () => {
    const dir = temp.make();
    const made = run('minisign', ['-G', '-p', 'a.pub', '-s', 'a.key'], { cwd: dir, input: 'mk-tạm\nmk-tạm\n' });
    expect(made.status).toBe(0);
    const parsed = await parseSecretKeyFile(readFileSync(join(dir, 'a.key'), 'utf8'), 'mk-tạm');
    const pub = parsePublicKeyFile(readFileSync(join(dir, 'a.pub'), 'utf8'));
    expect(parsed.keyId.equals(pub.keyId)).toBe(true);
    expect(parsed.publicKey.equals(pub.publicKey)).toBe(true);
  });

  it('refuse passphrases minisign could not read from one line', async () => {
    for (const bad of ['', 'two\nlines', 'x'.repeat(1023)]) {
      await expect(secretKeyFile(key, bad)).rejects.toThrow(KEY_MESSAGES.passphraseUnusable);
    }
  });
});
