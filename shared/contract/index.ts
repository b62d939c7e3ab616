import { attachmentContract } from '../attachment/schema';
import { backupContract } from '../backup/schema';
import { calendarContract } from '../calendar/schema';
import { authContract } from '../auth/schema';
import { communityContract } from '../community/schema';
import { conventionContract } from '../convention/schema';
import { disclosureContract } from '../disclosure/schema';
import { exportContract } from '../export/schema';
import { installationContract } from '../installation/schema';
import { recordsContract } from '../interchange/schema';
import { mediationContract } from '../mediation/schema';
import { receptionContract } from '../reception/schema';
import { reportContract } from '../report/schema';
import { syncContract } from '../sync/schema';
import type { z } from 'zod';
import type { CallInput, CallOutput, HandlersOf } from './define';

/** Every call the UI (and the CLI) can make, keyed `'<area>.<verb>'`. */
export const contract = {
  ...installationContract,
  ...communityContract,
  ...mediationContract,
  ...receptionContract,
  ...reportContract,
  ...recordsContract,
  ...exportContract,
  ...syncContract,
  ...disclosureContract,
  ...conventionContract,
  ...attachmentContract,
  ...calendarContract,
  ...authContract,
  ...backupContract,
} as const;

/** The contract's type. */
export type Contract = typeof contract;
/** A call name. */
export type CallName = keyof Contract;
/** The handler map: a missing or extra handler is a compile error. */
export type Handlers<Ctx> = HandlersOf<Contract, Ctx>;
/** Parsed input of a call. */
export type InputOf<K extends CallName> = CallInput<Contract[K]>;
/** Input of a call as a caller writes it (defaults may be omitted). */
export type RequestOf<K extends CallName> = z.input<Contract[K]['input']>;
/** Output of a call. */
export type OutputOf<K extends CallName> = z.output<Contract[K]['output']>;
/** Raw output a handler returns. */
export type HandlerOutputOf<K extends CallName> = CallOutput<Contract[K]>;
