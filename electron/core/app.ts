import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDispatcher } from '../../shared/contract/dispatch';
import { contract } from '../../shared/contract/index';
import type { Dispatch } from '../../shared/contract/result';
import type { Ctx } from '../../db/context';
import { handlers } from '../../db/handlers';
import type { KeyProtector } from '../../db/keys/keystore';
import { migrate } from '../../db/migrations/migrate';
import { makePrivateDir, sweepTempFiles } from '../../db/maintenance/temp';
import { getSetting } from '../../db/installation/settings';
import { openDatabase, type Sql } from '../../db/open';
import { appendLog } from './log';

/** An open installation: its database and the one dispatcher over it. */
export interface AppInstance {
  dispatch: Dispatch;
  close(): void;
  dataDir: string;
  sql: Sql;
}

/** Options for {@link openApp}. */
export interface OpenAppOptions {
  dataDir: string;
  keyProtector: KeyProtector;
  /** Author recorded when the installation has no clerk name (e.g. "qcdc" for the CLI). */
  user?: string;
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

/** Opens (creating if needed) the installation in `dataDir`, migrating its database first. */
export function openApp(options: OpenAppOptions): AppInstance {
  // The data folder holds every record, the keys and the backups: owner-only, the web mode's too.
  makePrivateDir(options.dataDir);
  makePrivateDir(join(options.dataDir, 'backups'));
  // Copies a killed backup, restore or import left behind hold every record: gone at the next start.
  sweepTempFiles(options.dataDir);
  const sql = openDatabase(databasePath(options.dataDir));
  migrate(sql.raw, {
    backupPath: (from) => join(options.dataDir, 'backups', `truoc-nang-cap-luoc-do-${from}-${Date.now()}.sqlite`),
  });
  const version = appVersion();
  const ctx: Ctx = {
    sql,
    dataDir: options.dataDir,
    appVersion: version,
    keyProtector: options.keyProtector,
    writer: () => ({ user: getSetting(sql, 'userName') ?? options.user ?? 'qcdc' }),
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
  );
  return { dispatch, dataDir: options.dataDir, sql, close: () => sql.raw.close() };
}
