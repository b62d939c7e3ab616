import type { z } from 'zod';
import { contract, type CallName } from '../../shared/contract/index';

/**
 * The limits a form shows and checks as the clerk types, read from the contract's zod schema (the
 * one the server checks), so a value is kept as typed or refused with the rule's message: never
 * cut by `maxLength` or clamped by `min`/`max` without a word (issue 15).
 */

/** What one field accepts. */
export interface FieldLimit {
  maxLength?: number;
  min?: number;
  max?: number;
  integer?: boolean;
}

/** Limits by field path: "name", "parties.*.name" (`*` stands for any list item). */
export type Limits = ReadonlyMap<string, FieldLimit>;

/** The parts of zod's internal definition the walk reads (zod 4). */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The bounds zod 4 exposes on its string and number schemas. */
interface Bounds {
  maxLength?: number | null;
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
}

function merge(into: Map<string, FieldLimit>, path: string, limit: FieldLimit): void {
  const known = into.get(path) ?? {};
  const tighter = (a: number | undefined, b: number | undefined, pick: (x: number, y: number) => number) =>
    a === undefined ? b : b === undefined ? a : pick(a, b);
  const next: FieldLimit = {
    maxLength: tighter(known.maxLength, limit.maxLength, Math.min),
    min: tighter(known.min, limit.min, Math.max),
    max: tighter(known.max, limit.max, Math.min),
    integer: known.integer || limit.integer,
  };
  for (const key of Object.keys(next) as (keyof FieldLimit)[])
    if (next[key] === undefined || next[key] === false) delete next[key];
  into.set(path, next);
}

function walk(schema: z.ZodType, path: string, into: Map<string, FieldLimit>): void {
  const def = defOf(schema);
  const at = (key: string) => (path ? `${path}.${key}` : key);
  switch (def.type) {
    case 'string': {
      const b = schema as unknown as Bounds;
      if (typeof b.maxLength === 'number') merge(into, path, { maxLength: b.maxLength });
      return;
    }
    case 'number': {
      const b = schema as unknown as Bounds;
      const finite = (n: number | null | undefined) => (typeof n === 'number' && Number.isFinite(n) ? n : undefined);
      // zod reports a plain int()'s safe-integer range as its bounds: only real rules are shown.
      const real = (n: number | undefined) =>
        n !== undefined && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : undefined;
      merge(into, path, {
        min: real(finite(b.minValue)),
        max: real(finite(b.maxValue)),
        integer: b.isInt || undefined,
      });
      return;
    }
    case 'object':
      for (const [key, child] of Object.entries(def.shape ?? {})) walk(child, at(key), into);
      return;
    case 'array':
      if (def.element) walk(def.element, at('*'), into);
      return;
    case 'union':
      for (const option of def.options ?? []) walk(option, path, into);
      return;
    case 'intersection':
      if (def.left) walk(def.left, path, into);
      if (def.right) walk(def.right, path, into);
      return;
    case 'pipe':
      if (def.in) walk(def.in, path, into);
      if (def.out) walk(def.out, path, into);
      return;
    default:
      // optional, nullable, default, readonly, catch…: the limits are those of the wrapped schema.
      if (def.innerType) walk(def.innerType, path, into);
  }
}

/** Every limit of a schema, by field path. */
export function limitsOf(schema: z.ZodType): Limits {
  const found = new Map<string, FieldLimit>();
  walk(schema, '', found);
  for (const [path, limit] of found) if (Object.keys(limit).length === 0) found.delete(path);
  return found;
}

/**
 * The limits of a call's input, optionally of one part of it ("fields" of an update, "step" of a
 * convention step), with paths relative to that part.
 */
export function callLimits(call: CallName, under?: string): Limits {
  const all = limitsOf(contract[call].input as z.ZodType);
  if (!under) return all;
  const prefix = `${under}.`;
  return new Map([...all].filter(([p]) => p.startsWith(prefix)).map(([p, l]) => [p.slice(prefix.length), l]));
}

/** The path key of an antd name path: ['parties', 0, 'name'] → "parties.*.name". */
export function limitKey(name: string | number | readonly (string | number)[]): string {
  const parts = Array.isArray(name) ? name : [name];
  return parts.map((p) => (typeof p === 'number' ? '*' : String(p))).join('.');
}
