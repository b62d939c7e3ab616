import { AppError } from '../../shared/contract/errors';
import type { Handlers } from '../../shared/contract/index';
import type { Ctx } from '../context';
import { requireRole } from '../installation/role';
import { backupDatabase } from '../maintenance/backup';
import { attachmentsDir } from '../attachment/store';
import { listAccounts } from './accounts';
import { AUTH_MESSAGES as M } from './messages';
import { encryptDataFolder } from './protect';
import { join } from 'node:path';

type AccessCalls =
  | 'auth.status'
  | 'auth.signIn'
  | 'auth.unlock'
  | 'auth.lock'
  | 'auth.signOut'
  | 'auth.activity'
  | 'auth.changePassword'
  | 'auth.recover'
  | 'auth.protect'
  | 'account.list'
  | 'account.create'
  | 'account.update'
  | 'account.setPassword'
  | 'account.setIdleLock'
  | 'account.newRecoveryCode';

function requireProtected(ctx: Ctx): void {
  if (!ctx.access.isProtected()) throw new AppError('RULE_VIOLATION', M.notProtected);
}

/**
 * Makes an unprotected installation protected (Settings, `qcdc protect`, the setup wizard): a
 * verified backup first when it already holds records, then the key ring, then every file
 * encrypted; the change log must come out identical. Returns the recovery code and the backup.
 */
export async function protectInstallation(
  ctx: Ctx,
  admin: { name: string; password: string },
  options: { backup: boolean },
): Promise<{ recoveryCode: string; backupFile: string }> {
  requireRole(ctx.sql);
  let backupFile = '';
  if (options.backup) {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    backupFile = join(ctx.dataDir, 'backups', `truoc-bao-ve-${stamp}.sqlite`);
    backupDatabase(ctx.sql, backupFile, { attachmentsDir: attachmentsDir(ctx.dataDir), dataDir: ctx.dataDir });
  }
  const before = logFingerprint(ctx);
  const { recoveryCode } = await ctx.access.protect(admin, (key) =>
    encryptDataFolder(ctx.dataDir, ctx.databaseFile, key),
  );
  const after = logFingerprint(ctx);
  if (before !== after) throw new Error(`change log differs after encryption: ${before} vs ${after}`);
  return { recoveryCode, backupFile };
}

// The number of change-log entries and the chain head: equal before and after, nothing was lost.
function logFingerprint(ctx: Ctx): string {
  const row = ctx.sql.raw.prepare('SELECT count(*) AS n, max(seq) AS seq FROM change_log').get() as {
    n: number;
    seq: number | null;
  };
  const head = ctx.sql.raw.prepare('SELECT hash FROM change_log ORDER BY seq DESC LIMIT 1').get() as
    { hash: string } | undefined;
  return `${row.n}:${row.seq ?? 0}:${head?.hash ?? ''}`;
}

/** The handlers of the access calls (issue 12). */
export const accessHandlers: Pick<Handlers<Ctx>, AccessCalls> = {
  'auth.status': (_i, ctx) => ctx.access.status(),
  'auth.signIn': (i, ctx) => (requireProtected(ctx), ctx.access.signIn(i.name, i.password)),
  'auth.unlock': (i, ctx) => (requireProtected(ctx), ctx.access.unlock(i.password)),
  'auth.lock': (_i, ctx) => ctx.access.lock(),
  'auth.signOut': (_i, ctx) => ctx.access.signOut(),
  'auth.activity': (_i, ctx) => (ctx.access.touch(), { ok: true as const }),
  'auth.changePassword': async (i, ctx) => {
    requireProtected(ctx);
    await ctx.access.changePassword(i.current, i.next);
    return { ok: true as const };
  },
  'auth.recover': (i, ctx) => (requireProtected(ctx), ctx.access.recover(i.recoveryCode, i.name, i.password)),
  'auth.protect': async (i, ctx) => {
    if (ctx.access.isProtected()) throw new AppError('RULE_VIOLATION', M.alreadyProtected);
    const done = await protectInstallation(ctx, i, { backup: true });
    return { ...done, status: ctx.access.status() };
  },
  'account.list': (_i, ctx) => (requireProtected(ctx), { items: listAccounts(ctx.sql) }),
  'account.create': (i, ctx) => (requireProtected(ctx), ctx.access.createAccount(i)),
  'account.update': (i, ctx) => (requireProtected(ctx), ctx.access.updateAccount(i.id, i)),
  'account.setPassword': (i, ctx) => (requireProtected(ctx), ctx.access.setPassword(i.id, i.password)),
  'account.setIdleLock': (i, ctx) => (requireProtected(ctx), ctx.access.setIdleMinutes(i.minutes)),
  'account.newRecoveryCode': async (_i, ctx) => {
    requireProtected(ctx);
    return { recoveryCode: await ctx.access.newRecoveryCode() };
  },
};
