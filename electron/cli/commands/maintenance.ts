import { copyFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assertBackupAdmin, backupHeader, backupKeyring, openBackupKey } from '../../../db/access/backup';
import { failedAttempt, succeededAttempt } from '../../../db/access/gate';
import { keyringPath, writeKeyring, type Keyring } from '../../../db/access/keyring';
import { extractDatabase } from '../../../db/maintenance/container';
import { removeDatabaseFiles, tempNameFor } from '../../../db/maintenance/files';
import { isPlainSqliteFile } from '../../../db/open';
import { cliSession } from '../credentials';
import { hasKeys, loadKeys, plainFileProtector, publicKeysOf } from '../../../db/keys/keystore';
import { attachmentsDir } from '../../../db/attachment/store';
import { backupDatabase } from '../../../db/maintenance/backup';
import { checkDatabase, type CheckResult } from '../../../db/maintenance/check';
import { keyProblems } from '../../../db/maintenance/keys';
import {
  RestoreRefused,
  restoreDatabase,
  type RestoreOptions,
  type RestoreResult,
} from '../../../db/maintenance/restore';
import { sweepTempFiles } from '../../../db/maintenance/temp';
import { replicaProblems } from '../../../db/sync/replicaCheck';
import { formatNumber } from '../../../shared/util/format';
import { databasePath } from '../../core/app';
import { appendLog } from '../../core/log';
import { flag, parseCommandArgs } from '../args';
import type { Command } from '../command';
import { CliFailure, EXIT, failureOf, printJson, printLines } from '../io';
import { parseOutputArgs } from '../outputArgs';
import {
  credentialPassword,
  dataDirOf,
  openInstallation,
  openLocked,
  requireDatabase,
  requireExistingDir,
  withInstallation,
} from '../session';

/** `qcdc backup`: a consistent copy of the live database, taken while the app may be writing. */
export const backupCommand: Command = {
  name: 'backup',
  async run(args, io) {
    const { parsed, dataDir, out: outFile } = parseOutputArgs(args);
    const out = resolve(outFile);
    const result = await withInstallation(dataDir, async (app) => {
      try {
        // A protected installation's backup is encrypted and carries its key ring (restore needs a password).
        const header = app.access.isProtected() ? backupHeader(app.access) : undefined;
        return backupDatabase(app.sql, out, { attachmentsDir: attachmentsDir(dataDir), dataDir, header });
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
      result = await restoreFrom(dataDir, source);
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
    (await openInstallation(dataDir)).close();
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

/**
 * Restores a backup into a data folder. A protected backup opens only with the password of one of
 * its administrators (cli.md v2); its key ring comes back with it, the folder's own key ring being
 * kept in backups/ beside the database it replaces. A plain backup is refused over a protected
 * installation (it would undo the protection); an encrypted copy without a header (the automatic
 * copies in backups/) opens with the installation's own key.
 */
async function restoreFrom(dataDir: string, source: string): Promise<RestoreResult> {
  if (!existsSync(source)) throw new CliFailure(EXIT.rejected, `Không tìm thấy tệp sao lưu: ${source}`);
  const live = existsSync(databasePath(dataDir)) ? openLocked(dataDir) : null;
  const liveProtected = live?.access.isProtected() ?? false;
  live?.close();
  const target = {
    target: databasePath(dataDir),
    backupsDir: join(dataDir, 'backups'),
    attachmentsDir: attachmentsDir(dataDir),
    dataDir,
  };
  const container = backupKeyring(source);
  if (container) return restoreProtected(dataDir, source, container, target, liveProtected);
  // Over an unprotected installation anything else is checked as a plain backup (and refused if it is not one).
  if (!liveProtected) return restoreDatabase({ ...target, source });
  if (isPlainSqliteFile(source)) throw new CliFailure(EXIT.rejected, RESTORE.plainOverProtected);
  const app = await openInstallation(dataDir);
  const key = app.access.databaseKey();
  app.close();
  return restoreDatabase({ ...target, source, key, currentKey: key });
}

async function restoreProtected(
  dataDir: string,
  source: string,
  container: { keyring: Keyring; offset: number },
  target: Omit<RestoreOptions, 'source'>,
  liveProtected: boolean,
): Promise<RestoreResult> {
  const { user, password } = credentialPassword();
  const opened = await openBackupKey(container.keyring, user, password);
  if (!opened) await failedAttempt(dataDir, cliSession().access?.retryDelayMs);
  succeededAttempt(dataDir);
  const { id, key } = opened!;
  const extracted = tempNameFor(join(dataDir, 'qcdc.sqlite'), 'extract');
  try {
    extractDatabase(source, container.offset, extracted);
    assertBackupAdmin(extracted, key, id);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    if (liveProtected)
      copyFileSync(keyringPath(dataDir), join(dataDir, 'backups', `truoc-khoi-phuc-${stamp}.access.json`));
    // The live database is retired with the backup's key when it is the same installation; otherwise
    // restore keeps its raw files (with the key ring copied above).
    const result = restoreDatabase({ ...target, source: extracted, key, currentKey: liveProtected ? key : null });
    writeKeyring(dataDir, container.keyring, plainFileProtector);
    return result;
  } finally {
    removeDatabaseFiles(extracted);
  }
}

const RESTORE = {
  plainOverProtected:
    'Cài đặt này đang được bảo vệ; không khôi phục một bản sao lưu không mã hóa đè lên. Hãy khôi phục vào một thư mục dữ liệu mới.',
} as const;

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
    const result = await runChecks(dataDir);
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

async function runChecks(dataDir: string): Promise<CheckResult> {
  let app;
  try {
    app = await openInstallation(dataDir);
  } catch (error) {
    const failure = failureOf(error);
    // Missing or wrong credentials are not a damaged database: they keep their exit codes (2, 3).
    if (failure.exitCode === EXIT.usage || failure.exitCode === EXIT.security) throw failure;
    return { ok: false, problems: [{ code: 'unreadable', message: failure.message }], changes: 0, records: 0 };
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
