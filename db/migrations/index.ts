import type { RawDb } from '../open';
import { up as m0001 } from './0001_initial';
import { up as m0002 } from './0002_case_search';
import { up as m0003 } from './0003_disclosure_conventions';
import { up as m0004 } from './0004_reception';
import { up as m0005 } from './0005_sync';
import { up as m0006 } from './0006_deadlines_calendar';
import { up as m0007 } from './0007_accounts';
import { up as m0008 } from './0008_people_decide';

/** One schema migration. */
export interface Migration {
  version: number;
  name: string;
  up: (db: RawDb) => void;
}

/** The static, strictly increasing registry of migrations. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001_initial', up: m0001 },
  { version: 2, name: '0002_case_search', up: m0002 },
  { version: 3, name: '0003_disclosure_conventions', up: m0003 },
  { version: 4, name: '0004_reception', up: m0004 },
  { version: 5, name: '0005_sync', up: m0005 },
  { version: 6, name: '0006_deadlines_calendar', up: m0006 },
  { version: 7, name: '0007_accounts', up: m0007 },
  { version: 8, name: '0008_people_decide', up: m0008 },
];

/** The schema version this build of the app writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
