import type { z } from 'zod';

/** One call of the contract: a strict input schema and an output schema. */
export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Calls that change data are marked so transports and logs can tell them apart. */
  writes: boolean;
}

/** Declares a call that only reads. */
export function query<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): CallSpec<I, O> {
  return { input, output, writes: false };
}

/** Declares a call that changes data (one transaction). */
export function command<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): CallSpec<I, O> {
  return { input, output, writes: true };
}

/** A set of calls keyed by `'<area>.<verb>'`. */
export type ContractShape = Record<string, CallSpec>;

/** Input type a handler receives (after parsing). */
export type CallInput<S extends CallSpec> = z.output<S['input']>;
/** Output type a handler returns (before output validation). */
export type CallOutput<S extends CallSpec> = z.input<S['output']>;

/** The handler map a contract requires: a missing or extra handler is a compile error. */
export type HandlersOf<C extends ContractShape, Ctx> = {
  [K in keyof C]: (input: CallInput<C[K]>, ctx: Ctx) => Promise<CallOutput<C[K]>> | CallOutput<C[K]>;
};
