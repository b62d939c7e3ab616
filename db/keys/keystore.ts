import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { keyBackupPassphraseProblem } from '../../shared/installation/passphrase';
import { AppError } from '../../shared/contract/errors';
import {
  decryptWithPassphrase,
  encryptWithPassphrase,
  generateAgeIdentity,
  identityFile,
  isAgeEncrypted,
  parseIdentityFile,
} from './age';
import { KEY_MESSAGES, PROTECTOR_LABELS } from './messages';
import {
  derivePublicKey,
  fingerprint,
  generateSigningKey,
  keyIdHex,
  parsePublicKeyFile,
  parseSecretKeyFile,
  publicKeyFile,
  secretKeyFile,
  type SigningKey,
} from './minisign';

// An installation's secret keys live in `<dataDir>/keys/` (architecture.md §5): sealed by the
// operating system in the desktop app, owner-only files for the CLI.

/** How the secret keys are sealed at rest: Electron safeStorage (desktop) or nothing (CLI). */
export interface KeyProtector {
  kind: 'plain-file' | 'safe-storage';
  protect(data: Buffer): Buffer;
  unprotect(data: Buffer): Buffer;
}

/** The CLI's protector: no transformation; secrecy rests on owner-only file permissions. */
export const plainFileProtector: KeyProtector = {
  kind: 'plain-file',
  protect: (data) => Buffer.from(data),
  unprotect: (data) => Buffer.from(data),
};

/** An installation's secret keys: the minisign signing key and the age identity. */
export interface InstallationKeys {
  signing: SigningKey;
  ageIdentity: string;
  ageRecipient: string;
}

/** The public parts of the keys, as `<dataDir>/keys/public.json` holds them. */
export interface PublicKeys {
  keyId: string;
  minisignPublicKey: string;
  ageRecipient: string;
  fingerprint: string;
}

/** File names of a key backup (cli.md, `qcdc keys export`). */
export const BACKUP_FILES = {
  minisignKey: 'minisign.key',
  ageIdentity: 'age-identity.txt',
  minisignPublicKey: 'minisign.pub',
} as const;

const KEYS_DIR = 'keys';
const SECRET_FILE = 'secret.json';
const PUBLIC_FILE = 'public.json';
const SECRET_FORMAT = 'qcdc.secret-keys/1';

interface SecretFile {
  format: typeof SECRET_FORMAT;
  protector: KeyProtector['kind'];
  data: string;
}

interface Secrets {
  keyId: string;
  signingSecretKey: string;
  signingPublicKey: string;
  ageIdentity: string;
  ageRecipient: string;
}

/** Creates a new signing key and X25519 age identity for a new installation. */
export async function createInstallationKeys(): Promise<InstallationKeys> {
  const age = await generateAgeIdentity();
  return { signing: generateSigningKey(), ageIdentity: age.identity, ageRecipient: age.recipient };
}

/** The public parts of the keys: what the card and `public.json` show. */
export function publicKeysOf(keys: InstallationKeys): PublicKeys {
  return {
    keyId: keyIdHex(keys.signing.keyId),
    minisignPublicKey: publicKeyFile(keys.signing),
    ageRecipient: keys.ageRecipient,
    fingerprint: fingerprint(keys.signing.publicKey),
  };
}

/** Whether this data folder holds an installation's secret keys. */
export function hasKeys(dataDir: string): boolean {
  return existsSync(join(dataDir, KEYS_DIR, SECRET_FILE));
}

/**
 * Writes `keys/secret.json` (sealed by the protector, mode 0600, folder 0700) and `keys/public.json`,
 * each atomically, so a power cut leaves the old file or the new one, never half of one.
 */
export function saveKeys(dataDir: string, keys: InstallationKeys, protector: KeyProtector): void {
  const dir = join(dataDir, KEYS_DIR);
  makePrivateDir(dir);
  const sealed = protector.protect(Buffer.from(JSON.stringify(secretsOf(keys)), 'utf8'));
  const file: SecretFile = { format: SECRET_FORMAT, protector: protector.kind, data: sealed.toString('base64') };
  writeFileAtomic(join(dir, SECRET_FILE), `${JSON.stringify(file, null, 2)}\n`, 0o600);
  writeFileAtomic(join(dir, PUBLIC_FILE), `${JSON.stringify(publicKeysOf(keys), null, 2)}\n`, 0o644);
}

/** Reads the installation's secret keys back; refuses keys sealed by another kind of protector. */
export function loadKeys(dataDir: string, protector: KeyProtector): InstallationKeys {
  const file = readSecretFile(join(dataDir, KEYS_DIR, SECRET_FILE));
  if (file.protector !== protector.kind) {
    throw new AppError(
      'SECURITY',
      KEY_MESSAGES.protectorMismatch(PROTECTOR_LABELS[file.protector], PROTECTOR_LABELS[protector.kind]),
    );
  }
  let plain: Buffer;
  try {
    plain = protector.unprotect(Buffer.from(file.data, 'base64'));
  } catch (cause) {
    throw withCause(new AppError('SECURITY', KEY_MESSAGES.keysLocked), cause);
  }
  return keysFromSecrets(plain);
}

/**
 * Writes a key backup: `minisign.key` (minisign's format, scrypt-encrypted with the passphrase),
 * `age-identity.txt` (an age-keygen style identity file; with a passphrase, that file encrypted to
 * age's scrypt recipient) and `minisign.pub`. All files 0600. Returns the paths written.
 */
export async function exportKeys(keys: InstallationKeys, outDir: string, passphrase?: string): Promise<string[]> {
  // First, so a short or unusable passphrase is refused before anything is written.
  const weak = passphrase === undefined ? null : keyBackupPassphraseProblem(passphrase);
  if (weak) throw new AppError('INVALID_INPUT', weak, [{ field: 'passphrase', message: weak }]);
  const minisignKey = await secretKeyFile(keys.signing, passphrase);
  const identityText = Buffer.from(identityFile({ identity: keys.ageIdentity, recipient: keys.ageRecipient }));
  const ageIdentity =
    passphrase === undefined ? identityText : Buffer.from(await encryptWithPassphrase(passphrase, identityText));
  mkdirSync(outDir, { recursive: true, mode: 0o700 });
  const files: [string, string | Buffer][] = [
    [BACKUP_FILES.minisignKey, minisignKey],
    [BACKUP_FILES.ageIdentity, ageIdentity],
    [BACKUP_FILES.minisignPublicKey, publicKeyFile(keys.signing)],
  ];
  return files.map(([name, content]) => {
    const path = join(outDir, name);
    writeFileAtomic(path, content, 0o600);
    return path;
  });
}

/** Reads a key backup written by {@link exportKeys} (or by hand with `minisign -G` and `age-keygen`). */
export async function importKeys(fromDir: string, passphrase?: string): Promise<InstallationKeys> {
  const signing = await parseSecretKeyFile(
    readBackupFile(fromDir, BACKUP_FILES.minisignKey).toString('utf8'),
    passphrase,
  );
  const age = await parseIdentityFile(await readAgeIdentityText(fromDir, passphrase));
  assertPublicKeyFileMatches(fromDir, signing);
  return { signing, ageIdentity: age.identity, ageRecipient: age.recipient };
}

async function readAgeIdentityText(fromDir: string, passphrase: string | undefined): Promise<string> {
  const bytes = readBackupFile(fromDir, BACKUP_FILES.ageIdentity);
  if (!isAgeEncrypted(bytes)) return bytes.toString('utf8');
  if (passphrase === undefined) throw new AppError('INVALID_INPUT', KEY_MESSAGES.passphraseRequired);
  return Buffer.from(await decryptWithPassphrase(passphrase, bytes)).toString('utf8');
}

// minisign.pub is optional in a backup, but one that names another key means mixed-up files.
function assertPublicKeyFileMatches(fromDir: string, signing: SigningKey): void {
  const path = join(fromDir, BACKUP_FILES.minisignPublicKey);
  if (!existsSync(path)) return;
  const stated = parsePublicKeyFile(readFileSync(path, 'utf8'));
  if (!stated.keyId.equals(signing.keyId) || !stated.publicKey.equals(signing.publicKey)) {
    throw new AppError('INVALID_INPUT', KEY_MESSAGES.backupMismatch(BACKUP_FILES.minisignPublicKey));
  }
}

function readBackupFile(fromDir: string, name: string): Buffer {
  try {
    return readFileSync(join(fromDir, name));
  } catch (cause) {
    throw withCause(new AppError('INVALID_INPUT', KEY_MESSAGES.backupFileMissing(name)), cause);
  }
}

/** The secret keys as JSON bytes (what `keys/secret.json` seals), for a backup to carry them encrypted. */
export function keysToBytes(keys: InstallationKeys): Buffer {
  return Buffer.from(JSON.stringify(secretsOf(keys)), 'utf8');
}

/** Reads keys written by {@link keysToBytes}, checking every field (a damaged copy throws SECURITY). */
export function keysFromBytes(bytes: Buffer): InstallationKeys {
  return keysFromSecrets(bytes);
}

/** The public keys of a data folder (`keys/public.json`), readable without any password; null when absent or unreadable. */
export function loadPublicKeys(dataDir: string): PublicKeys | null {
  const value = parseJson(readTextOrEmpty(join(dataDir, KEYS_DIR, PUBLIC_FILE)));
  if (!isRecord(value)) return null;
  const { keyId, minisignPublicKey, ageRecipient, fingerprint: fp } = value;
  if ([keyId, minisignPublicKey, ageRecipient, fp].some((v) => typeof v !== 'string')) return null;
  return {
    keyId: keyId as string,
    minisignPublicKey: minisignPublicKey as string,
    ageRecipient: ageRecipient as string,
    fingerprint: fp as string,
  };
}

function readTextOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function secretsOf(keys: InstallationKeys): Secrets {
  return {
    keyId: keys.signing.keyId.toString('base64'),
    signingSecretKey: keys.signing.secretKey.toString('base64'),
    signingPublicKey: keys.signing.publicKey.toString('base64'),
    ageIdentity: keys.ageIdentity,
    ageRecipient: keys.ageRecipient,
  };
}

function readSecretFile(path: string): SecretFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw withCause(new AppError('NOT_INITIALISED', KEY_MESSAGES.keysMissing), cause);
  }
  const file = parseJson(text);
  if (
    !isRecord(file) ||
    file.format !== SECRET_FORMAT ||
    (file.protector !== 'plain-file' && file.protector !== 'safe-storage') ||
    typeof file.data !== 'string'
  ) {
    throw new AppError('SECURITY', KEY_MESSAGES.keysCorrupt);
  }
  return { format: SECRET_FORMAT, protector: file.protector, data: file.data };
}

// Checks every field, and that the public key belongs to the seed, so damage shows up here and not
// as a signature the office rejects weeks later.
function keysFromSecrets(plain: Buffer): InstallationKeys {
  const s = parseJson(plain.toString('utf8'));
  const corrupt = () => new AppError('SECURITY', KEY_MESSAGES.keysCorrupt);
  if (!isRecord(s) || typeof s.ageIdentity !== 'string' || typeof s.ageRecipient !== 'string') throw corrupt();
  const keyId = bytesField(s.keyId, 8);
  const secretKey = bytesField(s.signingSecretKey, 32);
  const publicKey = bytesField(s.signingPublicKey, 32);
  if (!keyId || !secretKey || !publicKey || !derivePublicKey(secretKey).equals(publicKey)) throw corrupt();
  if (!/^AGE-SECRET-KEY-1[0-9A-Z]+$/.test(s.ageIdentity) || !/^age1[0-9a-z]+$/.test(s.ageRecipient)) throw corrupt();
  return { signing: { keyId, publicKey, secretKey }, ageIdentity: s.ageIdentity, ageRecipient: s.ageRecipient };
}

function bytesField(value: unknown, length: number): Buffer | null {
  if (typeof value !== 'string') return null;
  const bytes = Buffer.from(value, 'base64');
  return bytes.length === length && bytes.toString('base64') === value ? bytes : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Creates (or tightens) an owner-only folder. */
// mkdir's mode only applies to folders it creates (and the umask trims it); chmod makes an existing
// keys folder owner-only too. On Windows both are nearly no-ops: the user profile's ACLs apply.
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/** Writes a file atomically with the given mode (temp file, flush, rename, flush the folder). */
// Write a sibling temp file, flush it, then rename over the target: readers see the old or the new
// file, never a torn one, even after a power cut (laptops lose power, architecture.md §4).
export function writeFileAtomic(path: string, content: string | Uint8Array, mode: number): void {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const fd = openSync(temp, 'wx', mode);
    try {
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temp, mode);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncDirectory(dirname(path));
}

// Makes the rename itself durable. Windows cannot open a folder for fsync; NTFS journals the rename.
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort: the data itself is already flushed.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function withCause(error: AppError, cause: unknown): AppError {
  error.cause = cause;
  return error;
}
