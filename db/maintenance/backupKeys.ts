import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from '../../shared/contract/errors';
import { keyBackupPassphraseProblem } from '../../shared/installation/passphrase';
import { DEFAULT_KDF_COST, acceptableCost, deriveKey, type KdfCost } from '../access/kdf';
import { keysFromBytes, keysToBytes, type InstallationKeys } from '../keys/keystore';

// The installation's secret keys travel inside its backup, so a dead laptop costs neither the
// records nor the unit's identity (issue 15). They are encrypted (AES-256-GCM) under:
// - the database key of a protected installation ("database"): whoever opens the backup's records
//   (an administrator's password, the recovery code) also gets its keys back;
// - a passphrase (scrypt, at least 12 characters) for an unprotected installation ("passphrase").

/** The encrypted keys in a backup's header. Binary fields are base64. */
export interface KeysBox {
  lock: 'database' | 'passphrase';
  /** scrypt parameters of a passphrase box. */
  kdf?: { N: number; r: number; p: number; salt: string };
  nonce: string;
  data: string;
}

const AAD = Buffer.from('qcdc.backup/2 keys', 'utf8');

function seal(key: Buffer, plain: Buffer): { nonce: string; data: string } {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(AAD);
  const data = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return { nonce: nonce.toString('base64'), data: data.toString('base64') };
}

function unseal(key: Buffer, box: KeysBox): Buffer | null {
  try {
    const data = Buffer.from(box.data, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(box.nonce, 'base64'));
    decipher.setAAD(AAD);
    decipher.setAuthTag(data.subarray(data.length - 16));
    return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]);
  } catch {
    return null;
  }
}

// A key of its own for the keys, derived from the database key: the same bytes never serve two ciphers.
function keysKeyOf(databaseKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', databaseKey, Buffer.alloc(0), AAD, 32));
}

/** The keys under a protected installation's database key. */
export function sealKeysWithDatabaseKey(keys: InstallationKeys, databaseKey: Buffer): KeysBox {
  return { lock: 'database', ...seal(keysKeyOf(databaseKey), keysToBytes(keys)) };
}

/** The keys under a passphrase (refused under the minimum length, in Vietnamese). */
export async function sealKeysWithPassphrase(
  keys: InstallationKeys,
  passphrase: string,
  cost: KdfCost = DEFAULT_KDF_COST,
): Promise<KeysBox> {
  const weak = keyBackupPassphraseProblem(passphrase);
  if (weak) throw new AppError('INVALID_INPUT', weak, [{ field: 'passphrase', message: weak }]);
  const salt = randomBytes(16);
  const key = await deriveKey(passphrase.normalize('NFC'), salt, cost);
  return { lock: 'passphrase', kdf: { ...cost, salt: salt.toString('base64') }, ...seal(key, keysToBytes(keys)) };
}

/**
 * The keys a box holds, opened with the database key or the passphrase; null when the secret given
 * is not its own (or none was given for its lock).
 */
export async function openKeysBox(
  box: KeysBox,
  secrets: { databaseKey?: Buffer | null; passphrase?: string },
): Promise<InstallationKeys | null> {
  let plain: Buffer | null = null;
  if (box.lock === 'database' && secrets.databaseKey) plain = unseal(keysKeyOf(secrets.databaseKey), box);
  if (box.lock === 'passphrase' && secrets.passphrase !== undefined && box.kdf) {
    const cost = { N: box.kdf.N, r: box.kdf.r, p: box.kdf.p };
    if (!acceptableCost(cost)) throw new AppError('SECURITY', 'Phần khóa của bản sao lưu có tham số bất thường.');
    const key = await deriveKey(secrets.passphrase.normalize('NFC'), Buffer.from(box.kdf.salt, 'base64'), cost);
    plain = unseal(key, box);
  }
  return plain ? keysFromBytes(plain) : null;
}

/** Whether a value read from a file has the shape of a {@link KeysBox}. */
export function isKeysBox(value: unknown): value is KeysBox {
  const b = value as Partial<KeysBox> | null;
  if (!b || (b.lock !== 'database' && b.lock !== 'passphrase')) return false;
  if (typeof b.nonce !== 'string' || typeof b.data !== 'string') return false;
  if (b.lock === 'passphrase') {
    const k = b.kdf;
    return !!k && [k.N, k.r, k.p].every((n) => typeof n === 'number') && typeof k.salt === 'string';
  }
  return true;
}
