import { createHash } from 'node:crypto';
import { cardSchema } from '../../shared/installation/schema';
import { BUNDLE_ENTRIES, bundleManifestSchema, type BundleManifest } from '../../shared/sync/manifest';
import { parsePublicKeyFile, keyIdHex, verifySignature } from '../keys/minisign';
import { readZipStrict, ZipError } from './zip';

/** Size limits of a bundle's parts. */
export const BUNDLE_LIMITS = {
  file: 512 * 1024 * 1024,
  manifest: 64 * 1024,
  signature: 16 * 1024,
  payload: 512 * 1024 * 1024,
  card: 64 * 1024,
} as const;

/** What {@link verifyBundle} found. */
export interface BundleCheck {
  valid: boolean;
  commune: string | null;
  fromSeq: number | null;
  toSeq: number | null;
  createdAt: string | null;
  payloadSha256: string | null;
  /** The signed manifest, when the signature is valid. */
  manifest: BundleManifest | null;
  /** Why the bundle is not valid (Vietnamese); empty when valid. */
  problems: string[];
}

function refused(problem: string, partial: Partial<BundleCheck> = {}): BundleCheck {
  return {
    valid: false,
    commune: null,
    fromSeq: null,
    toSeq: null,
    createdAt: null,
    payloadSha256: null,
    manifest: null,
    ...partial,
    problems: [problem],
  };
}

/**
 * Checks a bundle against the sender commune's card without decrypting it: strict container,
 * minisign signature of `manifest.json` by the card's key, the manifest's schema, the sender code,
 * the payload's size and SHA-256. Never throws: hostile input gives `valid: false` and a problem.
 */
export function verifyBundle(fileBytes: Uint8Array, cardJson: string): BundleCheck {
  try {
    return check(fileBytes, cardJson);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refused(`Không kiểm tra được gói: ${detail.slice(0, 200)}`);
  }
}

function check(fileBytes: Uint8Array, cardJson: string): BundleCheck {
  if (cardJson.length > BUNDLE_LIMITS.card) return refused('Tệp thẻ quá lớn, không phải thẻ khóa công khai.');
  let cardValue: unknown;
  try {
    cardValue = JSON.parse(cardJson);
  } catch {
    return refused('Tệp này không phải thẻ khóa công khai (tệp bị hỏng hoặc chọn nhầm tệp).');
  }
  const card = cardSchema.safeParse(cardValue);
  if (!card.success) return refused('Tệp thẻ không đúng mẫu thẻ của phần mềm.');
  if (card.data.role !== 'commune') return refused('Thẻ này không phải thẻ của một xã.');
  let cardKeyId: string;
  try {
    cardKeyId = keyIdHex(parsePublicKeyFile(card.data.minisignPublicKey).keyId);
  } catch {
    return refused('Khóa công khai trong thẻ không đọc được.');
  }

  let entries: Map<string, Buffer>;
  try {
    entries = readBundleEntries(fileBytes);
  } catch (error) {
    if (error instanceof ZipError) return refused(error.message);
    throw error;
  }
  return checkEntries(entries, card.data.code, card.data.minisignPublicKey, cardKeyId);
}

/** The three parts of a bundle, read strictly (size, names, order, CRC); throws {@link ZipError}. */
export function readBundleEntries(fileBytes: Uint8Array): Map<string, Buffer> {
  if (fileBytes.length > BUNDLE_LIMITS.file) throw new ZipError('Gói quá lớn.');
  const [manifestName, signatureName, payloadName] = BUNDLE_ENTRIES;
  return readZipStrict(fileBytes, {
    names: BUNDLE_ENTRIES,
    maxEntries: 8,
    maxBytes: {
      [manifestName]: BUNDLE_LIMITS.manifest,
      [signatureName]: BUNDLE_LIMITS.signature,
      [payloadName]: BUNDLE_LIMITS.payload,
    },
  });
}

/**
 * Checks a bundle's parts against a commune's public key: the signature of `manifest.json`, its
 * schema, the sender code and key id, the trusted comment, the payload's size and SHA-256.
 */
export function checkEntries(
  entries: Map<string, Buffer>,
  code: string,
  publicKeyText: string,
  cardKeyId: string,
): BundleCheck {
  const manifestBytes = entries.get(BUNDLE_ENTRIES[0])!;
  const signatureText = entries.get(BUNDLE_ENTRIES[1])!.toString('utf8');
  const payload = entries.get(BUNDLE_ENTRIES[2])!;

  const signature = verifySignature(publicKeyText, manifestBytes, signatureText);
  if (!signature.keyIdMatches) {
    return refused(`Gói không được ký bằng khóa của thẻ ${code} (mã khóa ${cardKeyId}).`);
  }
  if (!signature.valid) return refused('Chữ ký của gói dữ liệu không hợp lệ: gói đã bị sửa hoặc giả mạo.');

  let manifestValue: unknown;
  try {
    manifestValue = JSON.parse(manifestBytes.toString('utf8'));
  } catch {
    return refused('Phần mô tả của gói dữ liệu bị hỏng, không đọc được.');
  }
  const parsed = bundleManifestSchema.safeParse(manifestValue);
  if (!parsed.success)
    return refused('Phần mô tả của gói dữ liệu không đúng mẫu của phần mềm (gói có thể do một phiên bản khác tạo ra).');
  const manifest = parsed.data;
  const found: Partial<BundleCheck> = {
    commune: manifest.sender.commune,
    fromSeq: manifest.fromSeq,
    toSeq: manifest.toSeq,
    createdAt: manifest.createdAt,
    payloadSha256: manifest.payload.sha256,
  };
  const problems: string[] = [];
  if (manifest.sender.commune !== code) {
    problems.push(`Gói ghi người gửi là xã ${manifest.sender.commune}, nhưng thẻ là của ${code}.`);
  }
  if (manifest.sender.keyId !== cardKeyId)
    problems.push('Gói ghi một mã khóa khác với mã khóa trên thẻ đã đăng ký của nơi gửi.');
  const expectedComment = `seq=${manifest.fromSeq}-${manifest.toSeq} payload=${manifest.payload.sha256}`;
  if (!signature.trustedComment?.includes(`commune=${manifest.sender.commune} ${expectedComment}`)) {
    problems.push('Chữ ký không khớp với phần mô tả của gói: gói đã bị sửa.');
  }
  if (payload.length !== manifest.payload.bytes) {
    problems.push(
      `Phần dữ liệu của gói có ${payload.length} byte nhưng gói ghi ${manifest.payload.bytes} byte: tệp bị cắt cụt hoặc chép chưa hết.`,
    );
  }
  const payloadSha256 = createHash('sha256').update(payload).digest('hex');
  if (payloadSha256 !== manifest.payload.sha256)
    problems.push('Phần dữ liệu của gói đã bị sửa: mã kiểm tra không khớp với mã ghi trong gói.');
  return { ...refused(''), ...found, manifest, valid: problems.length === 0, problems };
}
