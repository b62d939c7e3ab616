import { resolve } from 'node:path';
import { cardSchema } from '../../../shared/installation/schema';
import { plainFileProtector } from '../../../db/keys/keystore';
import { exportBundle } from '../../../db/sync/export';
import { verifyBundle, BUNDLE_LIMITS } from '../../../db/sync/verify';
import { appendLog } from '../../core/log';
import { appVersion } from '../../core/app';
import { flag, parseCommandArgs, requireString } from '../args';
import type { Command } from '../command';
import { CliFailure, EXIT, failureOf, printJson, printLines } from '../io';
import { dataDirOf, readInputFile, requireDatabase, withInstallation, writeOutputFile } from '../session';

/** Reads an office card file (`qcdc card` of the office); anything else is rejected input (exit 1). */
function readOfficeCard(file: string): { code: string; recipient: string } {
  const bytes = readInputFile(resolve(file));
  let value: unknown;
  try {
    if (bytes.length > BUNDLE_LIMITS.card) throw new Error('too large');
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new CliFailure(EXIT.rejected, `Tệp ${file} không phải thẻ khóa công khai (JSON).`, { code: 'INVALID_INPUT' });
  }
  const card = cardSchema.safeParse(value);
  if (!card.success || card.data.role !== 'office') {
    throw new CliFailure(EXIT.rejected, `Tệp ${file} không phải thẻ của một cơ quan nhận báo cáo.`, {
      code: 'INVALID_INPUT',
    });
  }
  return { code: card.data.code, recipient: card.data.ageRecipient };
}

/**
 * `qcdc bundle export`: a signed, encrypted bundle of the whole change log (receipts are not built
 * yet, so every bundle carries everything). Until enrollment exists, `--to CARD` names the office.
 */
export const bundleExportCommand: Command = {
  name: 'bundle export',
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      data: { type: 'string' },
      out: { type: 'string' },
      to: { type: 'string' },
      full: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const dataDir = dataDirOf(parsed);
    const out = requireString(parsed, 'out');
    const office = readOfficeCard(requireString(parsed, 'to'));
    requireDatabase(dataDir);
    const profile = flag(parsed, 'full') ? 'full' : 'minimal';
    const bundle = await withInstallation(dataDir, async (app) => {
      try {
        return await exportBundle({
          sql: app.sql,
          dataDir,
          keyProtector: plainFileProtector,
          recipient: office.recipient,
          officeCode: office.code,
          profile,
          appVersion: appVersion(),
        });
      } catch (error) {
        throw failureOf(error);
      }
    });
    const file = writeOutputFile(out, bundle.file);
    const { fromSeq, toSeq } = bundle.manifest;
    appendLog(dataDir, `bundle export ${profile} seq=${fromSeq}-${toSeq} to=${office.code} -> ${file}`);
    if (flag(parsed, 'json')) {
      printJson(io, { file, fromSeq, toSeq, changes: bundle.changes, bytes: bundle.file.length });
    } else {
      printLines(
        io,
        `Đã ghi gói dữ liệu gửi ${office.code} vào ${file} (${bundle.file.length} byte).`,
        `Thay đổi số ${fromSeq} đến ${toSeq}: ${bundle.changes} thay đổi.`,
        profile === 'full'
          ? 'Chế độ đầy đủ (--full): gói có cả họ tên, địa chỉ và nội dung vụ việc.'
          : 'Chế độ tối thiểu: đã bỏ họ tên, địa chỉ, số điện thoại và nội dung tự do.',
      );
    }
    return EXIT.ok;
  },
};

/** `qcdc bundle verify`: checks a bundle against the commune's card, without a data folder. */
export const bundleVerifyCommand: Command = {
  name: 'bundle verify',
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      { card: { type: 'string' }, json: { type: 'boolean' } },
      { min: 1, max: 1, label: 'một tệp gói dữ liệu' },
    );
    const cardFile = requireString(parsed, 'card');
    const bundleFile = parsed.positionals[0]!;
    const bytes = readInputFile(resolve(bundleFile));
    const cardText = readInputFile(resolve(cardFile)).toString('utf8');
    const result = verifyBundle(bytes, cardText);
    if (flag(parsed, 'json')) {
      const { valid, commune, fromSeq, toSeq, createdAt, payloadSha256, problems } = result;
      printJson(io, { valid, commune, fromSeq, toSeq, createdAt, payloadSha256, ...(valid ? {} : { problems }) });
    } else if (result.valid) {
      printLines(
        io,
        `Gói hợp lệ: xã ${result.commune}, thay đổi số ${result.fromSeq} đến ${result.toSeq}.`,
        `Tạo lúc (theo đồng hồ máy gửi): ${result.createdAt}`,
        `SHA-256 của payload.age: ${result.payloadSha256}`,
      );
    }
    if (!result.valid) {
      for (const problem of result.problems) io.err(`Gói không hợp lệ: ${problem}\n`);
      return EXIT.security;
    }
    return EXIT.ok;
  },
};
