import { ERROR_MESSAGES } from '../../../shared/contract/errors';
import { zodIssues } from '../../../shared/contract/zodIssues';
import { ROLES, setupInput, type Role } from '../../../shared/installation/schema';
import { ROLE_LABELS } from '../../../shared/i18n/vi';
import { flag, optionalString, parseCommandArgs, requireString } from '../args';
import type { Command } from '../command';
import { CliFailure, EXIT, UsageError, printJson, printLines, toIssueLine } from '../io';
import { CLI } from '../messages';
import { call, dataDirOf, makeDataDir, readPassword, withInstallation } from '../session';

/** Parses `--role`, which only takes the two installation roles. */
export function roleOf(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value)) throw new UsageError(CLI.badRole);
  return value as Role;
}

/** `qcdc init`: a new commune or office installation (database, signing key, age identity). */
export const initCommand: Command = {
  name: 'init',
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      data: { type: 'string' },
      role: { type: 'string' },
      code: { type: 'string' },
      name: { type: 'string' },
      province: { type: 'string' },
      admin: { type: 'string' },
      'password-file': { type: 'string' },
      json: { type: 'boolean' },
    });
    const dataDir = dataDirOf(parsed);
    const role = roleOf(requireString(parsed, 'role'));
    const code = requireString(parsed, 'code');
    const name = requireString(parsed, 'name');
    const province = optionalString(parsed, 'province') ?? null;
    const adminName = optionalString(parsed, 'admin');
    const passwordFile = optionalString(parsed, 'password-file');
    if ((adminName === undefined) !== (passwordFile === undefined)) throw new UsageError(CLI.adminNeedsPassword);
    const admin =
      adminName !== undefined && passwordFile !== undefined
        ? { name: adminName, password: readPassword(passwordFile) }
        : undefined;
    const input = { role, code, name, province, ...(admin ? { admin } : {}) };
    // Checked before the folder and database are created, so a typo leaves nothing behind.
    const check = setupInput.safeParse(input);
    if (!check.success) {
      const issues = zodIssues(check.error);
      throw new CliFailure(EXIT.rejected, `${ERROR_MESSAGES.INVALID_INPUT} ${issues[0]?.message ?? ''}`.trim(), {
        code: 'INVALID_INPUT',
        issues: issues.map(toIssueLine),
      });
    }
    makeDataDir(dataDir);
    const status = await withInstallation(dataDir, (app) => call(app, 'installation.setup', input));
    const result = {
      role: status.role,
      code: status.code,
      name: status.name,
      keyId: status.keyId,
      fingerprint: status.fingerprint,
      ...(status.recoveryCode ? { recoveryCode: status.recoveryCode } : {}),
    };
    // The recovery code goes to stderr whatever the output mode (cli.md v2); --json also carries it.
    io.err(`${status.recoveryCode ? CLI.recoveryCode(status.recoveryCode) : CLI.unprotectedInit}\n`);
    if (flag(parsed, 'json')) {
      printJson(io, result);
    } else {
      printLines(
        io,
        `Đã thiết lập cài đặt mới (${ROLE_LABELS[role]}): ${result.name ?? ''}, mã ${result.code ?? ''}.`,
        `Mã khóa ký: ${result.keyId ?? ''}`,
        `Dấu vân tay: ${result.fingerprint ?? ''}`,
        `Thư mục dữ liệu: ${dataDir}`,
        'Hãy sao lưu khóa ngay (qcdc keys export) và cất bản sao ở nơi an toàn.',
      );
    }
    return EXIT.ok;
  },
};
