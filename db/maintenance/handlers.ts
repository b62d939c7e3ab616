import { isAbsolute, resolve } from 'node:path';
import type { Handlers } from '../../shared/contract/index';
import { AppError } from '../../shared/contract/errors';
import type { Ctx } from '../context';
import { requireRole } from '../installation/service';
import type { Sql } from '../open';
import type { BackupSecrets } from './openBackup';
import { inspectBackup, restoreBackup, type BackupHost } from './backupService';
import { backupStatus, backupToFolder, listBackups, setReminderDays } from './backupStatus';

type BackupCalls =
  'backup.status' | 'backup.create' | 'backup.list' | 'backup.inspect' | 'backup.restore' | 'backup.setReminder';

function openSql(ctx: Ctx): Sql | null {
  try {
    return ctx.sql;
  } catch {
    return null;
  }
}

function hostOf(ctx: Ctx): BackupHost {
  return {
    dataDir: ctx.dataDir,
    databaseFile: ctx.databaseFile,
    protector: ctx.keyProtector,
    access: ctx.access,
    sql: openSql(ctx),
    appVersion: ctx.appVersion,
    kdfCost: ctx.access.kdfCost(),
  };
}

function fullPath(path: string, field: string): string {
  if (!isAbsolute(path)) {
    throw new AppError('INVALID_INPUT', 'Hãy nhập đường dẫn đầy đủ (ví dụ E:\\SaoLuu).', [
      { field, message: 'Cần đường dẫn đầy đủ, ví dụ E:\\SaoLuu.' },
    ]);
  }
  return resolve(path);
}

function secretsOf(input: {
  account?: { name: string; password: string };
  recoveryCode?: string;
  passphrase?: string;
}): BackupSecrets {
  return {
    account: input.account,
    recoveryCode: input.recoveryCode?.trim() || undefined,
    passphrase: input.passphrase === '' ? undefined : input.passphrase,
  };
}

// A wrong password for a backup counts like a wrong sign-in: the delay grows with each failure.
async function withAttempts<T>(ctx: Ctx, run: () => Promise<T>, secrets: BackupSecrets): Promise<T> {
  try {
    const value = await run();
    if (secrets.account || secrets.recoveryCode) ctx.access.noteSuccess();
    return value;
  } catch (error) {
    if (error instanceof AppError && error.code === 'UNAUTHORISED' && (secrets.account || secrets.recoveryCode)) {
      return ctx.access.refuseAttempt(error.message);
    }
    throw error;
  }
}

/**
 * The calls of Cài đặt → Sao lưu and of the first screen's restore (issue 15). Only an
 * administrator makes them on a protected installation (shared/auth/access.ts); on a new, empty
 * data folder there is no account yet and the first screen restores.
 */
export const backupHandlers: Pick<Handlers<Ctx>, BackupCalls> = {
  'backup.status': (_i, ctx) => (requireRole(ctx.sql), backupStatus(hostOf(ctx))),
  'backup.create': (i, ctx) => {
    requireRole(ctx.sql);
    return backupToFolder(hostOf(ctx), i.folder, { passphrase: i.passphrase || undefined, requireKeys: true });
  },
  'backup.list': (i) => {
    const folder = fullPath(i.folder, 'folder');
    return { folder, items: listBackups(folder) };
  },
  'backup.inspect': (i, ctx) => {
    const secrets = secretsOf(i);
    return withAttempts(ctx, () => inspectBackup(hostOf(ctx), fullPath(i.file, 'file'), { secrets }), secrets);
  },
  'backup.restore': async (i, ctx) => {
    const secrets = secretsOf(i);
    const outcome = await withAttempts(
      ctx,
      () =>
        restoreBackup(hostOf(ctx), fullPath(i.file, 'file'), {
          secrets,
          expectSha256: i.sha256,
          // Someone must be able to sign in afterwards: a protected backup needs one of its own
          // administrators' passwords (or its recovery code), not just the key of this session.
          requireSecret: true,
          swap: (replace) => ctx.swapDatabase(replace),
        }),
      secrets,
    );
    let signedIn = false;
    if (outcome.preview.protected && secrets.account) {
      await ctx.access.signIn(secrets.account.name, secrets.account.password);
      signedIn = true;
    }
    return { restored: true as const, signedIn, preview: outcome.preview };
  },
  'backup.setReminder': (i, ctx) => (requireRole(ctx.sql), setReminderDays(hostOf(ctx), i.days)),
};
