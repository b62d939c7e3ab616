import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Stanza, type Identity, type Recipient } from 'age-encryption';
import { deriveKey } from '../access/kdf';

// age's scrypt recipient (age-encryption.org/v1, "scrypt" stanza), with the KDF run by node's
// asynchronous scrypt on the thread pool: age-encryption's own runs in JavaScript on the calling
// thread and would freeze the desktop window for seconds. The file format is age's, written and
// read by the age-encryption package; only the key derivation is done here.

const LABEL = 'age-encryption.org/v1/scrypt';
/** age's default work factor (`age -p`): N = 2^18. */
export const AGE_SCRYPT_LOG_N = 18;
// age refuses more than 2^20 when decrypting; so do we (and a hostile file cannot pin the CPU).
const MAX_LOG_N = 20;

function base64NoPad(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/=+$/, '');
}

function wrapKey(passphrase: string, salt: Buffer, logN: number): Promise<Buffer> {
  const labelAndSalt = Buffer.concat([Buffer.from(LABEL, 'ascii'), salt]);
  return deriveKey(passphrase, labelAndSalt, { N: 2 ** logN, r: 8, p: 1 });
}

/** A passphrase recipient whose scrypt does not block the event loop. */
export class AsyncScryptRecipient implements Recipient {
  constructor(
    private readonly passphrase: string,
    private readonly logN: number = AGE_SCRYPT_LOG_N,
  ) {}

  async wrapFileKey(fileKey: Uint8Array): Promise<Stanza[]> {
    const salt = randomBytes(16);
    const key = await wrapKey(this.passphrase, salt, this.logN);
    const cipher = createCipheriv('chacha20-poly1305', key, Buffer.alloc(12), { authTagLength: 16 });
    const body = Buffer.concat([cipher.update(fileKey), cipher.final(), cipher.getAuthTag()]);
    return [new Stanza(['scrypt', base64NoPad(salt), String(this.logN)], body)];
  }
}

/** The matching identity: opens a scrypt stanza with the passphrase, off the event loop. */
export class AsyncScryptIdentity implements Identity {
  constructor(private readonly passphrase: string) {}

  async unwrapFileKey(stanzas: Stanza[]): Promise<Uint8Array | null> {
    for (const s of stanzas) {
      if (s.args[0] !== 'scrypt') continue;
      // As age requires: a scrypt stanza is the only one, salt 16 bytes, a sane work factor.
      if (stanzas.length !== 1 || s.args.length !== 3 || !/^[1-9][0-9]*$/.test(s.args[2]!)) {
        throw new Error('invalid scrypt stanza');
      }
      const salt = Buffer.from(s.args[1]!, 'base64');
      const logN = Number(s.args[2]);
      if (salt.length !== 16 || logN > MAX_LOG_N || s.body.length !== 32) throw new Error('invalid scrypt stanza');
      const key = await wrapKey(this.passphrase, salt, logN);
      try {
        const decipher = createDecipheriv('chacha20-poly1305', key, Buffer.alloc(12), { authTagLength: 16 });
        decipher.setAuthTag(Buffer.from(s.body.subarray(16)));
        return Buffer.concat([decipher.update(s.body.subarray(0, 16)), decipher.final()]);
      } catch {
        return null;
      }
    }
    return null;
  }
}
