import {
  ACCOUNT_ROLES,
  ACCOUNT_ROLE_LABELS,
  MODULES,
  MODULE_LABELS,
  type AccountRole,
  type Module,
} from '../../../shared/auth/roles';
import type { Account } from '../../../shared/auth/schema';
import { foldText } from '../../../shared/util/fold';
import { flag, optionalString, parseCommandArgs, requireString } from '../args';
import type { Command } from '../command';
import { CliFailure, EXIT, UsageError, failureOf, printJson, printLines } from '../io';
import { CLI } from '../messages';
import {
  call,
  credentialPassword,
  dataDirOf,
  openLocked,
  readInputFile,
  readPassword,
  requireDatabase,
  withInstallation,
} from '../session';
import type { AppInstance } from '../../core/app';

const BASE = { data: { type: 'string' }, json: { type: 'boolean' } } as const;

function roleOf(value: string): AccountRole {
  if (!(ACCOUNT_ROLES as readonly string[]).includes(value)) {
    throw new UsageError(`Vai trò (--role) phải là một trong: ${ACCOUNT_ROLES.join(', ')}.`);
  }
  return value as AccountRole;
}

function modulesOf(value: string | undefined): Module[] {
  if (!value) return [];
  const list = value
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean);
  const unknown = list.filter((m) => !(MODULES as readonly string[]).includes(m));
  if (unknown.length)
    throw new UsageError(`Mảng việc (--modules) không có: ${unknown.join(', ')}. Có: ${MODULES.join(', ')}.`);
  return list as Module[];
}

async function accountNamed(app: AppInstance, name: string): Promise<Account> {
  const { items } = await call(app, 'account.list', {});
  const found = items.find((a) => foldText(a.name) === foldText(name));
  if (!found) throw new CliFailure(EXIT.rejected, CLI.userMissing(name), { code: 'NOT_FOUND' });
  return found;
}

function accountLine(a: Account): string {
  const modules =
    a.role === 'can_bo' ? ` (${a.modules.map((m) => MODULE_LABELS[m]).join('; ') || 'chưa giao mảng nào'})` : '';
  return `${a.name} — ${ACCOUNT_ROLE_LABELS[a.role]}${modules}${a.disabled ? ' — ĐÃ KHÓA' : ''}`;
}

/** `qcdc protect`: makes an unprotected installation protected (verified backup first; nothing lost). */
export const protectCommand: Command = {
  name: 'protect',
  async run(args, io) {
    const parsed = parseCommandArgs(args, { ...BASE, admin: { type: 'string' }, 'password-file': { type: 'string' } });
    const dataDir = dataDirOf(parsed);
    const admin = {
      name: requireString(parsed, 'admin'),
      password: readPassword(requireString(parsed, 'password-file')),
    };
    requireDatabase(dataDir);
    const done = await withInstallation(dataDir, (app) => call(app, 'auth.protect', admin));
    io.err(`${CLI.recoveryCode(done.recoveryCode)}\n`);
    if (flag(parsed, 'json'))
      printJson(io, { protected: true, recoveryCode: done.recoveryCode, backupFile: done.backupFile });
    else
      printLines(
        io,
        `Đã bảo vệ cài đặt: cơ sở dữ liệu, tệp đính kèm và các bản sao trong ${dataDir} đã được mã hóa.`,
        `Quản trị viên đầu tiên: ${admin.name}.`,
        `Bản sao lưu kiểm tra trước khi mã hóa (nay cũng đã mã hóa): ${done.backupFile}`,
      );
    return EXIT.ok;
  },
};

/** `qcdc user add`: a new account (administrators). */
export const userAddCommand: Command = {
  name: 'user add',
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      ...BASE,
      name: { type: 'string' },
      role: { type: 'string' },
      modules: { type: 'string' },
      'password-file': { type: 'string' },
    });
    const dataDir = dataDirOf(parsed);
    const input = {
      name: requireString(parsed, 'name'),
      role: roleOf(requireString(parsed, 'role')),
      modules: modulesOf(optionalString(parsed, 'modules')),
      password: readPassword(requireString(parsed, 'password-file')),
    };
    requireDatabase(dataDir);
    const account = await withInstallation(dataDir, (app) => call(app, 'account.create', input));
    if (flag(parsed, 'json')) printJson(io, account);
    else printLines(io, `Đã thêm tài khoản: ${accountLine(account)}.`);
    return EXIT.ok;
  },
};

/** `qcdc user list`: the accounts (administrators). */
export const userListCommand: Command = {
  name: 'user list',
  async run(args, io) {
    const parsed = parseCommandArgs(args, BASE);
    const dataDir = dataDirOf(parsed);
    requireDatabase(dataDir);
    const { items } = await withInstallation(dataDir, (app) => call(app, 'account.list', {}));
    if (flag(parsed, 'json')) printJson(io, { accounts: items });
    else printLines(io, ...items.map(accountLine));
    return EXIT.ok;
  },
};

/** `qcdc user disable`: the account can no longer sign in; its key wrap is removed. */
export const userDisableCommand: Command = {
  name: 'user disable',
  async run(args, io) {
    const parsed = parseCommandArgs(args, { ...BASE, name: { type: 'string' } });
    const dataDir = dataDirOf(parsed);
    const name = requireString(parsed, 'name');
    requireDatabase(dataDir);
    const account = await withInstallation(dataDir, async (app) =>
      call(app, 'account.update', { id: (await accountNamed(app, name)).id, disabled: true }),
    );
    if (flag(parsed, 'json')) printJson(io, account);
    else printLines(io, `Đã khóa tài khoản ${account.name}.`);
    return EXIT.ok;
  },
};

/** `qcdc user password`: a new password (one's own, or any account's for an administrator). */
export const userPasswordCommand: Command = {
  name: 'user password',
  async run(args, io) {
    const parsed = parseCommandArgs(args, { ...BASE, name: { type: 'string' }, 'password-file': { type: 'string' } });
    const dataDir = dataDirOf(parsed);
    const name = requireString(parsed, 'name');
    const password = readPassword(requireString(parsed, 'password-file'));
    requireDatabase(dataDir);
    await withInstallation(dataDir, async (app) => {
      const own = foldText(app.access.userName() ?? '') === foldText(name);
      if (own) await call(app, 'auth.changePassword', { current: credentialPassword().password, next: password });
      else await call(app, 'account.setPassword', { id: (await accountNamed(app, name)).id, password });
    });
    if (flag(parsed, 'json')) printJson(io, { name, changed: true });
    else printLines(io, `Đã đặt mật khẩu mới cho ${name}.`);
    return EXIT.ok;
  },
};

/** `qcdc user reset`: every password lost, the recovery code gives NAME a new password. */
export const userResetCommand: Command = {
  name: 'user reset',
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      ...BASE,
      name: { type: 'string' },
      'recovery-code-file': { type: 'string' },
      'password-file': { type: 'string' },
    });
    const dataDir = dataDirOf(parsed);
    const name = requireString(parsed, 'name');
    const code = readInputFile(requireString(parsed, 'recovery-code-file')).toString('utf8').trim();
    const password = readPassword(requireString(parsed, 'password-file'));
    requireDatabase(dataDir);
    const app = openLocked(dataDir);
    try {
      await call(app, 'auth.recover', { recoveryCode: code, name, password });
    } catch (error) {
      throw failureOf(error);
    } finally {
      app.close();
    }
    if (flag(parsed, 'json')) printJson(io, { name, reset: true });
    else printLines(io, `Đã mở lại cài đặt bằng mã khôi phục; tài khoản ${name} có mật khẩu mới.`);
    return EXIT.ok;
  },
};
