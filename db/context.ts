import type { Sql } from './open';
import type { Writer } from './store/records';
import type { KeyProtector } from './keys/keystore';

/** What every handler receives besides its parsed input. */
export interface Ctx {
  sql: Sql;
  dataDir: string;
  appVersion: string;
  keyProtector: KeyProtector;
  /** The author recorded on every change (the clerk's name, or "qcdc" for the CLI). */
  writer: () => Writer;
}
