import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { failedAttempt } from '../../../db/access/gate';
import { attachmentsDir } from '../../../db/attachment/store';
import { hasKeys, loadKeys, plainFileProtector, publicKeysOf } from '../../../db/keys/keystore';
import { readBackupFile } from '../../../db/maintenance/backupFile';
import {
  createBackup,
  restoreBackup,
  type BackupHost,
  type RestoreOutcome,
  type RestoreRequest,
} from '../../../db/maintenance/backupService';
import { noteBackup } from '../../../db/maintenance/backupStatus';
import { checkDatabase, type CheckResult } from '../../../db/maintenance/check';
import { keyProblems } from '../../../db/maintenance/keys';
import type { BackupSecrets } from '../../../db/maintenance/openBackup';
import { RestoreRefused } from '../../../db/maintenance/restore';
import { schemaProblems } from '../../../db/maintenance/schemaCheck';
import { sweepTempFiles } from '../../../db/maintenance/temp';
import type { Sql } from '../../../db/open';
import { replicaProblems } from '../../../db/sync/replicaCheck';
import { previewLines } from '../../../shared/backup/text';
import { AppError } from '../../../shared/contract/errors';
import { formatNumber } from '../../../shared/util/format';
import { appVersion, databasePath, type AppInstance } from '../../core/app';
import { appendLog } from '../../core/log';
import { flag, optionalString, parseCommandArgs, type ParsedArgs } from '../args';
import type { Command } from '../command';
import { cliSession } from '../credentials';
import { CliFailure, EXIT, UsageError, failureOf, printJson, printLines } from '../io';
import { CLI } from '../messages';
import { parseOutputArgs } from '../outputArgs';
import {
  credentialPassword,
  dataDirOf,
  openInstallation,
  openLocked,
  readPassphrase,
  requireAdministrator,
  requireDatabase,
  requireExistingDir,
  withInstallation,
} from '../session';

/** The CLI's view of an installation for backup and restore (its key store in the folder). */
function hostOf(app: AppInstance | null, dataDir: string): BackupHost {
  let sql: Sql | null = null;
  try {
    sql = app?.sql ?? null;
  } catch {
    sql = null;
  }
  return {
    dataDir,
    databaseFile: databasePath(dataDir),
    protector: plainFileProtector,
    access: app?.access ?? null,
    sql,
    appVersion: appVersion(),
    kdfCost: cliSession().access?.kdfCost,
  };
}

/** A file outside the data folder counts as "backed up" for the app's reminder. */
function outsideDataFolder(dataDir: string, file: string): boolean {
  const rel = relative(resolve(dataDir), resolve(file));
  return rel.startsWith('..') || isAbsolute(rel);
}

/**
 * `qcdc backup`: a consistent, signed copy of the installation (database, attachments, an office's
 * replicas) taken while the app may be writing; with the installation's keys under its database
 * key (protected) or under `--passphrase-file` (unprotected).
 */
export const backupCommand: Command = {
  name: 'backup',
  async run(args, io) {
    const { parsed, dataDir, out: outFile } = parseOutputArgs(args, { 'passphrase-file': { type: 'string' } });
    const out = resolve(outFile);
    const passphrase = readPassphrase(optionalString(parsed, 'passphrase-file'));
    let foreign: string[] = [];
    const result = await withInstallation(dataDir, async (app) => {
      requireAdministrator(app);
      // Backed up all the same (it may be the only copy), but a restore will refuse it: say so now.
      foreign = schemaProblems(app.sql.raw).map((p) => p.message);
      try {
        const host = hostOf(app, dataDir);
        const written = await createBackup(host, out, { kind: 'manual', passphrase });
        if (outsideDataFolder(dataDir, out))
          noteBackup(app.sql, written.file, dirname(out), written.manifest.createdAt);
        return written;
      } catch (error) {
        throw failureOf(error);
      }
    });
    appendLog(dataDir, `backup -> ${result.file} (${result.bytes} bytes)`);
    const keys = result.manifest.keys !== null;
    if (!keys) io.err(`Lưu ý: ${RESTORE.noKeysInBackup}\n`);
    if (foreign.length) io.err(`Lưu ý: ${RESTORE.foreignSchema}\n${foreign.map((m) => `  - ${m}`).join('\n')}\n`);
    if (flag(parsed, 'json')) {
      printJson(io, {
        file: result.file,
        bytes: result.bytes,
        keys,
        fingerprint: result.manifest.fingerprint,
        toSeq: result.manifest.chain.seq,
        sha256: result.manifest.body.sha256,
      });
    } else {
      printLines(
        io,
        `Đã sao lưu vào ${result.file} (${formatNumber(result.bytes)} byte), ký bằng khóa có dấu vân tay ${result.manifest.fingerprint}${keys ? ', kèm khóa của cài đặt' : ''}.`,
      );
    }
    return EXIT.ok;
  },
};

/**
 * `qcdc restore`: checks a backup (signature against this installation's key, or the keys inside it
 * opened by a password or passphrase, or a fingerprint; the parts' SHA-256; the schema; the chain and
 * its signed head) and replaces the installation with it, keeping the old one in backups/.
 */
export const restoreCommand: Command = {
  name: 'restore',
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      {
        data: { type: 'string' },
        json: { type: 'boolean' },
        'passphrase-file': { type: 'string' },
        'recovery-code-file': { type: 'string' },
        fingerprint: { type: 'string' },
        'allow-unsigned': { type: 'boolean' },
        'dry-run': { type: 'boolean' },
      },
      { min: 1, max: 1, label: 'một tệp sao lưu cần khôi phục' },
    );
    const dataDir = dataDirOf(parsed);
    const source = resolve(parsed.positionals[0]!);
    requireExistingDir(dataDir);
    // Leftovers of a restore killed earlier go first: the CLI may never open the app before this.
    sweepTempFiles(dataDir);
    if (!existsSync(source)) throw new CliFailure(EXIT.rejected, `Không tìm thấy tệp sao lưu: ${source}`);
    const secrets = restoreSecrets(parsed, source);
    const allowUnsigned = flag(parsed, 'allow-unsigned');
    const dryRun = flag(parsed, 'dry-run');
    let outcome: RestoreOutcome;
    try {
      outcome = await restoreWithLiveClosed(dataDir, source, { secrets, allowUnsigned, dryRun, requireSecret: true });
    } catch (error) {
      throw restoreFailure(error);
    }
    const p = outcome.preview;
    if (p.trust === 'unsigned') io.err(`Lưu ý: ${RESTORE.unsignedWarning}\n`);
    if (dryRun) {
      if (flag(parsed, 'json')) printJson(io, { restored: false, dryRun: true, preview: p });
      else printLines(io, ...previewLines(p), 'Chưa thay thế gì (--dry-run).');
      return EXIT.ok;
    }
    // Opening migrates a backup from an older version, as the desktop app would.
    (await openInstallation(dataDir)).close();
    appendLog(dataDir, `restore <- ${source} (${p.trust}; previous kept at ${outcome.previous ?? 'none'})`);
    const keyWarning = keyMismatch(dataDir, p.fingerprint);
    if (keyWarning) io.err(`Lưu ý: ${keyWarning}\n`);
    if (flag(parsed, 'json')) {
      printJson(io, {
        restored: true,
        file: source,
        previous: outcome.previous,
        role: p.role,
        code: p.code,
        name: p.name,
        keyId: keyIdOf(dataDir),
        changes: p.changes,
        trust: p.trust,
        fingerprint: p.fingerprint,
        keysRestored: outcome.keysRestored,
        preview: p,
      });
    } else {
      printLines(
        io,
        ...[
          `Đã khôi phục cơ sở dữ liệu từ ${source}: ${p.name} (mã ${p.code}), ${formatNumber(p.changes)} mục nhật ký thay đổi.`,
          ...previewLines(p),
          outcome.keysRestored ? 'Khóa của cài đặt đã được khôi phục cùng bản sao lưu.' : '',
          outcome.previous
            ? `Cài đặt trước đó được giữ tại ${outcome.previous}.`
            : 'Trước đó thư mục chưa có cài đặt nào.',
        ].filter(Boolean),
      );
    }
    return EXIT.ok;
  },
};

/** What opens the backup: the run's administrator, the recovery code, the passphrase, the fingerprint. */
function restoreSecrets(parsed: ParsedArgs, source: string): BackupSecrets {
  const codeFile = optionalString(parsed, 'recovery-code-file');
  const recoveryCode = codeFile === undefined ? undefined : readPassphrase(codeFile);
  const { user, passwordFile } = cliSession().credentials;
  // cli.md v2: a protected backup needs the password of one of its administrators (or the recovery code).
  if (isProtectedBackup(source) && !recoveryCode && (!user || !passwordFile)) {
    throw new UsageError(CLI.credentialsMissing);
  }
  return {
    account: user && passwordFile ? accountOf(credentialPassword()) : undefined,
    recoveryCode,
    passphrase: readPassphrase(optionalString(parsed, 'passphrase-file')),
    fingerprint: optionalString(parsed, 'fingerprint'),
  };
}

function accountOf(c: { user: string; password: string }): { name: string; password: string } {
  return { name: c.user, password: c.password };
}

function isProtectedBackup(file: string): boolean {
  try {
    const info = readBackupFile(file);
    return info.format === 'v1' || (info.format === 'v2' && info.manifest.protected);
  } catch {
    return false;
  }
}

/**
 * Runs the restore with the installation opened only as far as it opens without a password (its
 * unit, keys and, unprotected, its database for the signed copy kept in backups/), closed before
 * anything is replaced.
 */
async function restoreWithLiveClosed(
  dataDir: string,
  source: string,
  request: Omit<RestoreRequest, 'swap'>,
): Promise<RestoreOutcome> {
  // A new folder stays as it is until the backup is known good (no empty database created first).
  const app = existsSync(databasePath(dataDir)) ? openLocked(dataDir) : null;
  let open = app !== null;
  try {
    const host = hostOf(app, dataDir);
    return await restoreBackup(host, source, {
      ...request,
      swap: (replace) => {
        app?.close();
        open = false;
        return replace();
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'UNAUTHORISED') {
      await failedAttempt(dataDir, cliSession().access?.retryDelayMs, error.message);
    }
    throw error;
  } finally {
    if (open) app?.close();
  }
}

/** A refused restore: its exit code (1 refused, 3 tampered or wrong password), and `{ restored: false }` in --json. */
function restoreFailure(error: unknown): CliFailure {
  if (error instanceof CliFailure) return error;
  const failure = failureOf(error);
  const problems = error instanceof RestoreRefused ? error.problems : [];
  return new CliFailure(failure.exitCode, failure.message, {
    code: failure.details.code,
    issues: problems.length ? problems.map((p) => ({ message: p.message })) : failure.details.issues,
    json: { restored: false, code: failure.details.code, message: failure.message, problems },
  });
}

const RESTORE = {
  foreignSchema:
    'cơ sở dữ liệu có thành phần không do phần mềm tạo ra; bản sao lưu này sẽ bị từ chối khi khôi phục. Hãy chạy "qcdc check" và khôi phục một bản sao lưu cũ hơn còn sạch.',
  noKeysInBackup:
    'bản sao lưu không kèm khóa của cài đặt (cài đặt không được bảo vệ). Thêm --passphrase-file TỆP để kèm khóa, được bảo vệ bằng cụm mật khẩu đó.',
  unsignedWarning:
    'bản sao lưu không có chữ ký của cài đặt (tạo bởi phiên bản cũ): nguồn gốc và lịch sử thay đổi của nó không kiểm chứng được. Đã khôi phục theo yêu cầu --allow-unsigned.',
} as const;

function keyIdOf(dataDir: string): string | null {
  try {
    return publicKeysOf(loadKeys(dataDir, plainFileProtector)).keyId;
  } catch {
    return null;
  }
}

function keyMismatch(dataDir: string, fingerprint: string | null): string | null {
  if (!hasKeys(dataDir)) return 'thư mục dữ liệu chưa có khóa của cài đặt; hãy khôi phục khóa bằng "qcdc keys import".';
  try {
    const current = publicKeysOf(loadKeys(dataDir, plainFileProtector)).fingerprint;
    return fingerprint === null || current === fingerprint
      ? null
      : `khóa trong thư mục dữ liệu (${current}) khác với khóa của bản sao lưu (${fingerprint}); hãy khôi phục đúng khóa bằng "qcdc keys import".`;
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
