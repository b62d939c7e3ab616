import { createHash, createPrivateKey, randomBytes, sign } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  fingerprint,
  generateSigningKey,
  keyIdHex,
  parsePublicKeyFile,
  parseSecretKeyFile,
  publicKeyFile,
  secretKeyFile,
  signPrehashed,
  verifySignature,
  type SigningKey,
} from '../../../db/keys/minisign';
import { KEY_MESSAGES } from '../../../db/keys/messages';
import { flipBase64Bit, run, tempFolders } from './tools';

const temp = tempFolders();
afterAll(() => temp.cleanup());

const MESSAGE = Buffer.from('{"commune":"12345","fromSeq":1,"toSeq":42}\n');
const TRUSTED = 'commune:12345\tseq:1-42\tpayload:ab12 — xã Đồng Đăng';

/** A folder holding our key's .pub, the message and our signature of it. */
function signedFolder(key: SigningKey, trusted = TRUSTED): string {
  const dir = temp.make();
  writeFileSync(join(dir, 'key.pub'), publicKeyFile(key));
  writeFileSync(join(dir, 'msg'), MESSAGE);
  writeFileSync(join(dir, 'msg.minisig'), signPrehashed(key, MESSAGE, trusted));
  return dir;
}

/** A key pair made by `minisign -G -W` (no password) in a new folder. */
function minisignKeyPair(): { dir: string; pub: string; key: string } {
  const dir = temp.make();
  const made = run('minisign', ['-G', '-W', '-p', 'a.pub', '-s', 'a.key'], { cwd: dir });
  expect(made.status).toBe(0);
  return { dir, pub: readFileSync(join(dir, 'a.pub'), 'utf8'), key: readFileSync(join(dir, 'a.key'), 'utf8') };
}

function minisignVerifies(dir: string, flags = '-Vm'): boolean {
  return run('minisign', [flags, 'msg', '-p', 'key.pub', '-x', 'msg.minisig'], { cwd: dir }).status === 0;
}

describe('minisign public keys and key ids', () => {
  it('prints the key id as minisign 0.11 does: a little-endian number, no leading zeros', () => {
    // Observed from Debian's `minisign -G`: key id bytes ad676b3e9f68830f, comment "… F83689F3E6B67AD".
    expect(keyIdHex(Buffer.from('ad676b3e9f68830f', 'hex'))).toBe('F83689F3E6B67AD');
    expect(keyIdHex(Buffer.from('0102030405060708', 'hex'))).toBe('807060504030201');
    expect(keyIdHex(Buffer.from('00000000000000ff', 'hex'))).toBe('FF00000000000000');
  });

  it('writes a .pub file byte for byte like minisign -G, and reads it back', () => {
    const { pub } = minisignKeyPair();
    const parsed = parsePublicKeyFile(pub);
    expect(pub.split('\n')[0]).toBe(`untrusted comment: minisign public key ${keyIdHex(parsed.keyId)}`);
    expect(publicKeyFile(parsed)).toBe(pub);
  });

  it('refuses malformed public keys with a clear error', () => {
    const key = generateSigningKey();
    const good = publicKeyFile(key);
    const [comment, line] = good.split('\n') as [string, string];
    const wrongAlgorithm = Buffer.concat([Buffer.from('ED'), key.keyId, key.publicKey]).toString('base64');
    const bad = [
      '',
      `${comment}\n`,
      `${comment}\n${line.slice(0, -4)}\n`,
      `${comment}\n${line.slice(0, 10)}!${line.slice(11)}\n`,
      `${comment}\n${wrongAlgorithm}\n`,
    ];
    for (const text of bad) expect(() => parsePublicKeyFile(text), text).toThrow(KEY_MESSAGES.badPublicKey);
    expect(parsePublicKeyFile(line).publicKey.equals(key.publicKey)).toBe(true);
  });

  it('gives a fingerprint of 4 groups of base32 from SHA-256 of the key', () => {
    // Independent value: Python's base64.b32encode(hashlib.sha256(bytes(32)).digest()[:10]).
    expect(fingerprint(Buffer.alloc(32))).toBe('MZUH-VLPY-MK6X-O3EP');
    const a = fingerprint(generateSigningKey().publicKey);
    expect(a).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/);
    expect(fingerprint(generateSigningKey().publicKey)).not.toBe(a);
  });
});

describe('our signatures, checked by the minisign program', () => {
  it('verify with minisign -Vm and -VHm, and with our verifier', () => {
    const key = generateSigningKey();
    const dir = signedFolder(key);
    const checked = run('minisign', ['-VHm', 'msg', '-p', 'key.pub', '-x', 'msg.minisig'], { cwd: dir });
    expect(checked.status).toBe(0);
    expect(checked.stdout.toString('utf8')).toContain(`Trusted comment: ${TRUSTED}`);
    expect(minisignVerifies(dir)).toBe(true);
    const ours = verifySignature(publicKeyFile(key), MESSAGE, readFileSync(join(dir, 'msg.minisig'), 'utf8'));
    expect(ours).toEqual({ valid: true, trustedComment: TRUSTED, keyIdMatches: true });
  });

  it('fail in minisign and in our verifier after any one-bit change', () => {
    const key = generateSigningKey();
    const sig = signPrehashed(key, MESSAGE, TRUSTED);
    const [comment, sigLine, trusted, globalLine] = sig.split('\n') as [string, string, string, string];
    const flippedMessage = Buffer.from(MESSAGE);
    flippedMessage[5] = (flippedMessage[5] ?? 0) ^ 0x01;
    const cases: { name: string; message: Buffer; sig: string }[] = [
      { name: 'message', message: flippedMessage, sig },
      {
        name: 'signature',
        message: MESSAGE,
        sig: [comment, flipBase64Bit(sigLine, 40), trusted, globalLine, ''].join('\n'),
      },
      {
        name: 'key id',
        message: MESSAGE,
        sig: [comment, flipBase64Bit(sigLine, 3), trusted, globalLine, ''].join('\n'),
      },
      {
        name: 'trusted comment',
        message: MESSAGE,
        sig: [comment, sigLine, trusted.replace('42', '43'), globalLine, ''].join('\n'),
      },
      {
        name: 'global signature',
        message: MESSAGE,
        sig: [comment, sigLine, trusted, flipBase64Bit(globalLine, 7), ''].join('\n'),
      },
    ];
    for (const c of cases) {
      const dir = signedFolder(key);
      writeFileSync(join(dir, 'msg'), c.message);
      writeFileSync(join(dir, 'msg.minisig'), c.sig);
      expect(minisignVerifies(dir, '-Vm'), c.name).toBe(false);
      expect(minisignVerifies(dir, '-VHm'), c.name).toBe(false);
      const ours = verifySignature(publicKeyFile(key), c.message, c.sig);
      expect(ours.valid, c.name).toBe(false);
      expect(ours.trustedComment, c.name).toBeNull();
      expect(ours.keyIdMatches, c.name).toBe(c.name !== 'key id');
    }
  });

  it('is still valid with Windows line endings, as minisign reads it', () => {
    const key = generateSigningKey();
    const dir = signedFolder(key);
    const crlf = readFileSync(join(dir, 'msg.minisig'), 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(join(dir, 'msg.minisig'), crlf);
    expect(minisignVerifies(dir)).toBe(true);
    expect(verifySignature(publicKeyFile(key), MESSAGE, crlf).valid).toBe(true);
  });

  it('accepts the longest comments minisign reads back and refuses longer or multi-line ones', () => {
    const key = generateSigningKey();
    const longest = 'x'.repeat(8173);
    expect(minisignVerifies(signedFolder(key, longest))).toBe(true);
    expect(() => signPrehashed(key, MESSAGE, `${longest}x`)).toThrow(KEY_MESSAGES.badComment);
    expect(() => signPrehashed(key, MESSAGE, 'line one\nline two')).toThrow(KEY_MESSAGES.badComment);
    expect(() => signPrehashed(key, MESSAGE, 'ok', 'untrusted\r')).toThrow(KEY_MESSAGES.badComment);
    const untrusted = signedFolder(key);
    writeFileSync(join(untrusted, 'msg.minisig'), signPrehashed(key, MESSAGE, 'ok', 'y'.repeat(1003)));
    expect(minisignVerifies(untrusted)).toBe(true);
    expect(() => signPrehashed(key, MESSAGE, 'ok', 'y'.repeat(1004))).toThrow(KEY_MESSAGES.badComment);
  });
});

describe("minisign's signatures and keys, read by us", () => {
  it('verifies prehashed and legacy signatures made by minisign -S', () => {
    const { dir, pub } = minisignKeyPair();
    writeFileSync(join(dir, 'msg'), MESSAGE);
    expect(run('minisign', ['-S', '-s', 'a.key', '-m', 'msg', '-t', TRUSTED], { cwd: dir }).status).toBe(0);
    expect(run('minisign', ['-S', '-l', '-s', 'a.key', '-m', 'msg', '-x', 'legacy.minisig'], { cwd: dir }).status).toBe(
      0,
    );
    const prehashed = readFileSync(join(dir, 'msg.minisig'), 'utf8');
    const legacy = readFileSync(join(dir, 'legacy.minisig'), 'utf8');
    expect(
      Buffer.from(prehashed.split('\n')[1] ?? '', 'base64')
        .subarray(0, 2)
        .toString(),
    ).toBe('ED');
    expect(
      Buffer.from(legacy.split('\n')[1] ?? '', 'base64')
        .subarray(0, 2)
        .toString(),
    ).toBe('Ed');
    expect(verifySignature(pub, MESSAGE, prehashed)).toEqual({
      valid: true,
      trustedComment: TRUSTED,
      keyIdMatches: true,
    });
    expect(verifySignature(pub, MESSAGE, legacy).valid).toBe(true);
    expect(verifySignature(pub, Buffer.from('other'), legacy).valid).toBe(false);
    const stranger = verifySignature(publicKeyFile(generateSigningKey()), MESSAGE, prehashed);
    expect(stranger).toEqual({ valid: false, trustedComment: null, keyIdMatches: false });
  });

  it('signs with a key from minisign -G -W, and minisign verifies the signature', async () => {
    const { dir, pub, key: keyText } = minisignKeyPair();
    const key = await parseSecretKeyFile(keyText);
    expect(key.publicKey.equals(parsePublicKeyFile(pub).publicKey)).toBe(true);
    writeFileSync(join(dir, 'key.pub'), pub);
    writeFileSync(join(dir, 'msg'), MESSAGE);
    writeFileSync(join(dir, 'msg.minisig'), signPrehashed(key, MESSAGE, TRUSTED));
    expect(minisignVerifies(dir, '-VHm')).toBe(true);
  });

  it('writes an unencrypted secret key that minisign -S and -R use without a password', async () => {
    const key = generateSigningKey();
    // A top byte below 0x10 makes minisign drop a leading zero from the id in r.pub's comment.
    key.keyId[7] = 0x0a;
    const dir = temp.make();
    writeFileSync(join(dir, 'k.key'), await secretKeyFile(key));
    writeFileSync(join(dir, 'msg'), MESSAGE);
    expect(run('minisign', ['-S', '-s', 'k.key', '-m', 'msg'], { cwd: dir }).status).toBe(0);
    expect(verifySignature(publicKeyFile(key), MESSAGE, readFileSync(join(dir, 'msg.minisig'), 'utf8')).valid).toBe(
      true,
    );
    expect(run('minisign', ['-R', '-s', 'k.key', '-p', 'r.pub'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'r.pub'), 'utf8')).toBe(publicKeyFile(key));
    expect(await parseSecretKeyFile(await secretKeyFile(key))).toEqual(key);
  });

  it('refuses a damaged unencrypted secret key', async () => {
    const text = await secretKeyFile(generateSigningKey());
    const [comment, line] = text.split('\n') as [string, string];
    // Byte 70 lies in the seed: the checksum (and the stored public key) no longer match.
    await expect(parseSecretKeyFile(`${comment}\n${flipBase64Bit(line, 70)}\n`)).rejects.toThrow(
      KEY_MESSAGES.badSecretKey,
    );
    // Byte 54 is the key id: only the checksum can tell.
    await expect(parseSecretKeyFile(`${comment}\n${flipBase64Bit(line, 54)}\n`)).rejects.toThrow(
      KEY_MESSAGES.badSecretKey,
    );
    await expect(parseSecretKeyFile('untrusted comment: x\nAAAA\n')).rejects.toThrow(KEY_MESSAGES.badSecretKey);
  });
});

describe('verifySignature on hostile input', () => {
  it('refuses a validly signed trusted comment with a carriage return inside, as minisign does', () => {
    const key = generateSigningKey();
    const privateKey = createPrivateKey({
      key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), key.secretKey]),
      format: 'der',
      type: 'pkcs8',
    });
    // Signed outside signPrehashed (which refuses it): minisign cuts the comment at the CR.
    const trusted = 'seq:1-42\rseq:1-99';
    const signature = sign(null, createHash('blake2b512').update(MESSAGE).digest(), privateKey);
    const global = sign(null, Buffer.concat([signature, Buffer.from(trusted)]), privateKey);
    const sig = [
      'untrusted comment: crafted',
      Buffer.concat([Buffer.from('ED'), key.keyId, signature]).toString('base64'),
      `trusted comment: ${trusted}`,
      global.toString('base64'),
      '',
    ].join('\n');
    const dir = signedFolder(key);
    writeFileSync(join(dir, 'msg.minisig'), sig);
    expect(minisignVerifies(dir)).toBe(false);
    expect(verifySignature(publicKeyFile(key), MESSAGE, sig).valid).toBe(false);
  });

  it('returns invalid and never throws', () => {
    const key = generateSigningKey();
    const pub = publicKeyFile(key);
    const sig = signPrehashed(key, MESSAGE, TRUSTED);
    const garbageSigs = [
      '',
      'untrusted comment: x',
      sig.split('\n').slice(0, 3).join('\n'),
      sig.replace('trusted comment: ', 'trusted: '),
      sig.replace('seq:', '\rseq:'),
      randomBytes(300).toString('latin1'),
      sig.replace(/^untrusted comment: .*$/m, 'comment'),
    ];
    for (const garbage of garbageSigs) {
      expect(verifySignature(pub, MESSAGE, garbage).valid).toBe(false);
    }
    for (const garbagePub of ['', 'RWQ=', randomBytes(100).toString('base64'), pub.replace('RW', 'RX')]) {
      expect(verifySignature(garbagePub, MESSAGE, sig).valid).toBe(false);
    }
    expect(verifySignature(pub, MESSAGE, sig).valid).toBe(true);
  });
});
