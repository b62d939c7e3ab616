import { seedDemo } from '../../../db/demo/seed';
import { ROLE_LABELS } from '../../../shared/i18n/vi';
import { flag, optionalString, parseCommandArgs } from '../args';
import type { Command } from '../command';
import { EXIT, failureOf, printJson, printLines, progress } from '../io';
import { dataDirOf, makeDataDir, withInstallation } from '../session';
import { roleOf } from './init';

/** `qcdc demo`: a realistic demo installation (a thôn-level year of mediation records), for trying the app. */
export const demoCommand: Command = {
  name: 'demo',
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      data: { type: 'string' },
      role: { type: 'string' },
      json: { type: 'boolean' },
    });
    const dataDir = dataDirOf(parsed);
    const role = roleOf(optionalString(parsed, 'role') ?? 'commune');
    makeDataDir(dataDir);
    const bar = progress(io);
    const summary = await withInstallation(dataDir, async (app) => {
      try {
        return await seedDemo(app.dispatch, {
          role,
          onProgress: (done, total) => bar.update(`Đang tạo dữ liệu mẫu: ${done}/${total} vụ việc hòa giải`),
        });
      } catch (error) {
        throw failureOf(error);
      } finally {
        bar.done();
      }
    });
    if (flag(parsed, 'json')) {
      printJson(io, { ...summary, dataDir });
    } else {
      printLines(
        io,
        `Đã tạo cài đặt mẫu (${ROLE_LABELS[role]}): ${summary.name}, mã ${summary.code}.`,
        ...(role === 'commune'
          ? [
              `  ${summary.communities} thôn, ${summary.teams} tổ hòa giải, ${summary.mediators} hòa giải viên, ${summary.cases} vụ việc trong 12 tháng qua.`,
            ]
          : ['  Dữ liệu của các xã sẽ có khi nhập gói dữ liệu (phiên bản sau).']),
        `Dấu vân tay: ${summary.fingerprint ?? ''}`,
        `Thư mục dữ liệu: ${dataDir}`,
        'Đây là dữ liệu hư cấu để dùng thử; mọi tên người đều là giả định.',
      );
    }
    return EXIT.ok;
  },
};
