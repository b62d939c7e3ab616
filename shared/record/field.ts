import { z } from 'zod';
import type { DateKind } from '../util/dates';
import {
  eventDate,
  optionalEventDate,
  optionalPlannedDate,
  optionalText as optionalTextRule,
  plannedDate,
  text as textRule,
} from '../util/zod';
import type { CellCodec } from './cells';

/**
 * How a field is stored in its column. `date` (an event) and `plannedDate` are text `YYYY-MM-DD`;
 * the kind tells a bundle's check which date rule applies (interchange.md v2 "Dates").
 */
export type ColumnKind = 'text' | 'int' | 'bool' | 'json' | 'date' | 'plannedDate';

/**
 * The values a field accepts, as data: what the interchange template, the equivalence test of the
 * contract and the interchange line, and the developer note read. The zod rule is built from it.
 */
export type ValueRule =
  | { type: 'text'; max: number; required: boolean }
  | { type: 'int'; min: number; max: number | null; required: boolean }
  | { type: 'bool' }
  | { type: 'enum'; values: readonly (string | number)[]; required: boolean }
  | { type: 'date'; date: DateKind; required: boolean }
  | { type: 'list'; of: ValueRule; min: number; max: number }
  | { type: 'object'; members: Readonly<Record<string, ValueRule>> }
  | { type: 'ref'; to: string; many: boolean }
  | { type: 'other' };

/** How a field travels in an interchange line (interchange.md) and the Excel template. */
export interface LineOptions {
  /** Its name in the line when it differs (a reference: `communityId` is `community`, a name). */
  name?: string;
  /** The template's column header; defaults to the label (with the codes of an enumeration). */
  header?: string;
  /** The line requires it although the contract gives it a default (interchange.md marks it bold). */
  required?: boolean;
  /** What an absent value stands for (older registers leave the summary out: "(không ghi)"). */
  absent?: unknown;
  /** Added in interchange v2: exported only when set, so a v1 register exports as before. */
  sinceV2?: boolean;
  /** How a template cell reads and writes it, when not a plain value. */
  cell?: CellCodec;
}

/** Where a field appears in the exported list (Excel) and how wide its column is. */
export interface ExportColumn {
  width: number;
  /** The column header; defaults to the label. */
  header?: string;
}

/** What a definition says about one field besides its rule. */
export interface FieldOptions {
  /** Its Vietnamese name: the history, error lists and (unless `form` says otherwise) the form. */
  label: string;
  /** The form's label when it says more than {@link label}. */
  form?: string;
  /** Its column; defaults to the snake_case of the field name. */
  column?: string;
  /** Personal data or free text: blanked (set to null) in the minimal bundle profile. */
  private?: boolean;
  /**
   * It identifies a citizen (Nghị định 356/2025, Điều 3): masked in lists, never accepted for a
   * denunciation (domain.md §C.5).
   */
  identity?: boolean;
  /** Its text goes into the record's search index (diacritics folded). */
  search?: boolean;
  /** Not carried by the interchange format (kept from the stored record on import). */
  line?: false | LineOptions;
  /** Values a snapshot written before the field existed reads (an older commune's bundle). */
  addedValue?: unknown;
}

/** One field of a record definition: its rule for the contract, its stored shape and its metadata. */
export interface Field<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  M extends FieldOptions = FieldOptions,
> {
  /** The contract's rule, with its default: also the interchange member's rule. */
  readonly input: I;
  /** The rule without a default (an interchange line that requires the field). */
  readonly base: z.ZodType;
  /** The stored value as outputs and snapshots carry it. */
  readonly output: O;
  readonly column: ColumnKind;
  readonly rule: ValueRule;
  readonly options: M;
  /** The Vietnamese labels of an enumeration's codes (forms, lists, history). */
  readonly labels?: Readonly<Record<string, string>>;
  /** Search text of a structured value (a list of people: their names and addresses). */
  readonly searchText?: (value: never) => string[];
  /** The minimal profile's treatment of a list: each person emptied, or some members blanked. */
  readonly listPrivacy?: 'people' | readonly string[];
  /** Dates inside a JSON value: member → date rule (`''`: the list's elements themselves). */
  readonly nestedDates?: Readonly<Record<string, DateKind>>;
  /** The rule of the field in an interchange line, when the line writes it otherwise (a name for an id). */
  readonly lineRule?: z.ZodType;
  /** How the field reads as text (history, record pages, registers), when it is structured. */
  readonly describe?: (value: never) => string;
}

/** The optional parts of a field a builder may add. */
type FieldExtra = {
  -readonly [K in 'labels' | 'searchText' | 'listPrivacy' | 'nestedDates' | 'lineRule' | 'describe']?: Field[K];
};

function make<I extends z.ZodType, O extends z.ZodType, M extends FieldOptions>(
  input: I,
  base: z.ZodType,
  output: O,
  column: ColumnKind,
  rule: ValueRule,
  options: M,
  extra: FieldExtra = {},
): Field<I, O, M> {
  // Identity fields carry the mark shared/reception/schema.ts `personalFields` reads.
  const marked = options.identity ? (input.meta({ personal: true }) as I) : input;
  return { ...extra, input: marked, base, output, column, rule, options };
}

/** Required text, NFC-normalised and trimmed, at most `max` characters. */
export function text<const M extends FieldOptions>(max: number, options: M) {
  const rule = textRule(max);
  return make(rule, rule, z.string(), 'text', { type: 'text', max, required: true }, options);
}

/** Optional text: empty becomes null. */
export function optionalText<const M extends FieldOptions>(max: number, options: M) {
  const rule = optionalTextRule(max);
  return make(rule, rule, z.string().nullable(), 'text', { type: 'text', max, required: false }, options);
}

interface IntOptions extends FieldOptions {
  min: number;
  max?: number;
  /** The message for a value that is not a number. */
  message?: string;
  /** The message for a value under `min`. */
  minMessage?: string;
  /** The message for a value over `max`. */
  maxMessage?: string;
}

function intRule(o: IntOptions) {
  const base = z.number(o.message ? { message: o.message } : undefined).int();
  const low = base.min(o.min, o.minMessage ? { message: o.minMessage } : undefined);
  return o.max === undefined ? low : low.max(o.max, o.maxMessage ? { message: o.maxMessage } : undefined);
}

/** An integer with a default. */
export function int<const M extends IntOptions & { default: number }>(o: M) {
  const rule = intRule(o);
  const ints = { type: 'int', min: o.min, max: o.max ?? null, required: true } as const;
  return make(rule.default(o.default), rule, z.number().int(), 'int', ints, o);
}

/** An optional integer: absent becomes null. */
export function optionalInt<const M extends IntOptions>(o: M) {
  const rule = intRule(o);
  const ints = { type: 'int', min: o.min, max: o.max ?? null, required: false } as const;
  return make(rule.nullable().default(null), rule.nullish(), z.number().int().nullable(), 'int', ints, o);
}

/** A yes/no with a default. */
export function bool<const M extends FieldOptions & { default: boolean }>(o: M) {
  return make(z.boolean().default(o.default), z.boolean(), z.boolean(), 'bool', { type: 'bool' }, o);
}

interface ChoiceOptions extends FieldOptions {
  /** Vietnamese label per code (codes that are their own label, like a catalog code, have none). */
  labels?: Readonly<Record<string, string>>;
  /** The message when no code is chosen. */
  message?: string;
}

function labelsOf(o: ChoiceOptions): FieldExtra {
  return o.labels ? { labels: o.labels } : {};
}

type EnumOf<V extends readonly [string, ...string[]]> = z.ZodEnum<z.core.util.ToEnum<V[number]>>;

/** One code of an enumeration (interchange.md codes), with a default. */
export function choice<const V extends readonly [string, ...string[]], const M extends ChoiceOptions>(
  values: V,
  o: M & { default: V[number] },
): Field<z.ZodDefault<EnumOf<V>>, EnumOf<V>, M>;
/** One code of an enumeration (interchange.md codes), required. */
export function choice<const V extends readonly [string, ...string[]], const M extends ChoiceOptions>(
  values: V,
  o: M,
): Field<EnumOf<V>, EnumOf<V>, M>;
export function choice<const V extends readonly [string, ...string[]], const M extends ChoiceOptions>(
  values: V,
  o: M & { default?: V[number] },
): Field {
  const rule = z.enum(values, o.message ? { message: o.message } : undefined);
  const input = o.default === undefined ? rule : rule.default(o.default as never);
  return make(input, rule, z.enum(values), 'text', { type: 'enum', values, required: true }, o, labelsOf(o));
}

/** An optional code of an enumeration: absent becomes null. */
export function optionalChoice<const V extends readonly [string, ...string[]], const M extends ChoiceOptions>(
  values: V,
  o: M,
) {
  const rule = z.enum(values, o.message ? { message: o.message } : undefined);
  return make(
    rule.nullable().default(null),
    rule.nullish(),
    z.enum(values).nullable(),
    'text',
    { type: 'enum', values, required: false },
    o,
    labelsOf(o),
  );
}

/** A legal date of the given kind (interchange.md v2 "Dates"). */
export function date<const M extends FieldOptions>(kind: DateKind, o: M) {
  const rule = kind === 'event' ? eventDate : plannedDate;
  const column = kind === 'event' ? 'date' : 'plannedDate';
  return make(rule, rule, z.string(), column, { type: 'date', date: kind, required: true }, o);
}

/** An optional legal date of the given kind: empty becomes null. */
export function optionalDate<const M extends FieldOptions>(kind: DateKind, o: M) {
  const rule = kind === 'event' ? optionalEventDate : optionalPlannedDate;
  const column = kind === 'event' ? 'date' : 'plannedDate';
  return make(rule, rule, z.string().nullable(), column, { type: 'date', date: kind, required: false }, o);
}

interface RefOptions extends FieldOptions {
  /** The message when none is chosen. */
  message: string;
}

/**
 * A reference to another record by id. The interchange format names the record instead
 * (`community`: the thôn's name), so the line's rule is a name; the importer resolves it.
 */
export function ref<const M extends RefOptions>(to: string, o: M) {
  const rule = z.string().min(1, { message: o.message });
  return make(rule, rule, z.string(), 'text', { type: 'ref', to, many: false }, o, { lineRule: textRule(120) });
}

/** References to other records by id, stored as a JSON list (named in the interchange format). */
export function refs<const M extends FieldOptions & { max: number }>(to: string, o: M) {
  // An empty id names no record: refused here as the line refuses an empty name.
  const rule = z.array(z.string().min(1)).max(o.max);
  return make(rule.default([]), rule, z.array(z.string()), 'json', { type: 'ref', to, many: true }, o, {
    lineRule: z.array(textRule(120)).max(o.max).default([]),
  });
}

interface JsonOptions extends FieldOptions {
  /** What the equivalence test and the template know about the values; `other` when only examples tell. */
  rule?: ValueRule;
  searchText?: (value: never) => string[];
  listPrivacy?: 'people' | readonly string[];
  nestedDates?: Readonly<Record<string, DateKind>>;
  describe?: (value: never) => string;
}

/** A structured value (a list of parties, attachments, votes…) stored as JSON text. */
export function json<I extends z.ZodType, O extends z.ZodType, const M extends JsonOptions>(
  input: I,
  base: z.ZodType,
  output: O,
  o: M,
) {
  const extra: FieldExtra = {};
  if (o.searchText) extra.searchText = o.searchText;
  if (o.listPrivacy) extra.listPrivacy = o.listPrivacy;
  if (o.nestedDates) extra.nestedDates = o.nestedDates;
  if (o.describe) extra.describe = o.describe;
  return make(input, base, output, 'json', o.rule ?? { type: 'other' }, o, extra);
}

/** A field written with its own zod rule (a value the builders above do not describe). */
export function custom<I extends z.ZodType, O extends z.ZodType, const M extends FieldOptions>(
  input: I,
  base: z.ZodType,
  output: O,
  column: ColumnKind,
  rule: ValueRule,
  o: M,
) {
  return make(input, base, output, column, rule, o);
}
