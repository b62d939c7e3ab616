import { AppError } from '../../shared/contract/errors';
import { RECEIPT_ENTRIES, RECEIPT_FORMAT, receiptSchema, type Receipt } from '../../shared/sync/receipt';
import type { ReceiptImport } from '../../shared/sync/schema';
import { getSetting } from '../installation/settings';
import { loadKeys, type KeyProtector } from '../keys/keystore';
import { keyIdHex, signPrehashed, verifySignature } from '../keys/minisign';
import { prepare, type Sql } from '../open';
import type { Writer } from '../store/records';
import { listEvents, recordEvent } from './events';
import { requireOffice } from './peers';
import { readZipStrict, writeZip, ZipError } from './zip';

const LIMITS = { file: 64 * 1024, json: 16 * 1024, sig: 8 * 1024 };

/** Writes a signed receipt file for a commune (the office's key signs `receipt.json`). */
export function writeReceipt(
  sql: Sql,
  dataDir: string,
  protector: KeyProtector,
  commune: string,
  toSeq: number,
  chainHash: string,
): { file: Buffer; receipt: Receipt } {
  const keys = loadKeys(dataDir, protector);
  const receipt: Receipt = receiptSchema.parse({
    format: RECEIPT_FORMAT,
    office: { code: getSetting(sql, 'code'), keyId: keyIdHex(keys.signing.keyId) },
    commune,
    toSeq,
    chainHash,
    createdAt: new Date().toISOString(),
  });
  const json = Buffer.from(`${JSON.stringify(receipt, null, 2)}\n`, 'utf8');
  const signature = signPrehashed(
    keys.signing,
    json,
    `qcdc receipt office=${receipt.office.code} commune=${commune} toSeq=${toSeq} chain=${chainHash}`,
    `qcdc receipt signature from office ${receipt.office.code}`,
  );
  const [jsonName, sigName] = RECEIPT_ENTRIES;
  return {
    file: writeZip([
      { name: jsonName, data: json },
      { name: sigName, data: Buffer.from(signature, 'utf8') },
    ]),
    receipt,
  };
}

/** The highest sequence number an office has acknowledged (0 when none). */
export function acknowledgedSeq(sql: Sql): number {
  const row = prepare(sql, "SELECT max(to_seq) AS n FROM sync_event WHERE kind = 'receipt_in'").get() as {
    n: number | null;
  };
  return row.n ?? 0;
}

function security(message: string): AppError {
  return new AppError('SECURITY', message);
}

/**
 * Loads a receipt at the commune, in the caller's transaction: the file must be signed by the
 * enrolled office's current key, name this commune, and its chain hash must equal this commune's
 * change-log hash at `toSeq`. Changes up to `toSeq` are then delivered; an older receipt changes nothing.
 */
export function importReceipt(sql: Sql, bytes: Uint8Array, writer: Writer): ReceiptImport {
  const office = requireOffice(sql);
  if (bytes.length > LIMITS.file) throw security('Tệp biên nhận quá lớn.');
  let entries: Map<string, Buffer>;
  try {
    entries = readZipStrict(bytes, {
      names: RECEIPT_ENTRIES,
      maxEntries: 4,
      maxBytes: { [RECEIPT_ENTRIES[0]]: LIMITS.json, [RECEIPT_ENTRIES[1]]: LIMITS.sig },
    });
  } catch (error) {
    if (error instanceof ZipError) throw security(`Tệp biên nhận không hợp lệ: ${error.message}`);
    throw error;
  }
  const json = entries.get(RECEIPT_ENTRIES[0])!;
  const check = verifySignature(office.card.minisignPublicKey, json, entries.get(RECEIPT_ENTRIES[1])!.toString('utf8'));
  if (!check.keyIdMatches) throw security(`Biên nhận không được ký bằng khóa của ${office.name} đã đăng ký.`);
  if (!check.valid) throw security('Chữ ký của biên nhận không hợp lệ: tệp đã bị sửa hoặc giả mạo.');
  let parsed;
  try {
    parsed = receiptSchema.safeParse(JSON.parse(json.toString('utf8')));
  } catch {
    throw new AppError('INVALID_INPUT', 'Tệp biên nhận bị hỏng, không đọc được.');
  }
  if (!parsed.success) throw new AppError('INVALID_INPUT', 'Tệp biên nhận không đúng mẫu biên nhận của phần mềm.');
  const receipt = parsed.data;
  if (receipt.office.code !== office.code) throw security('Biên nhận ghi cơ quan khác với cơ quan đã đăng ký.');
  if (receipt.commune !== getSetting(sql, 'code')) throw security(`Biên nhận này dành cho xã ${receipt.commune}.`);
  const entry = prepare(sql, 'SELECT hash FROM change_log WHERE seq = ?').get(receipt.toSeq) as
    { hash: string } | undefined;
  if (!entry) throw security(`Biên nhận xác nhận đến thay đổi số ${receipt.toSeq}, nhưng xã chưa có thay đổi đó.`);
  if (entry.hash !== receipt.chainHash) {
    throw security('Mã băm trong biên nhận khác sổ thay đổi của xã: cơ quan nhận đang giữ dữ liệu khác với của xã.');
  }
  const before = acknowledgedSeq(sql);
  const alreadyKnown = receipt.toSeq <= before;
  if (!alreadyKnown) {
    const last = listEvents(sql, ['receipt_in'], 1)[0];
    recordEvent(sql, writer, {
      kind: 'receipt_in',
      peerCode: office.code,
      fromSeq: (last?.toSeq ?? 0) + 1,
      toSeq: receipt.toSeq,
      changes: receipt.toSeq - before,
      detail: { officeCreatedAt: receipt.createdAt, chainHash: receipt.chainHash },
    });
  }
  return { office: office.code, toSeq: receipt.toSeq, acknowledgedSeq: Math.max(before, receipt.toSeq), alreadyKnown };
}
