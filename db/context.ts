import type { AccessGate } from './access/gate';
import type { Sql } from './open';
import type { Writer } from './store/records';
import type { KeyProtector } from './keys/keystore';

/** What every handler receives besides its parsed input. */
export interface Ctx {
  /** The open database (a protected installation's only once an account has signed in). */
  sql: Sql;
  dataDir: string;
  /** The database file of the data folder. */
  databaseFile: string;
  appVersion: string;
  keyProtector: KeyProtector;
  /** Accounts, sign-in, lock and the database key of a protected installation. */
  access: AccessGate;
  /** The author recorded on every change: the signed-in account, else the clerk's name, else "qcdc". */
  writer: () => Writer;
  /**
   * Runs `replace` with the database closed and the session forgotten (a restore replaces the file
   * and the key ring), then reopens an unprotected database; a protected one opens at the next sign-in.
   */
  swapDatabase: <T>(replace: () => T) => T;
}
