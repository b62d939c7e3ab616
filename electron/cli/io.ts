import { AppError, type ErrorCode } from '../../shared/contract/errors';
import { CLI } from './messages';

/** Exit codes of cli.md. */
export const EXIT = { ok: 0, rejected: 1, usage: 2, security: 3 } as const;
/** One of {@link EXIT}. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Where a command writes: results on stdout, diagnostics and progress on stderr. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Progress is shown only to a person watching a terminal. */
  errIsTTY: boolean;
  /** KDF cost and retry delays of protected installations (tests make them cheap; default: production). */
  access?: { kdfCost?: { N: number; r: number; p: number }; retryDelayMs?: (failures: number) => number };
}

/** One problem with one line or field of an input, as import reports print it. */
export interface IssueLine {
  line?: number | null;
  field?: string | null;
  message: string;
}

/**
 * A command that ends with a non-zero exit code on purpose. `json` is the document printed on
 * stdout in `--json` mode (else `{ "error": { code, message, issues } }`).
 */
export class CliFailure extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
    readonly details: { code?: string; issues?: IssueLine[]; json?: unknown } = {},
  ) {
    super(message);
  }
}

/** A usage error: unknown command or flag, missing flag, data folder missing or already set up. */
export class UsageError extends CliFailure {
  constructor(message: string) {
    super(EXIT.usage, message, { code: 'USAGE' });
  }
}

/** Maps a dispatcher error code to the exit code of cli.md. */
export function exitCodeFor(code: ErrorCode | string): ExitCode {
  switch (code) {
    case 'NOT_INITIALISED':
    case 'ALREADY_INITIALISED':
    case 'UNKNOWN_CALL':
      return EXIT.usage;
    case 'SECURITY':
    case 'UNAUTHORISED':
    case 'FORBIDDEN':
      return EXIT.security;
    default:
      // INVALID_INPUT, RULE_VIOLATION, NOT_FOUND, CONFLICT, INTERNAL: the input was not accepted.
      return EXIT.rejected;
  }
}

/** Prints one JSON document on stdout (the only stdout of a `--json` run). */
export function printJson(io: Io, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}

/** Prints lines for people on stdout. */
export function printLines(io: Io, ...lines: string[]): void {
  io.out(`${lines.join('\n')}\n`);
}

/** "dòng 3, trường summary: Không được để trống." */
export function formatIssue(issue: IssueLine): string {
  const where = [
    typeof issue.line === 'number' ? CLI.line(issue.line) : null,
    issue.field ? CLI.field(issue.field) : null,
  ].filter((x): x is string => x !== null);
  return where.length > 0 ? `${where.join(', ')}: ${issue.message}` : issue.message;
}

/** Reports a failure: the message (and issues) on stderr, and in `--json` mode one document on stdout. */
export function reportFailure(io: Io, failure: CliFailure, json: boolean): void {
  const issues = failure.details.issues ?? [];
  io.err(`${CLI.errorPrefix}: ${failure.message}\n`);
  for (const issue of issues) io.err(`  - ${formatIssue(issue)}\n`);
  if (failure.exitCode === EXIT.usage && failure.details.code === 'USAGE') io.err(`${CLI.usageHint}\n`);
  if (json) {
    printJson(
      io,
      failure.details.json ?? {
        error: {
          code: failure.details.code ?? 'ERROR',
          message: failure.message,
          ...(issues.length > 0 ? { issues } : {}),
        },
      },
    );
  }
}

/** A progress line that rewrites itself on a terminal and stays silent otherwise. */
export function progress(io: Io): { update(text: string): void; done(): void } {
  let shown = false;
  return {
    update(text) {
      if (!io.errIsTTY) return;
      shown = true;
      io.err(`\r\x1b[2K${text}`);
    },
    done() {
      if (shown) io.err('\r\x1b[2K');
      shown = false;
    },
  };
}

/** A thrown error as a failure: an {@link AppError} keeps its code; anything else exits 1 with its message. */
export function failureOf(error: unknown, wrap: (detail: string) => string = CLI.unexpected): CliFailure {
  if (error instanceof CliFailure) return error;
  if (error instanceof AppError) {
    return new CliFailure(exitCodeFor(error.code), error.message, {
      code: error.code,
      issues: error.issues.map(toIssueLine),
    });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CliFailure(EXIT.rejected, wrap(detail), { code: 'INTERNAL' });
}

/** A contract issue (with its optional import line) as printed. */
export function toIssueLine(issue: { field: string; message: string; line?: unknown }): IssueLine {
  return {
    line: typeof issue.line === 'number' ? issue.line : null,
    field: issue.field || null,
    message: issue.message,
  };
}
