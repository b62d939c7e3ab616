import {
  createHash,
  createPrivateKey,
  createPublicKey,
  randomBytes,
  scrypt,
  sign,
  timingSafeEqual,
  verify,
  type KeyObject,
} from 'node:crypto';
import { AppError } from '../../shared/contract/errors';
import { blake2b } from './blake2b';
import { KEY_MESSAGES } from './messages';

// The minisign formats (https://jedisct1.github.io/minisign/), written on node:crypto so that the
// Debian `minisign` program can check everything this application signs, and the reverse.

/** An Ed25519 signing key with its minisign key id. */
export interface SigningKey {
  /** 8 random bytes naming the key; minisign prints them as a little-endian number. */
  keyId: Buffer;
  /** The raw 32-byte Ed25519 public key. */
  publicKey: Buffer;
  /** The 32-byte Ed25519 seed. */
  secretKey: Buffer;
}

/** The public half of a {@link SigningKey}: what a minisign `.pub` file carries. */
export type MinisignPublicKey = Pick<SigningKey, 'keyId' | 'publicKey'>;

/** What {@link verifySignature} found. */
export interface SignatureCheck {
  valid: boolean;
  /** The trusted comment, only when the whole signature is valid (before that it is not trusted). */
  trustedComment: string | null;
  keyIdMatches: boolean;
}

const ALG_ED25519 = Buffer.from('Ed'); // keys, and legacy signatures over the raw message
const ALG_PREHASHED = Buffer.from('ED'); // signatures over BLAKE2b-512(message)
const KDF_SCRYPT = Buffer.from('Sc');
const KDF_NONE = Buffer.from([0, 0]);
const CHK_BLAKE2B = Buffer.from('B2');

const UNTRUSTED_PREFIX = 'untrusted comment: ';
const TRUSTED_PREFIX = 'trusted comment: ';
const DEFAULT_SIGNATURE_COMMENT = 'signature from minisign secret key';
const ENCRYPTED_KEY_COMMENT = 'minisign encrypted secret key';
const PLAIN_KEY_COMMENT = 'minisign unencrypted secret key';

// minisign reads each line with fgets into a buffer of 1024 (untrusted comment) or 8192 (trusted
// comment) bytes and refuses a line that does not fit with its prefix and newline.
const UNTRUSTED_COMMENT_MAX_BYTES = 1024 - 1 - UNTRUSTED_PREFIX.length - 1;
const TRUSTED_COMMENT_MAX_BYTES = 8192 - 1 - TRUSTED_PREFIX.length - 1;
// minisign reads the password with fgets into 1024 bytes: 1022 characters and the newline.
const PASSPHRASE_MAX_BYTES = 1022;

const KEY_ID_BYTES = 8;
const ED25519_BYTES = 32;
const SIGNATURE_BYTES = 64;
const PUBLIC_KEY_STRUCT_BYTES = 2 + KEY_ID_BYTES + ED25519_BYTES;
const SIGNATURE_STRUCT_BYTES = 2 + KEY_ID_BYTES + SIGNATURE_BYTES;
// sig_alg, kdf_alg, chk_alg, salt, opslimit, memlimit, then the (encrypted) keynum_sk.
const SALT_BYTES = 32;
const KEYNUM_SK_OFFSET = 2 + 2 + 2 + SALT_BYTES + 8 + 8;
const CHECKSUM_BYTES = 32;
const KEYNUM_SK_BYTES = KEY_ID_BYTES + 2 * ED25519_BYTES + CHECKSUM_BYTES;
const SECRET_KEY_STRUCT_BYTES = KEYNUM_SK_OFFSET + KEYNUM_SK_BYTES;

// libsodium's crypto_pwhash_scryptsalsa208sha256_{OPS,MEM}LIMIT_SENSITIVE, minisign's default:
// scrypt N = 2^20, r = 8, p = 1, 1 GiB of memory.
const DEFAULT_OPSLIMIT = 33554432n;
const DEFAULT_MEMLIMIT = 1073741824n;
// Work (N·r·p) above minisign's own default only comes from an odd or hostile file: refuse it
// rather than let a key file pin the CPU or exhaust memory.
const MAX_SCRYPT_WORK = 2 ** 23;

// DER wrappers that turn raw Ed25519 keys into node:crypto key objects (RFC 8410).
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Creates a new Ed25519 signing key with a random key id. */
export function generateSigningKey(): SigningKey {
  const secretKey = randomBytes(ED25519_BYTES);
  return { keyId: randomBytes(KEY_ID_BYTES), publicKey: derivePublicKey(secretKey), secretKey };
}

/** The Ed25519 public key of a 32-byte seed. */
export function derivePublicKey(secretKey: Buffer): Buffer {
  const spki = createPublicKey(privateKeyObject(secretKey)).export({ format: 'der', type: 'spki' });
  return Buffer.from(spki.subarray(SPKI_ED25519_PREFIX.length));
}

/**
 * The key id as minisign 0.11 prints it (`%PRIX64`): the 8 bytes read as a little-endian number in
 * uppercase hex, without leading zeros. minisign 0.12 pads to 16 digits: compare ids as bytes.
 */
export function keyIdHex(keyId: Buffer): string {
  if (keyId.length !== KEY_ID_BYTES) throw new RangeError('A minisign key id has 8 bytes');
  return keyId.readBigUInt64LE(0).toString(16).toUpperCase();
}

/** The full text of a minisign `.pub` file for this key. */
export function publicKeyFile(key: MinisignPublicKey, comment?: string): string {
  const line = comment ?? `minisign public key ${keyIdHex(key.keyId)}`;
  assertCommentLine(line, UNTRUSTED_COMMENT_MAX_BYTES);
  const struct = Buffer.concat([ALG_ED25519, key.keyId, key.publicKey]);
  return `${UNTRUSTED_PREFIX}${line}\n${struct.toString('base64')}\n`;
}

/** Reads a minisign `.pub` file (or its bare base64 key line, as `minisign -P` takes it). */
export function parsePublicKeyFile(text: string): MinisignPublicKey {
  const key = readPublicKey(text);
  if (!key) throw new AppError('INVALID_INPUT', KEY_MESSAGES.badPublicKey);
  return key;
}

/**
 * The full `.minisig` text of a prehashed ('ED') signature of `message`, as minisign 0.11 writes it:
 * Ed25519 over BLAKE2b-512(message), then a global signature over signature ‖ trusted comment.
 */
export function signPrehashed(
  key: SigningKey,
  message: Uint8Array,
  trustedComment: string,
  untrustedComment: string = DEFAULT_SIGNATURE_COMMENT,
): string {
  assertCommentLine(trustedComment, TRUSTED_COMMENT_MAX_BYTES);
  assertCommentLine(untrustedComment, UNTRUSTED_COMMENT_MAX_BYTES);
  const privateKey = privateKeyObject(key.secretKey);
  const signature = sign(null, prehash(message), privateKey);
  const globalSignature = sign(null, Buffer.concat([signature, Buffer.from(trustedComment, 'utf8')]), privateKey);
  return [
    UNTRUSTED_PREFIX + untrustedComment,
    Buffer.concat([ALG_PREHASHED, key.keyId, signature]).toString('base64'),
    TRUSTED_PREFIX + trustedComment,
    globalSignature.toString('base64'),
    '',
  ].join('\n');
}

/**
 * Checks a minisign signature ('ED', or legacy 'Ed') of `message` against a `.pub` text: key id,
 * signature and global signature. Never throws: anything unreadable is simply not valid.
 */
export function verifySignature(publicKeyText: string, message: Uint8Array, sigText: string): SignatureCheck {
  try {
    const key = readPublicKey(publicKeyText);
    const sig = readSignature(sigText);
    if (!key || !sig) return { valid: false, trustedComment: null, keyIdMatches: false };
    if (!sig.keyId.equals(key.keyId)) return { valid: false, trustedComment: null, keyIdMatches: false };
    const publicKey = publicKeyObject(key.publicKey);
    const signed = sig.prehashed ? prehash(message) : message;
    const commentSigned = Buffer.concat([sig.signature, Buffer.from(sig.trustedComment, 'utf8')]);
    const valid =
      verify(null, signed, publicKey, sig.signature) && verify(null, commentSigned, publicKey, sig.globalSignature);
    return { valid, trustedComment: valid ? sig.trustedComment : null, keyIdMatches: true };
  } catch {
    return { valid: false, trustedComment: null, keyIdMatches: false };
  }
}

/**
 * minisign's secret key file. With a passphrase: scrypt ('Sc') at minisign's default cost, its
 * output XORed over key id ‖ secret key ‖ checksum, so `minisign -S` opens it with that password.
 * Without: the unencrypted form of `minisign -G -W` (KDF bytes zero). With a passphrase it is slow
 * (1 GiB of scrypt memory, several seconds), on the thread pool: the event loop goes on meanwhile.
 */
export async function secretKeyFile(key: SigningKey, passphrase?: string): Promise<string> {
  if (!derivePublicKey(key.secretKey).equals(key.publicKey)) {
    throw new Error('The public key does not belong to this secret key');
  }
  if (passphrase !== undefined) assertUsablePassphrase(passphrase);
  const sodiumSecretKey = Buffer.concat([key.secretKey, key.publicKey]);
  const keynumSk = Buffer.concat([key.keyId, sodiumSecretKey, secretKeyChecksum(key.keyId, sodiumSecretKey)]);
  const kdf = passphrase === undefined ? NO_KDF : newScryptKdf();
  const body =
    passphrase === undefined
      ? keynumSk
      : xor(keynumSk, await keyStream(passphrase, kdf.salt, kdf.opslimit, kdf.memlimit));
  const struct = Buffer.concat([
    ALG_ED25519,
    kdf.algorithm,
    CHK_BLAKE2B,
    kdf.salt,
    le64(kdf.opslimit),
    le64(kdf.memlimit),
    body,
  ]);
  const comment = passphrase === undefined ? PLAIN_KEY_COMMENT : ENCRYPTED_KEY_COMMENT;
  return `${UNTRUSTED_PREFIX}${comment}\n${struct.toString('base64')}\n`;
}

/** Reads a minisign secret key file, decrypting it with the passphrase when it is encrypted. */
export async function parseSecretKeyFile(text: string, passphrase?: string): Promise<SigningKey> {
  const struct = decodeBase64(lines(text)[1] ?? '', SECRET_KEY_STRUCT_BYTES);
  if (!struct || !hasAlgorithms(struct)) throw new AppError('INVALID_INPUT', KEY_MESSAGES.badSecretKey);
  const kdf = struct.subarray(2, 4);
  let keynumSk = struct.subarray(KEYNUM_SK_OFFSET);
  if (kdf.equals(KDF_SCRYPT)) {
    if (passphrase === undefined) throw new AppError('INVALID_INPUT', KEY_MESSAGES.passphraseRequired);
    const salt = struct.subarray(6, 6 + SALT_BYTES);
    const opslimit = struct.readBigUInt64LE(6 + SALT_BYTES);
    const memlimit = struct.readBigUInt64LE(6 + SALT_BYTES + 8);
    keynumSk = xor(keynumSk, await keyStream(passphrase, salt, opslimit, memlimit));
  } else if (!kdf.equals(KDF_NONE)) {
    throw new AppError('INVALID_INPUT', KEY_MESSAGES.badSecretKey);
  }
  return openKeynumSk(keynumSk, kdf.equals(KDF_SCRYPT));
}

/** A short fingerprint to read over the phone: SHA-256 of the key, 10 bytes, base32, groups of 4. */
export function fingerprint(publicKey: Buffer): string {
  const encoded = base32(createHash('sha256').update(publicKey).digest().subarray(0, 10));
  const groups: string[] = [];
  for (let i = 0; i < encoded.length; i += 4) groups.push(encoded.slice(i, i + 4));
  return groups.join('-');
}

interface KdfHeader {
  algorithm: Buffer;
  salt: Buffer;
  opslimit: bigint;
  memlimit: bigint;
}

// What `minisign -G -W` writes for an unencrypted key: KDF algorithm, salt and limits all zero.
const NO_KDF: KdfHeader = { algorithm: KDF_NONE, salt: Buffer.alloc(SALT_BYTES), opslimit: 0n, memlimit: 0n };

function newScryptKdf(): KdfHeader {
  return {
    algorithm: KDF_SCRYPT,
    salt: randomBytes(SALT_BYTES),
    opslimit: DEFAULT_OPSLIMIT,
    memlimit: DEFAULT_MEMLIMIT,
  };
}

function openKeynumSk(keynumSk: Buffer, encrypted: boolean): SigningKey {
  const keyId = Buffer.from(keynumSk.subarray(0, KEY_ID_BYTES));
  const sodiumSecretKey = keynumSk.subarray(KEY_ID_BYTES, KEY_ID_BYTES + 2 * ED25519_BYTES);
  const checksum = keynumSk.subarray(KEY_ID_BYTES + 2 * ED25519_BYTES);
  // `minisign -G -W` leaves the checksum of an unencrypted key all zero (it only computes it when
  // encrypting); `minisign -C -W` keeps a real one. Accept both, but a wrong real one is damage.
  const unchecked = !encrypted && checksum.every((b) => b === 0);
  if (!unchecked && !timingSafeEqual(checksum, secretKeyChecksum(keyId, sodiumSecretKey))) {
    throw new AppError(
      encrypted ? 'SECURITY' : 'INVALID_INPUT',
      encrypted ? KEY_MESSAGES.wrongPassphrase : KEY_MESSAGES.badSecretKey,
    );
  }
  const secretKey = Buffer.from(sodiumSecretKey.subarray(0, ED25519_BYTES));
  const publicKey = Buffer.from(sodiumSecretKey.subarray(ED25519_BYTES));
  // libsodium keeps the public key next to the seed; a mismatch means a damaged file.
  if (!derivePublicKey(secretKey).equals(publicKey)) throw new AppError('INVALID_INPUT', KEY_MESSAGES.badSecretKey);
  return { keyId, publicKey, secretKey };
}

function hasAlgorithms(struct: Buffer): boolean {
  return struct.subarray(0, 2).equals(ALG_ED25519) && struct.subarray(4, 6).equals(CHK_BLAKE2B);
}

// BLAKE2b-256 over sig_alg ‖ key id ‖ libsodium secret key (seed ‖ public key), as minisign computes it.
function secretKeyChecksum(keyId: Buffer, sodiumSecretKey: Buffer): Buffer {
  return blake2b(Buffer.concat([ALG_ED25519, keyId, sodiumSecretKey]), CHECKSUM_BYTES);
}

// libsodium's crypto_pwhash_scryptsalsa208sha256 is plain scrypt with N, r, p picked from
// (opslimit, memlimit) by its pickparams(); that choice is reproduced here to read any minisign key.
function keyStream(passphrase: string, salt: Buffer, opslimit: bigint, memlimit: bigint): Promise<Buffer> {
  const { N, r, p } = scryptParams(opslimit, memlimit);
  if (p < 1 || N * r * p > MAX_SCRYPT_WORK) throw new AppError('INVALID_INPUT', KEY_MESSAGES.kdfTooExpensive);
  // OpenSSL needs 128·r·(N + p + 2) bytes; node's default maxmem (32 MiB) is far below minisign's 1 GiB.
  const maxmem = 128 * r * (N + p + 2) + 1024 * 1024;
  return new Promise((done, fail) =>
    scrypt(Buffer.from(passphrase, 'utf8'), salt, KEYNUM_SK_BYTES, { N, r, p, maxmem }, (error, key) =>
      error ? fail(error) : done(key),
    ),
  );
}

function scryptParams(opslimit: bigint, memlimit: bigint): { N: number; r: number; p: number } {
  const ops = opslimit < 32768n ? 32768n : opslimit;
  const r = 8n;
  const cpuBound = ops < memlimit / 32n;
  const maxN = cpuBound ? ops / (r * 4n) : memlimit / (r * 128n);
  let logN = 1n;
  while (logN < 63n && 1n << logN <= maxN / 2n) logN += 1n;
  let p = 1n;
  if (!cpuBound) {
    const maxrp = ops / 4n / (1n << logN);
    p = (maxrp > 0x3fffffffn ? 0x3fffffffn : maxrp) / r;
  }
  // Clamp before converting so an absurd file cannot produce an unsafe JavaScript number.
  const clamp = (x: bigint) => Number(x > BigInt(2 ** 40) ? BigInt(2 ** 40) : x);
  return { N: clamp(1n << logN), r: Number(r), p: clamp(p) };
}

function readPublicKey(text: string): MinisignPublicKey | null {
  const all = lines(text).filter((line) => line !== '');
  let keyLine: string | undefined;
  if (all.length === 1) keyLine = all[0];
  else if (all[0]?.startsWith(UNTRUSTED_PREFIX)) keyLine = all[1];
  const struct = decodeBase64(keyLine ?? '', PUBLIC_KEY_STRUCT_BYTES);
  if (!struct || !struct.subarray(0, 2).equals(ALG_ED25519)) return null;
  return { keyId: Buffer.from(struct.subarray(2, 10)), publicKey: Buffer.from(struct.subarray(10)) };
}

interface ParsedSignature {
  prehashed: boolean;
  keyId: Buffer;
  signature: Buffer;
  trustedComment: string;
  globalSignature: Buffer;
}

function readSignature(text: string): ParsedSignature | null {
  const [comment, sigLine, trustedLine, globalLine] = lines(text);
  if (!comment?.startsWith(UNTRUSTED_PREFIX) || !trustedLine?.startsWith(TRUSTED_PREFIX)) return null;
  const struct = decodeBase64(sigLine ?? '', SIGNATURE_STRUCT_BYTES);
  const globalSignature = decodeBase64(globalLine ?? '', SIGNATURE_BYTES);
  if (!struct || !globalSignature) return null;
  const alg = struct.subarray(0, 2);
  if (!alg.equals(ALG_PREHASHED) && !alg.equals(ALG_ED25519)) return null;
  const trustedComment = trustedLine.slice(TRUSTED_PREFIX.length);
  if (/[\r\0]/.test(trustedComment)) return null;
  return {
    prehashed: alg.equals(ALG_PREHASHED),
    keyId: struct.subarray(2, 10),
    signature: struct.subarray(10),
    trustedComment,
    globalSignature,
  };
}

// Lines as minisign reads them: split on LF, one trailing CR dropped (files edited on Windows).
function lines(text: string): string[] {
  return text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

// Strict: Buffer.from(..., 'base64') silently skips junk, which would let a damaged line through.
function decodeBase64(text: string, expectedBytes: number): Buffer | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== expectedBytes || bytes.toString('base64') !== text) return null;
  return bytes;
}

function assertCommentLine(comment: string, maxBytes: number): void {
  if (/[\r\n\0]/.test(comment) || Buffer.byteLength(comment, 'utf8') > maxBytes) {
    throw new AppError('INVALID_INPUT', KEY_MESSAGES.badComment);
  }
}

// minisign reads the password as one line from the terminal or stdin, so it must be one line.
function assertUsablePassphrase(passphrase: string): void {
  const bytes = Buffer.byteLength(passphrase, 'utf8');
  if (bytes === 0 || bytes > PASSPHRASE_MAX_BYTES || /[\r\n\0]/.test(passphrase)) {
    throw new AppError('INVALID_INPUT', KEY_MESSAGES.passphraseUnusable);
  }
}

function prehash(message: Uint8Array): Buffer {
  return createHash('blake2b512').update(message).digest();
}

function privateKeyObject(seed: Buffer): KeyObject {
  if (seed.length !== ED25519_BYTES) throw new RangeError('An Ed25519 seed has 32 bytes');
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

function publicKeyObject(publicKey: Buffer): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, publicKey]), format: 'der', type: 'spki' });
}

function le64(value: bigint): Buffer {
  const out = Buffer.alloc(8);
  out.writeBigUInt64LE(value);
  return out;
}

function xor(data: Buffer, stream: Buffer): Buffer {
  return Buffer.from(data.map((byte, i) => byte ^ (stream[i] ?? 0)));
}

// RFC 4648 base32 without padding: unambiguous upper-case letters and digits to read aloud.
function base32(bytes: Buffer): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xfff; // only the pending bits matter
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

/** The key id (as {@link keyIdHex} prints it) a `.minisig` text names, or null when unreadable. */
export function signatureKeyIdHex(sigText: string): string | null {
  const sig = readSignature(sigText);
  return sig ? keyIdHex(Buffer.from(sig.keyId)) : null;
}
