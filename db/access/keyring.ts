import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import { normalisePassword } from '../../shared/auth/password';
import { foldText } from '../../shared/util/fold';
import { makePrivateDir, writeFileAtomic, type KeyProtector } from '../keys/keystore';
import { deriveKey, type KdfCost } from './kdf';

// The key ring of a protected installation (`keys/access.json`): the random database key, wrapped
// (AES-256-GCM) once per account by a key derived from its password (scrypt), and once by the
// recovery code. It is the only thing readable before sign-in. The account wraps are sealed by the
// key protector too (Electron safeStorage, DPAPI on Windows, in the desktop app), which binds them
// to the user profile; the recovery wrap is not, so a backup or a copied folder still opens with
// the code on another machine. Every wrap names what it belongs to in its associated data, so a
// wrap moved to another entry does not open.

/** First field of the key ring and of a protected backup's header. */
export const KEYRING_FORMAT = 'qcdc.access/1';

/** One wrap of the database key. Binary fields are base64. */
export interface Wrap {
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  nonce: string;
  data: string;
}

/** An account's wrap; the account's role lives in the encrypted database, under the same id. */
export interface KeyEntry {
  id: string;
  name: string;
  wrap: Wrap;
}

/** The unit, shown on the sign-in screen. */
export interface KeyringInstallation {
  role: 'commune' | 'office';
  code: string;
  name: string;
}

/** A key ring in memory. */
export interface Keyring {
  installation: KeyringInstallation;
  accounts: KeyEntry[];
  recovery: Wrap;
}

interface KeyringFile {
  format: typeof KEYRING_FORMAT;
  installation: KeyringInstallation;
  protector: KeyProtector['kind'];
  accounts: string;
  recovery: Wrap;
}

/** Where the key ring of a data folder lives. */
export function keyringPath(dataDir: string): string {
  return join(dataDir, 'keys', 'access.json');
}

/** Whether a data folder holds a protected installation. */
export function isProtected(dataDir: string): boolean {
  return existsSync(keyringPath(dataDir));
}

const corrupt = () => new AppError('SECURITY', 'Tệp khóa truy cập (keys/access.json) bị hỏng hoặc bị sửa.');

/** Reads the key ring, unsealing the account wraps with the protector they were sealed with. */
export function readKeyring(dataDir: string, protector: KeyProtector): Keyring {
  let file: unknown;
  try {
    file = JSON.parse(readFileSync(keyringPath(dataDir), 'utf8')) as unknown;
  } catch {
    throw corrupt();
  }
  return keyringFromHeader(file, protector);
}

/** Writes the key ring atomically (owner-only). */
export function writeKeyring(dataDir: string, keyring: Keyring, protector: KeyProtector): void {
  makePrivateDir(join(dataDir, 'keys'));
  writeFileAtomic(keyringPath(dataDir), `${JSON.stringify(keyringHeader(keyring, protector), null, 2)}\n`, 0o600);
}

/**
 * The key ring as stored: in the data folder (account wraps sealed by its protector), or in a
 * backup's header (with the plain protector: a backup must open on another machine).
 */
export function keyringHeader(keyring: Keyring, protector: KeyProtector): KeyringFile {
  const sealed = protector.protect(Buffer.from(JSON.stringify(keyring.accounts), 'utf8'));
  return {
    format: KEYRING_FORMAT,
    installation: keyring.installation,
    protector: protector.kind,
    accounts: sealed.toString('base64'),
    recovery: keyring.recovery,
  };
}

/** Reads a stored key ring (a file's or a backup header's), checking its shape. */
export function keyringFromHeader(value: unknown, protector: KeyProtector): Keyring {
  const f = value as Partial<KeyringFile> | null;
  if (!f || f.format !== KEYRING_FORMAT || typeof f.accounts !== 'string' || !isWrap(f.recovery)) throw corrupt();
  const inst = f.installation;
  if (!inst || (inst.role !== 'commune' && inst.role !== 'office') || typeof inst.code !== 'string') throw corrupt();
  if (f.protector !== protector.kind) {
    throw new AppError(
      'SECURITY',
      'Tệp khóa truy cập được bảo vệ theo cách khác với chương trình đang mở nó (phần mềm trên máy tính hay lệnh qcdc).',
    );
  }
  let accounts: unknown;
  try {
    accounts = JSON.parse(protector.unprotect(Buffer.from(f.accounts, 'base64')).toString('utf8')) as unknown;
  } catch {
    throw corrupt();
  }
  if (!Array.isArray(accounts) || !accounts.every(isEntry)) throw corrupt();
  return {
    installation: { role: inst.role, code: inst.code, name: String(inst.name ?? '') },
    accounts,
    recovery: f.recovery,
  };
}

function isWrap(w: unknown): w is Wrap {
  const x = w as Partial<Wrap> | null;
  return (
    !!x &&
    x.kdf === 'scrypt' &&
    [x.N, x.r, x.p].every((n) => typeof n === 'number') &&
    [x.salt, x.nonce, x.data].every((s) => typeof s === 'string')
  );
}

function isEntry(e: unknown): e is KeyEntry {
  const x = e as Partial<KeyEntry> | null;
  return !!x && typeof x.id === 'string' && typeof x.name === 'string' && isWrap(x.wrap);
}

/** The associated data of an account's wrap. */
export function accountAad(id: string): string {
  return `${KEYRING_FORMAT} account ${id}`;
}
/** The associated data of the recovery wrap. */
export const RECOVERY_AAD = `${KEYRING_FORMAT} recovery`;

/** Wraps the database key with a secret (password or recovery code). */
export async function wrapKey(key: Buffer, secret: string, aad: string, cost: KdfCost): Promise<Wrap> {
  const salt = randomBytes(16);
  const kek = await deriveKey(secret, salt, cost);
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, nonce);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = Buffer.concat([cipher.update(key), cipher.final(), cipher.getAuthTag()]);
  return {
    kdf: 'scrypt',
    ...cost,
    salt: salt.toString('base64'),
    nonce: nonce.toString('base64'),
    data: data.toString('base64'),
  };
}

/** The database key a wrap holds, or null when the secret (or the associated data) is not its own. */
export async function unwrapKey(wrap: Wrap, secret: string, aad: string): Promise<Buffer | null> {
  let kek: Buffer;
  try {
    kek = await deriveKey(secret, Buffer.from(wrap.salt, 'base64'), { N: wrap.N, r: wrap.r, p: wrap.p });
  } catch {
    throw corrupt();
  }
  try {
    const data = Buffer.from(wrap.data, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.nonce, 'base64'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(data.subarray(data.length - 16));
    return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]);
  } catch {
    return null;
  }
}

/** The key ring entry of a name (compared without case or diacritics). */
export function entryByName(keyring: Keyring, name: string): KeyEntry | undefined {
  const folded = foldText(name);
  return keyring.accounts.find((a) => foldText(a.name) === folded);
}

/** The account id and database key a name and password open, or null. */
export async function openWithPassword(
  keyring: Keyring,
  name: string,
  password: string,
): Promise<{ id: string; key: Buffer } | null> {
  const entry = entryByName(keyring, name);
  if (!entry) return null;
  const key = await unwrapKey(entry.wrap, normalisePassword(password), accountAad(entry.id));
  return key ? { id: entry.id, key } : null;
}

// Crockford's base32: no I, L, O or U, so a code read off paper is typed back without doubt.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_SYMBOLS = 24;

/** A new recovery code: 120 random bits as six groups of four (e.g. `7KQ2-…`). */
export function newRecoveryCode(): string {
  const bytes = randomBytes(CODE_SYMBOLS);
  const symbols = [...bytes].map((b) => CODE_ALPHABET[b & 31]!);
  const groups: string[] = [];
  for (let i = 0; i < CODE_SYMBOLS; i += 4) groups.push(symbols.slice(i, i + 4).join(''));
  return groups.join('-');
}

/** A recovery code as typed: case, spaces and dashes ignored; O read as 0, I and L as 1. */
export function normaliseRecoveryCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
