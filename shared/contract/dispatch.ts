import { z } from 'zod';
import { AppError, ERROR_MESSAGES, type FieldIssue } from './errors';
import type { CallError, CallResult, Dispatch } from './result';
import type { ContractShape, HandlersOf } from './define';
import { zodIssues } from './zodIssues';

/** Where the dispatcher reports unexpected failures (never shown to the user). */
export type InternalLogger = (call: string, error: unknown) => void;

/**
 * Who may make a call: checked before the input is parsed and the handler runs, on every transport
 * (`input` is as sent). Returns the refusal, or null to let the call through.
 */
export type CallGuard = (call: string, writes: boolean, input: unknown) => CallError | null;

/**
 * Builds the one dispatcher: validates input, runs the handler, validates output, and returns a
 * result value. Anything unexpected becomes `INTERNAL` with no stack or SQL in the message.
 */
export function createDispatcher<C extends ContractShape, Ctx>(
  contract: C,
  handlers: HandlersOf<C, Ctx>,
  context: () => Ctx,
  logInternal: InternalLogger,
  guard?: CallGuard,
): Dispatch {
  return async (call, input): Promise<CallResult> => {
    if (!Object.hasOwn(contract, call)) return fail('UNKNOWN_CALL', ERROR_MESSAGES.UNKNOWN_CALL);
    const spec = contract[call]!;
    // Who may call comes first: a refused caller learns nothing from the validation of its input.
    let refusal: CallError | null = null;
    try {
      refusal = guard?.(call, spec.writes, input ?? {}) ?? null;
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message);
      logInternal(call, error);
      return fail('INTERNAL', ERROR_MESSAGES.INTERNAL);
    }
    if (refusal) return fail(refusal.code, refusal.message);
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = zodIssues(parsed.error);
      return fail('INVALID_INPUT', invalidMessage(issues), issues);
    }
    try {
      const handler = handlers[call as keyof C] as (i: unknown, c: Ctx) => unknown;
      const raw = await handler(parsed.data, context());
      const out = spec.output.safeParse(raw);
      if (!out.success) {
        logInternal(call, new Error(`output schema: ${JSON.stringify(z.treeifyError(out.error))}`));
        return fail('INTERNAL', ERROR_MESSAGES.INTERNAL);
      }
      return { ok: true, value: out.data };
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message, error.issues);
      logInternal(call, error);
      return fail('INTERNAL', ERROR_MESSAGES.INTERNAL);
    }
  };
}

function fail(code: AppError['code'], message: string, issues?: FieldIssue[]): CallResult {
  return { ok: false, error: issues && issues.length > 0 ? { code, message, issues } : { code, message } };
}

function invalidMessage(issues: FieldIssue[]): string {
  const first = issues[0];
  return first ? `${ERROR_MESSAGES.INVALID_INPUT} ${first.message}` : ERROR_MESSAGES.INVALID_INPUT;
}
