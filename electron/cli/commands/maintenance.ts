import { join, resolve } from 'node:path';
import { hasKeys, loadKeys, plainFileProtector, publicKeysOf } from '../../../db/keys/keystore';
import { attachmentsDir } from '../../../db/attachment/store';
import { backupDatabase } from '../../../db/maintenance/backup';
import { checkDatabase, type CheckResult } from '../../../db/maintenance/check';
import { keyProblems } from '../../../db/maintenance/keys';
import { RestoreRefused, restoreDatabase } from '../../../db/maintenance/restore';
import { sweepTempFiles } from '../../../db/maintenance/temp';
import { replicaProblems } from '../../../db/sync/replicaCheck';
import { formatNumber } from '../../../shared/util/format';
import { databasePath } from '../../core/app';
import { appendLog } from '../../core/log';
import { flag, parseCommandArgs } from '../args';
import type { Command } from '../command';
import { CliFailure, EXIT, failureOf, printJson, printLines } from '../io';
import { parseOutputArgs } from '../outputArgs';
import { dataDirOf, openInstallation, requireDatabase, requireExistingDir, withInstallation } from '../session';

/** `qcdc backup`: a consistent copy of the live database, taken while the app may be writing. */
export const backupCommand: Command = {
  name: 'backup',
  async run(args, io) {
    const { parsed, dataDir, out: outFile } = parseOutputArgs(args);
    const out = resolve(outFile);
    const result = await withInstallation(dataDir, async (app) => {
      try {
        return backupDatabase(app.sql, out, { attachmentsDir: attachmentsDir(dataDir), dataDir });
      } catch (error) {
        throw failureOf(error);
      }
    });
    appendLog(dataDir, `backup -> ${result.file} (${result.bytes} bytes)`);
    if (flag(parsed, 'json')) printJson(io, result);
    else printLines(io, `Đã sao lưu cơ sở dữ liệu vào ${result.file} (${formatNumber(result.bytes)} byte).`);
    return EXIT.ok;
  },
};

/** `qcdc restore`: replaces the database with a checked backup, keeping the old one in backups/. */
export const restoreCommand: Command = {
  name: 'restore',
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      { data: { type: 'string' }, json: { type: 'boolean' } },
      { min: 1, max: 1, label: 'một tệp sao lưu cần khôi phục' },
    );
    const dataDir = dataDirOf(parsed);
    const source = resolve(parsed.positionals[0]!);
    requireExistingDir(dataDir);
    // Leftovers of a restore killed earlier go first: the CLI may never open the app before this.
    sweepTempFiles(dataDir);
    let result;
    try {
      result = restoreDatabase({
        source,
        target: databasePath(dataDir),
        backupsDir: join(dataDir, 'backups'),
        attachmentsDir: attachmentsDir(dataDir),
        dataDir,
      });
    } catch (error) {
      if (error instanceof RestoreRefused) {
        throw new CliFailure(EXIT.rejected, error.message, {
          code: error.code,
          issues: error.problems.map((p) => ({ message: p.message })),
          json: { restored: false, problems: error.problems },
        });
      }
      throw failureOf(error);
    }
    // Opening migrates a backup from an older version, as the desktop app would.
    openInstallation(dataDir).close();
    appendLog(dataDir, `restore <- ${source} (previous kept at ${result.previous ?? 'none'})`);
    const keyWarning = keyMismatch(dataDir, result.keyId);
    if (keyWarning) io.err(`Lưu ý: ${keyWarning}\n`);
    if (flag(parsed, 'json')) {
      printJson(io, { restored: true, file: source, ...result });
    } else {
      printLines(
        io,
        `Đã khôi phục cơ sở dữ liệu từ ${source}: ${result.name ?? ''} (mã ${result.code ?? ''}), ${formatNumber(result.changes)} mục nhật ký thay đổi.`,
        result.previous
          ? `Cơ sở dữ liệu trước đó được giữ tại ${result.previous}.`
          : 'Trước đó thư mục chưa có cơ sở dữ liệu.',
      );
    }
    return EXIT.ok;
  },
};

function keyMismatch(dataDir: string, keyId: string | null): string | null {
  if (!hasKeys(dataDir)) return 'thư mục dữ liệu chưa có khóa của cài đặt; hãy khôi phục khóa bằng "qcdc keys import".';
  try {
    const current = publicKeysOf(loadKeys(dataDir, plainFileProtector)).keyId;
    return current === keyId
      ? null
      : `khóa trong thư mục dữ liệu (${current}) khác với khóa của bản sao lưu (${keyId ?? 'không có'}); hãy khôi phục đúng khóa bằng "qcdc keys import".`;
  } catch (error) {
    return failureOf(error).message;
  }
}

/** `qcdc check`: database integrity, the change-log chain, rows against their logged snapshots, keys. */
export const checkCommand: Command = {
  name: 'check',
  async run(args, io) {
    const parsed = parseCommandArgs(args, { data: { type: 'string' }, json: { type: 'boolean' } });
    const dataDir = dataDirOf(parsed);
    requireDatabase(dataDir);
    const result = runChecks(dataDir);
    if (flag(parsed, 'json')) {
      printJson(io, result);
    } else if (result.ok) {
      printLines(
        io,
        `Kiểm tra xong: không phát hiện vấn đề nào (${formatNumber(result.records)} bản ghi, ${formatNumber(result.changes)} mục nhật ký thay đổi).`,
      );
    } else {
      printLines(
        io,
        `Phát hiện ${formatNumber(result.problems.length)} vấn đề:`,
        ...result.problems.map((p) => `  - ${p.message}`),
      );
    }
    return result.ok ? EXIT.ok : EXIT.rejected;
  },
};

function runChecks(dataDir: string): CheckResult {
  let app;
  try {
    app = openInstallation(dataDir);
  } catch (error) {
    return { ok: false, problems: [{ code: 'unreadable', message: failureOf(error).message }], changes: 0, records: 0 };
  }
  try {
    const result = checkDatabase(app.sql, { attachmentsDir: attachmentsDir(dataDir) });
    const keys = result.problems.some((p) => p.code === 'unreadable' || p.code === 'not_qcdc')
      ? []
      : keyProblems(app.sql, dataDir, plainFileProtector);
    const problems = [
      ...result.problems,
      ...keys.map((message) => ({ code: 'keys' as const, message })),
      ...replicaProblems(dataDir).map((message) => ({ code: 'replica' as const, message })),
    ];
    return { ...result, ok: problems.length === 0, problems };
  } finally {
    app.close();
  }
}
