import type { ErrorCode, FieldIssue } from './errors';

/** The error half of a call result: a code, a Vietnamese message, and per-field issues for forms. */
export interface CallError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

/** What every transport returns for a call. Errors are values, never thrown across a boundary. */
export type CallResult<T = unknown> = { ok: true; value: T } | { ok: false; error: CallError };

/** The single function every transport ends in. */
export type Dispatch = (call: string, input: unknown) => Promise<CallResult>;
