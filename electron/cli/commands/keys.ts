import { resolve } from 'node:path';
import { ERROR_MESSAGES } from '../../../shared/contract/errors';
import { keyBackupPassphraseProblem } from '../../../shared/installation/passphrase';
import {
  createInstallationKeys,
  exportKeys,
  importKeys,
  loadKeys,
  plainFileProtector,
  publicKeysOf,
} from '../../../db/keys/keystore';
import { transaction } from '../../../db/open';
import { recordEvent } from '../../../db/sync/events';
import { replaceInstallationKeys } from '../../../db/maintenance/keys';
import { appendLog } from '../../core/log';
import { flag, optionalString, parseCommandArgs, requireString } from '../args';
import type { Command } from '../command';
import type { AppInstance } from '../../core/app';
import { CliFailure, EXIT, exitCodeFor, failureOf, printJson, printLines } from '../io';
import { call, dataDirOf, readPassphrase, requireAdministrator, requireDatabase, withInstallation } from '../session';

/** Exit 2 (NOT_INITIALISED) unless the installation is set up: keys belong to a role and a code. */
async function requireInitialised(app: AppInstance): Promise<void> {
  // The secret keys are the unit's signature: on a protected installation only an administrator touches them.
  requireAdministrator(app);
  const status = await call(app, 'installation.status', {});
  if (!status.initialised) {
    throw new CliFailure(exitCodeFor('NOT_INITIALISED'), ERROR_MESSAGES.NOT_INITIALISED, { code: 'NOT_INITIALISED' });
  }
}

const OPTIONS = {
  data: { type: 'string' },
  out: { type: 'string' },
  from: { type: 'string' },
  'passphrase-file': { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** `qcdc keys export`: a key backup readable by the standard minisign and age programs. */
export const keysExportCommand: Command = {
  name: 'keys export',
  async run(args, io) {
    const { from: _from, ...options } = OPTIONS;
    const parsed = parseCommandArgs(args, options);
    const dataDir = dataDirOf(parsed);
    const outDir = resolve(requireString(parsed, 'out'));
    const passphrase = readPassphrase(optionalString(parsed, 'passphrase-file'));
    const weak = passphrase === undefined ? null : keyBackupPassphraseProblem(passphrase);
    if (weak) throw new CliFailure(EXIT.rejected, weak, { code: 'INVALID_INPUT' });
    requireDatabase(dataDir);
    const { files, keyId } = await withInstallation(dataDir, async (app) => {
      await requireInitialised(app);
      try {
        const keys = loadKeys(dataDir, plainFileProtector);
        const written = await exportKeys(keys, outDir, passphrase);
        return { files: written, keyId: publicKeysOf(keys).keyId };
      } catch (error) {
        throw failureOf(error);
      }
    });
    appendLog(dataDir, `keys export ${keyId} -> ${outDir} (${passphrase === undefined ? 'plain' : 'passphrase'})`);
    if (flag(parsed, 'json')) {
      printJson(io, { dir: outDir, files, encrypted: passphrase !== undefined, keyId });
    } else {
      printLines(io, `Đã ghi bản sao lưu khóa ${keyId} vào ${outDir}:`, ...files.map((f) => `  ${f}`));
    }
    if (passphrase === undefined) {
      io.err(
        'Lưu ý: các tệp khóa KHÔNG được mã hóa. Ai có chúng có thể ký thay đơn vị; hãy cất ở nơi an toàn ' +
          'hoặc xuất lại với --passphrase-file.\n',
      );
    }
    return EXIT.ok;
  },
};

/** `qcdc keys import`: puts a key backup back onto a (re)initialised installation. */
export const keysImportCommand: Command = {
  name: 'keys import',
  async run(args, io) {
    const { out: _out, ...options } = OPTIONS;
    const parsed = parseCommandArgs(args, options);
    const dataDir = dataDirOf(parsed);
    const fromDir = resolve(requireString(parsed, 'from'));
    const passphrase = readPassphrase(optionalString(parsed, 'passphrase-file'));
    requireDatabase(dataDir);
    const replaced = await withInstallation(dataDir, async (app) => {
      await requireInitialised(app);
      try {
        const keys = await importKeys(fromDir, passphrase);
        return replaceInstallationKeys(app.sql, dataDir, keys, plainFileProtector);
      } catch (error) {
        throw failureOf(error);
      }
    });
    appendLog(dataDir, `keys import ${replaced.keyId} (was ${replaced.previousKeyId ?? 'none'}) from ${fromDir}`);
    if (flag(parsed, 'json')) {
      printJson(io, replaced);
    } else {
      printLines(
        io,
        `Đã khôi phục khóa từ ${fromDir}.`,
        `Mã khóa ký: ${replaced.keyId}${replaced.previousKeyId && replaced.previousKeyId !== replaced.keyId ? ` (thay cho ${replaced.previousKeyId})` : ''}`,
        `Dấu vân tay: ${replaced.fingerprint}`,
      );
    }
    return EXIT.ok;
  },
};

/**
 * `qcdc keys new`: new keys for an installation whose secret keys are lost with no backup. The data
 * stays; the new card must be re-enrolled explicitly by the other side (`enroll --replace-key`).
 */
export const keysNewCommand: Command = {
  name: 'keys new',
  async run(args, io) {
    const parsed = parseCommandArgs(args, { data: { type: 'string' }, json: { type: 'boolean' } });
    const dataDir = dataDirOf(parsed);
    requireDatabase(dataDir);
    const replaced = await withInstallation(dataDir, async (app) => {
      await requireInitialised(app);
      try {
        const result = replaceInstallationKeys(app.sql, dataDir, await createInstallationKeys(), plainFileProtector);
        transaction(app.sql, () =>
          recordEvent(
            app.sql,
            { user: 'qcdc' },
            {
              kind: 'keys_rotated',
              detail: { previousKeyId: result.previousKeyId, keyId: result.keyId, fingerprint: result.fingerprint },
            },
          ),
        );
        return result;
      } catch (error) {
        throw failureOf(error);
      }
    });
    appendLog(dataDir, `keys new ${replaced.keyId} (was ${replaced.previousKeyId ?? 'none'})`);
    if (flag(parsed, 'json')) printJson(io, replaced);
    else
      printLines(
        io,
        `Đã tạo khóa mới ${replaced.keyId} (thay cho ${replaced.previousKeyId ?? 'không có'}).`,
        `Dấu vân tay mới: ${replaced.fingerprint}`,
        'Hãy xuất thẻ mới (qcdc card) gửi cho nơi nhận; nơi nhận phải đăng ký lại thẻ (enroll --replace-key).',
        'Gói ký bằng khóa cũ sẽ không còn được chấp nhận.',
      );
    return EXIT.ok;
  },
};
