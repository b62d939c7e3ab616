import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Decrypter } from 'age-encryption';
import { BundleRefusal, PAYLOAD_LIMITS } from './payload';

/** One line of the payload's NDJSON, numbered from 1. */
export interface PayloadLine {
  text: string;
  lineNo: number;
}

/** A payload past the limits of {@link PAYLOAD_LIMITS}: hostile or broken, refused as a security failure. */
function overLimit(lineNo: number, what: string): BundleRefusal {
  return new BundleRefusal(
    'security',
    `Dữ liệu trong gói vượt giới hạn ở dòng ${lineNo}: ${what} (nghi là "bom nén").`,
  );
}

/**
 * The lines of an encrypted payload, decrypted, decompressed and split as they stream: the
 * payload is never held decrypted or decompressed as a whole, and decompression stops at
 * {@link PAYLOAD_LIMITS.uncompressed} bytes (zip bomb). A failure to decrypt or decompress is a
 * security refusal, and so is a line too long or too many lines.
 */
export async function* payloadLines(identity: string, payload: Uint8Array): AsyncGenerator<PayloadLine> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(payload);
      controller.close();
    },
  });
  let plain: ReadableStream<Uint8Array>;
  try {
    plain = await decrypter.decrypt(source);
  } catch {
    throw new BundleRefusal(
      'security',
      'Không giải mã được gói dữ liệu bằng khóa của cơ quan này: gói không gửi cho cơ quan này, hoặc đã bị hỏng.',
    );
  }
  const gunzip = Readable.fromWeb(plain as Parameters<typeof Readable.fromWeb>[0]).pipe(createGunzip());
  let total = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let lineNo = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > PAYLOAD_LIMITS.uncompressed) {
        throw new BundleRefusal('security', 'Dữ liệu trong gói giải nén ra quá lớn (nghi là "bom nén").');
      }
      let start = 0;
      for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
        const part = chunk.subarray(start, nl);
        const line = pendingBytes ? Buffer.concat([...pending, part]) : part;
        pending = [];
        pendingBytes = 0;
        start = nl + 1;
        if (++lineNo > PAYLOAD_LIMITS.changes) throw overLimit(lineNo, 'quá nhiều thay đổi trong một gói');
        if (line.length > PAYLOAD_LIMITS.line) throw overLimit(lineNo, 'dòng quá dài');
        yield { text: line.toString('utf8'), lineNo };
      }
      if (start < chunk.length) {
        pending.push(chunk.subarray(start));
        pendingBytes += chunk.length - start;
        if (pendingBytes > PAYLOAD_LIMITS.line) throw overLimit(lineNo + 1, 'dòng quá dài');
      }
    }
  } catch (error) {
    gunzip.destroy();
    if (error instanceof BundleRefusal) throw error;
    throw new BundleRefusal(
      'security',
      'Dữ liệu trong gói không giải mã hoặc không giải nén được (tệp bị hỏng hoặc bị cắt cụt).',
    );
  }
  if (pendingBytes) yield { text: Buffer.concat(pending).toString('utf8'), lineNo: lineNo + 1 };
}
