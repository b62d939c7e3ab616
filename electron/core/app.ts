import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDispatcher } from '../../shared/contract/dispatch';
import { AppError } from '../../shared/contract/errors';
import { contract } from '../../shared/contract/index';
import type { Dispatch } from '../../shared/contract/result';
import { AccessGate, type GateOptions } from '../../db/access/gate';
import { encryptDataFolder } from '../../db/access/protect';
import type { Ctx } from '../../db/context';
import { handlers } from '../../db/handlers';
import type { KeyProtector } from '../../db/keys/keystore';
import { migrate } from '../../db/migrations/migrate';
import { makePrivateDir, sweepTempFiles } from '../../db/maintenance/temp';
import { automaticBackup } from '../../db/maintenance/backupStatus';
import { getSetting } from '../../db/installation/settings';
import { isPlainSqliteFile, openDatabase, setFolderKey, type DbKey, type Sql } from '../../db/open';
import { appendLog } from './log';

/** An open installation: its database and the one dispatcher over it. */
export interface AppInstance {
  dispatch: Dispatch;
  close(): void;
  dataDir: string;
  /** The open database; a protected installation's only after a sign-in (else UNAUTHORISED). */
  readonly sql: Sql;
  /** Accounts, sign-in and lock of the installation. */
  access: AccessGate;
}

/** Options for {@link openApp}. */
export interface OpenAppOptions {
  dataDir: string;
  keyProtector: KeyProtector;
  /** Author recorded when the installation has no clerk name (e.g. "qcdc" for the CLI). */
  user?: string;
  /** KDF cost, retry delays and idle lock of the access gate (tests make them cheap). */
  access?: Omit<GateOptions, 'dataDir' | 'protector'>;
  /**
   * Automatic backups in the data folder when the database opens and when the app closes (the
   * desktop app and the browser build; never the CLI, which opens and closes on every command).
   */
  autoBackup?: boolean;
}

/** The database file inside a data folder. */
export function databasePath(dataDir: string): string {
  return join(dataDir, 'qcdc.sqlite');
}

/** The app version from package.json. */
export function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}

/**
 * Opens the installation in `dataDir`. An unprotected one (or a new folder) is opened, created and
 * migrated at once; a protected one stays closed until an account signs in (`auth.signIn`, or
 * `access.signIn` for the CLI), since only a password opens its database key.
 */
export function openApp(options: OpenAppOptions): AppInstance {
  // The data folder holds every record, the keys and the backups: owner-only, the web mode's too.
  makePrivateDir(options.dataDir);
  makePrivateDir(join(options.dataDir, 'backups'));
  // Copies a killed backup, restore or import left behind hold every record: gone at the next start.
  sweepTempFiles(options.dataDir);
  const file = databasePath(options.dataDir);
  let sql: Sql | null = null;
  const host = {
    current: () => sql,
    open(key: DbKey): Sql {
      // A protection interrupted after the key ring was written: finish it before opening.
      if (key && isPlainSqliteFile(file)) encryptDataFolder(options.dataDir, file, key);
      const opened = openDatabase(file, { key });
      try {
        migrate(opened.raw, {
          backupPath: (from) => join(options.dataDir, 'backups', `truoc-nang-cap-luoc-do-${from}-${Date.now()}.sqlite`),
        });
      } catch (error) {
        opened.raw.close();
        throw error;
      }
      setFolderKey(options.dataDir, key);
      sql = opened;
      // After the answer that opened it (sign-in) has gone out: the copy blocks for a moment.
      if (options.autoBackup) setImmediate(() => runAutomaticBackup());
      return opened;
    },
    close(): void {
      sql?.raw.close();
      sql = null;
    },
  };
  const access = new AccessGate(
    { idleLock: true, ...options.access, dataDir: options.dataDir, protector: options.keyProtector },
    host,
  );
  const runAutomaticBackup = (): void => {
    if (!sql) return;
    try {
      const written = automaticBackup({
        dataDir: options.dataDir,
        databaseFile: file,
        protector: options.keyProtector,
        access,
        sql,
        appVersion: appVersion(),
      });
      if (written) appendLog(options.dataDir, `automatic backup -> ${written}`);
    } catch (error) {
      // A failed automatic backup never stops the app; the log says why.
      appendLog(options.dataDir, `automatic backup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  if (!access.isProtected()) host.open(null);
  const requireSql = (): Sql => {
    if (!sql) throw new AppError('UNAUTHORISED', 'Hãy đăng nhập để tiếp tục.');
    return sql;
  };
  const ctx: Ctx = {
    get sql() {
      return requireSql();
    },
    dataDir: options.dataDir,
    databaseFile: file,
    appVersion: appVersion(),
    keyProtector: options.keyProtector,
    access,
    writer: () => ({ user: access.userName() ?? getSetting(requireSql(), 'userName') ?? options.user ?? 'qcdc' }),
    swapDatabase<T>(replace: () => T): T {
      access.forget();
      host.close();
      setFolderKey(options.dataDir, null);
      try {
        return replace();
      } finally {
        if (!access.isProtected()) host.open(null);
      }
    },
  };
  const dispatch = createDispatcher(
    contract,
    handlers,
    () => ctx,
    (call, error) =>
      appendLog(
        options.dataDir,
        `INTERNAL ${call}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      ),
    (call, writes, input) => access.guard(call, writes, input),
  );
  return {
    dispatch,
    dataDir: options.dataDir,
    get sql() {
      return requireSql();
    },
    access,
    close: () => {
      if (options.autoBackup) runAutomaticBackup();
      host.close();
      setFolderKey(options.dataDir, null);
    },
  };
}
