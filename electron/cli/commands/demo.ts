import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_OFFICE_COMMUNES } from '../../../db/demo/data';
import { seedOfficeCommunes, type TemporaryInstallation } from '../../../db/demo/office';
import { seedDemo } from '../../../db/demo/seed';
import { plainFileProtector } from '../../../db/keys/keystore';
import { openApp } from '../../core/app';
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
        const summary = await seedDemo(app.dispatch, {
          role,
          onProgress: (done, total) => bar.update(`Đang tạo dữ liệu mẫu: ${done}/${total} vụ việc hòa giải`),
        });
        if (role === 'office') {
          await seedOfficeCommunes(app.dispatch, temporaryCommune, {
            onProgress: (done, total) => bar.update(`Đang tạo và nhập gói dữ liệu của xã mẫu: ${done}/${total}`),
          });
        }
        return summary;
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
          : [`  Đã đăng ký và nhập gói dữ liệu của ${DEMO_OFFICE_COMMUNES.length} xã mẫu.`]),
        `Dấu vân tay: ${summary.fingerprint ?? ''}`,
        `Thư mục dữ liệu: ${dataDir}`,
        'Đây là dữ liệu hư cấu để dùng thử; mọi tên người đều là giả định.',
      );
    }
    return EXIT.ok;
  },
};

/** A commune installation in a temporary folder, removed when closed (the office demo's communes). */
function temporaryCommune(): TemporaryInstallation {
  const dir = mkdtempSync(join(tmpdir(), 'qcdc-demo-xa-'));
  const app = openApp({ dataDir: dir, keyProtector: plainFileProtector, user: 'demo' });
  return {
    dispatch: app.dispatch,
    close: () => {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
