import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  decryptWith,
  decryptWithPassphrase,
  encryptTo,
  encryptWithPassphrase,
  generateAgeIdentity,
  identityFile,
  isAgeEncrypted,
  parseIdentityFile,
} from '../../../db/keys/age';
import { KEY_MESSAGES } from '../../../db/keys/messages';
import { run, runWithTerminal, tempFolders } from './tools';

const temp = tempFolders();
afterAll(() => temp.cleanup());

const PAYLOAD = Buffer.from('{"entity":"mediationCase","seq":1}\n'.repeat(2000) + 'Hòa giải ở cơ sở\n');

describe('age identities', () => {
  it('are native X25519, never post-quantum', async () => {
    const pair = await generateAgeIdentity();
    expect(pair.identity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]{58}$/);
    expect(pair.recipient).toMatch(/^age1[0-9a-z]{58}$/);
    expect((await generateAgeIdentity()).identity).not.toBe(pair.identity);
  });

  it('read an age-keygen identity file and find the same recipient as age-keygen -y', async () => {
    const dir = temp.make();
    expect(run('age-keygen', ['-o', 'id.txt'], { cwd: dir }).status).toBe(0);
    const text = readFileSync(join(dir, 'id.txt'), 'utf8');
    const expected = run('age-keygen', ['-y', 'id.txt'], { cwd: dir }).stdout.toString('utf8').trim();
    expect((await parseIdentityFile(text)).recipient).toBe(expected);
  });

  it('refuse an identity file whose public key comment names another key', async () => {
    const a = await generateAgeIdentity();
    const b = await generateAgeIdentity();
    await expect(parseIdentityFile(identityFile({ identity: a.identity, recipient: b.recipient }))).rejects.toThrow(
      KEY_MESSAGES.badAgeIdentity,
    );
    await expect(parseIdentityFile('# nothing here\n')).rejects.toThrow(KEY_MESSAGES.badAgeIdentity);
  });
});

describe('encryption to recipients, checked by the age program', () => {
  it('age -d -i decrypts what we encrypt, for each recipient', async () => {
    const office = await generateAgeIdentity();
    const commune = await generateAgeIdentity();
    const dir = temp.make();
    writeFileSync(join(dir, 'office.key'), identityFile(office));
    writeFileSync(join(dir, 'commune.key'), identityFile(commune));
    const encrypted = await encryptTo([office.recipient, commune.recipient], PAYLOAD);
    expect(isAgeEncrypted(encrypted)).toBe(true);
    writeFileSync(join(dir, 'payload.age'), encrypted);
    for (const keyFile of ['office.key', 'commune.key']) {
      const out = run('age', ['-d', '-i', keyFile, 'payload.age'], { cwd: dir });
      expect(out.status, keyFile).toBe(0);
      expect(out.stdout.equals(PAYLOAD), keyFile).toBe(true);
    }
    writeFileSync(join(dir, 'stranger.key'), identityFile(await generateAgeIdentity()));
    expect(run('age', ['-d', '-i', 'stranger.key', 'payload.age'], { cwd: dir }).status).not.toBe(0);
  });

  it('decryptWith opens what age -r encrypts, and refuses another identity in Vietnamese', async () => {
    const pair = await generateAgeIdentity();
    const encrypted = run('age', ['-r', pair.recipient], { input: PAYLOAD });
    expect(encrypted.status).toBe(0);
    expect(Buffer.from(await decryptWith(pair.identity, encrypted.stdout)).equals(PAYLOAD)).toBe(true);
    const stranger = await generateAgeIdentity();
    await expect(decryptWith(stranger.identity, encrypted.stdout)).rejects.toThrow(KEY_MESSAGES.ageWrongIdentity);
    const truncated = encrypted.stdout.subarray(0, encrypted.stdout.length - 10);
    await expect(decryptWith(pair.identity, truncated)).rejects.toThrow(KEY_MESSAGES.ageWrongIdentity);
  });

  it('refuses recipients age could not use', async () => {
    await expect(encryptTo([], PAYLOAD)).rejects.toThrow(KEY_MESSAGES.noAgeRecipient);
    const { recipient } = await generateAgeIdentity();
    const badChecksum = `${recipient.slice(0, -1)}${recipient.endsWith('q') ? 'p' : 'q'}`;
    for (const bad of ['age1', 'ssh-ed25519 AAAA', badChecksum]) {
      await expect(encryptTo([bad], PAYLOAD), bad).rejects.toThrow(KEY_MESSAGES.badAgeRecipient);
    }
  });
});

describe('encryption with a passphrase (age scrypt recipient)', () => {
  it('round-trips, and a wrong passphrase is refused in Vietnamese', async () => {
    const encrypted = await encryptWithPassphrase('mật khẩu dài', PAYLOAD);
    expect(isAgeEncrypted(encrypted)).toBe(true);
    expect(Buffer.from(await decryptWithPassphrase('mật khẩu dài', encrypted)).equals(PAYLOAD)).toBe(true);
    await expect(decryptWithPassphrase('mật khẩu sai', encrypted)).rejects.toThrow(KEY_MESSAGES.ageWrongPassphrase);
  }, 120_000);

  it('interoperates with age -p / age -d (passphrase typed into a terminal)', async () => {
    const dir = temp.make();
    writeFileSync(join(dir, 'ours.age'), await encryptWithPassphrase('cổng làng', PAYLOAD));
    const decrypted = runWithTerminal('age -d -o ours.txt ours.age', dir, 'cổng làng\n');
    expect(decrypted.status).toBe(0);
    expect(readFileSync(join(dir, 'ours.txt')).equals(PAYLOAD)).toBe(true);
    writeFileSync(join(dir, 'plain.txt'), PAYLOAD);
    expect(runWithTerminal('age -p -o theirs.age plain.txt', dir, 'cổng làng\ncổng làng\n').status).toBe(0);
    const theirs = readFileSync(join(dir, 'theirs.age'));
    expect(Buffer.from(await decryptWithPassphrase('cổng làng', theirs)).equals(PAYLOAD)).toBe(true);
  }, 120_000);

  it('tells an encrypted file from a plain identity file', async () => {
    const pair = await generateAgeIdentity();
    expect(isAgeEncrypted(Buffer.from(identityFile(pair)))).toBe(false);
    expect(isAgeEncrypted(Buffer.from('age-encryption.org/v2\n'))).toBe(false);
    expect(isAgeEncrypted(await encryptTo([pair.recipient], Buffer.from('x')))).toBe(true);
  });
});
