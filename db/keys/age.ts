import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { AppError } from '../../shared/contract/errors';
import { AsyncScryptIdentity, AsyncScryptRecipient } from './ageScrypt';
import { KEY_MESSAGES } from './messages';

// age (https://age-encryption.org/v1) through the age-encryption package. Only native X25519 keys:
// the Debian `age` 1.1 program, which must be able to open every bundle, has no post-quantum keys.

/** An age X25519 identity (`AGE-SECRET-KEY-1…`) and its recipient (`age1…`). */
export interface AgeKeyPair {
  identity: string;
  recipient: string;
}

// Bech32 data characters; 32 key bytes make 52 of them, plus a 6-character checksum.
const BECH32 = '[qpzry9x8gf2tvdw0s3jn54khce6mua7l]';
const RECIPIENT_PATTERN = new RegExp(`^age1${BECH32}{58}$`);
const IDENTITY_PATTERN = new RegExp(`^AGE-SECRET-KEY-1${BECH32.toUpperCase()}{58}$`);
const BINARY_HEADER = 'age-encryption.org/v1\n';

/** Creates a new X25519 age identity (never the post-quantum default of newer releases). */
export async function generateAgeIdentity(): Promise<AgeKeyPair> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

/** The recipient (`age1…`) of an X25519 identity. */
export async function recipientOf(identity: string): Promise<string> {
  assertIdentity(identity);
  try {
    return await identityToRecipient(identity);
  } catch (cause) {
    throw withCause(new AppError('INVALID_INPUT', KEY_MESSAGES.badAgeIdentity), cause);
  }
}

/** Encrypts `data` to every recipient, in age's binary format. */
export async function encryptTo(recipients: string[], data: Uint8Array): Promise<Uint8Array> {
  if (recipients.length === 0) throw new AppError('INVALID_INPUT', KEY_MESSAGES.noAgeRecipient);
  if (!recipients.every((r) => RECIPIENT_PATTERN.test(r))) {
    throw new AppError('INVALID_INPUT', KEY_MESSAGES.badAgeRecipient);
  }
  const encrypter = new Encrypter();
  try {
    for (const recipient of recipients) encrypter.addRecipient(recipient);
    return await encrypter.encrypt(data);
  } catch (cause) {
    // The pattern admits a string whose bech32 checksum is wrong; the library finds that here.
    throw withCause(new AppError('INVALID_INPUT', KEY_MESSAGES.badAgeRecipient), cause);
  }
}

/** Decrypts an age file with an X25519 identity. */
export async function decryptWith(identity: string, data: Uint8Array): Promise<Uint8Array> {
  assertIdentity(identity);
  const decrypter = new Decrypter();
  try {
    decrypter.addIdentity(identity);
  } catch (cause) {
    throw withCause(new AppError('INVALID_INPUT', KEY_MESSAGES.badAgeIdentity), cause);
  }
  try {
    return await decrypter.decrypt(data);
  } catch (cause) {
    throw withCause(new AppError('SECURITY', KEY_MESSAGES.ageWrongIdentity), cause);
  }
}

/** Encrypts `data` with a passphrase (age's scrypt recipient, as `age -p` does). */
export async function encryptWithPassphrase(passphrase: string, data: Uint8Array): Promise<Uint8Array> {
  if (passphrase === '') throw new AppError('INVALID_INPUT', KEY_MESSAGES.passphraseUnusable);
  const encrypter = new Encrypter();
  encrypter.addRecipient(new AsyncScryptRecipient(passphrase));
  return encrypter.encrypt(data);
}

/** Decrypts a passphrase-encrypted age file. */
export async function decryptWithPassphrase(passphrase: string, data: Uint8Array): Promise<Uint8Array> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(new AsyncScryptIdentity(passphrase));
  try {
    return await decrypter.decrypt(data);
  } catch (cause) {
    throw withCause(new AppError('SECURITY', KEY_MESSAGES.ageWrongPassphrase), cause);
  }
}

/** Whether these bytes are a binary age file rather than plain text (an identity file, say). */
export function isAgeEncrypted(data: Uint8Array): boolean {
  return Buffer.from(data.subarray(0, BINARY_HEADER.length)).toString('latin1') === BINARY_HEADER;
}

/** An identity file as `age-keygen` writes it: creation time and public key as comments, then the key. */
export function identityFile(pair: AgeKeyPair, created: Date = new Date()): string {
  assertIdentity(pair.identity);
  // age-keygen prints RFC 3339 time without fractions.
  const stamp = created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `# created: ${stamp}\n# public key: ${pair.recipient}\n${pair.identity}\n`;
}

/** The one X25519 identity of an age identity file; its `# public key:` comment, when present, must match. */
export async function parseIdentityFile(text: string): Promise<AgeKeyPair> {
  const content = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const keys = content.filter((line) => !line.startsWith('#'));
  const identity = keys[0];
  if (keys.length !== 1 || identity === undefined) throw new AppError('INVALID_INPUT', KEY_MESSAGES.badAgeIdentity);
  const recipient = await recipientOf(identity);
  const stated = content
    .find((line) => line.startsWith('# public key:'))
    ?.slice('# public key:'.length)
    .trim();
  if (stated !== undefined && stated !== recipient) {
    throw new AppError('INVALID_INPUT', KEY_MESSAGES.badAgeIdentity);
  }
  return { identity, recipient };
}

function assertIdentity(identity: string): void {
  if (!IDENTITY_PATTERN.test(identity)) throw new AppError('INVALID_INPUT', KEY_MESSAGES.badAgeIdentity);
}

// Keeps the library's own reason for the log, while the clerk sees the Vietnamese message.
function withCause(error: AppError, cause: unknown): AppError {
  error.cause = cause;
  return error;
}
