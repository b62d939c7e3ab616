import type { RawDb } from '../open';
import { up as m0001 } from './0001_initial';
import { up as m0002 } from './0002_case_search';
import { up as m0003 } from './0003_disclosure_conventions';

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
];

/** The schema version this build of the app writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
