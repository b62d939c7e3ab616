import { resolve } from 'node:path';
import { verifyBundle } from '../../../db/sync/verify';
import { flag, parseCommandArgs, requireString } from '../args';
import type { Command } from '../command';
import { EXIT, printJson, printLines } from '../io';
import { readInputFile } from '../session';

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
