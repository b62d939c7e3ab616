import { z } from 'zod';
import { recordId, text as textRule } from '../util/zod';
import type { CellCodec } from './cells';
import type { ColumnKind, Field, LineOptions } from './field';
import { listTable, type ListSpec, type Table } from './list';

/** The fields of a definition by name. */
export type Fields = Record<string, Field>;

type InputShape<F extends Fields> = { [K in keyof F]: F[K]['input'] };
type OutputShape<F extends Fields> = { [K in keyof F]: F[K]['output'] };
/** The contract's input object of a set of fields, before its cross-field rules. */
export type InputObject<F extends Fields> = z.ZodObject<InputShape<F>, z.core.$strict>;
/** The parsed values of a set of fields. */
export type ValuesOf<F extends Fields> = z.output<InputObject<F>>;
/** The stored values of a set of fields. */
export type StoredOf<F extends Fields> = z.output<z.ZodObject<OutputShape<F>>>;

/**
 * Reports a broken cross-field rule on a field (its contract name). `lineMessage` is the wording of
 * the interchange import, which names fields by their interchange names, when it differs.
 */
export type Issue = (field: string, message: string, lineMessage?: string) => void;

/**
 * A person the interchange format writes as one object (`citizen: { name, address?, idNumber? }`)
 * while the record keeps one field per member (`citizenName`, `citizenAddress`, `citizenIdNumber`).
 */
export interface PersonGroup {
  /** The object's name in the line. */
  line: string;
  header: string;
  /** Member of the object → field of the record; `name` is required inside the object. */
  members: { name: string; address: string; idNumber: string };
}

/** What a definition declares; {@link defineRecord} derives the rest. */
export interface RecordSpec<F extends Fields, S extends Fields, L extends Fields> {
  /** The entity name in the change log and bundles, and the interchange kind. */
  kind: string;
  /** Its table; defaults to the kind. */
  table?: string;
  /** Vietnamese name of one record, for messages ("vụ việc hòa giải"). */
  label: string;
  /** The fields the contract takes (and stores). */
  fields: F;
  /** Stored fields set by lifecycle steps rather than by the record's form (a convention's status). */
  lifecycle?: S;
  /** Fields only an interchange line carries (a convention's household figures). */
  lineOnly?: L;
  /** People the interchange format writes as one object. */
  persons?: readonly PersonGroup[];
  /** Values completed from others before the rules run (a thụ lý petition's default status). */
  normalize?(values: ValuesOf<F>): ValuesOf<F>;
  /** The cross-field rules, run for the contract's input and for an interchange line alike. */
  rules?(values: ValuesOf<F>, issue: Issue): void;
  /** Rules on fields only lines carry (the contract sets them through lifecycle steps). */
  lineRules?(values: Record<string, unknown>, issue: Issue): void;
  /** The interchange format's sheet name, or false for a kind that does not travel in it. */
  interchange: { sheet: string; order?: readonly string[] } | false;
  /** Derived output fields the minimal profile drops (they name people). */
  dropped?: readonly string[];
  /** The exported list (Excel), its rows as the screen's list call returns them. */
  list?: ListSpec<never>;
  /** A valid input: what the equivalence test starts from, and what the developer note shows. */
  example: z.input<InputObject<F>>;
}

/** One column of an interchange line, in template order. */
export interface LineColumn {
  /** Its name in the line. */
  name: string;
  header: string;
  /** The record field it carries; a person's object carries several ({@link persons}). */
  field: string | null;
  person: PersonGroup | null;
  /** What a plain cell holds, for reading a template cell. */
  cellType: 'date' | 'int' | 'bool' | 'text' | 'other';
  cell: CellCodec | null;
}

/** A parsed interchange line: every field by its record name; references still hold names. */
export interface ParsedLine {
  kind: string;
  id?: string;
  fields: Record<string, unknown>;
}

/** The columns of a definition: field → [column, kind], in declaration order. */
export type ColumnMap<F extends Fields> = { [K in keyof F]-?: readonly [string, ColumnKind] };

/** Any record definition (registries, generic storage and interchange code). */
export type AnyRecord = RecordDefinition<Fields, Fields, Fields>;

/** A record definition with everything derived from it. */
export interface RecordDefinition<F extends Fields, S extends Fields = Fields, L extends Fields = Fields> {
  readonly kind: string;
  readonly table: string;
  readonly label: string;
  readonly fields: F;
  readonly lifecycle: S;
  readonly lineOnly: L;
  /** Every stored field: the contract's and the lifecycle's. */
  readonly stored: F & S;
  /** The contract's input object without its cross-field rules. */
  readonly shape: InputObject<F>;
  /** The contract's input: fields, defaults and cross-field rules. */
  readonly input: z.ZodType<ValuesOf<F>, z.input<InputObject<F>>>;
  /** The stored fields as outputs carry them (extend the envelope with it). */
  readonly output: OutputShape<F & S>;
  /** The interchange line, mapped onto the record's fields and checked by the same rules. */
  readonly line: z.ZodType<ParsedLine> | null;
  readonly lineColumns: readonly LineColumn[];
  readonly sheet: string | null;
  /** Field → column and column kind. */
  readonly columns: ColumnMap<F & S>;
  /** Field → Vietnamese name. */
  readonly labels: { readonly [K in keyof (F & S & L)]: string };
  /** Field → the form's label. */
  readonly formLabels: { readonly [K in keyof (F & S & L)]: string };
  /** The minimal profile (architecture.md §5): fields blanked, person lists emptied, list members blanked. */
  readonly privacy: {
    blanked: readonly string[];
    people: readonly string[];
    members: Readonly<Record<string, readonly string[]>>;
    dropped: readonly string[];
  };
  readonly persons: readonly PersonGroup[];
  readonly example: z.input<InputObject<F>>;
  readonly spec: RecordSpec<F, S, L>;
}

/** `citizenIdNumber` → `citizen_id_number`. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The options of a field in an interchange line, or null when the format does not carry it. */
export function lineOptions(field: Field): LineOptions | null {
  return field.options.line === false ? null : (field.options.line ?? {});
}

/** The template header of a field: given, or its label with the codes of an enumeration. */
function headerOf(field: Field, options: LineOptions): string {
  if (options.header) return options.header;
  const { label } = field.options;
  if (field.rule.type === 'enum') return `${label} (${field.rule.values.join(' / ')})`;
  if (field.rule.type === 'bool') return `${label} (có / không)`;
  return label;
}

function cellTypeOf(field: Field): LineColumn['cellType'] {
  switch (field.rule.type) {
    case 'date':
      return 'date';
    case 'int':
      return 'int';
    case 'bool':
      return 'bool';
    case 'text':
    case 'enum':
      return 'text';
    default:
      return 'other';
  }
}

function entries<F extends Fields>(fields: F): [string, Field][] {
  return Object.entries(fields);
}

/** Declares a record kind once and derives its contract, interchange, storage and privacy shapes. */
export function defineRecord<
  F extends Fields,
  S extends Fields = Record<never, Field>,
  L extends Fields = Record<never, Field>,
>(spec: RecordSpec<F, S, L>): RecordDefinition<F, S, L> {
  const lifecycle = (spec.lifecycle ?? {}) as S;
  const lineOnly = (spec.lineOnly ?? {}) as L;
  const stored = { ...spec.fields, ...lifecycle } as F & S;
  const all = { ...stored, ...lineOnly } as F & S & L;
  const shape = z.object(mapValues(spec.fields, (f) => f.input)).strict() as InputObject<F>;
  const check = (v: ValuesOf<F>, ctx: z.RefinementCtx) =>
    spec.rules?.(v, (field, message) => ctx.addIssue({ code: 'custom', path: [field], message }));
  // A transform stops zod at the first failed field; only a kind that completes values pays that
  // (otherwise the cross-field rules report alongside the field rules, as the forms expect).
  const { normalize } = spec;
  const input = normalize
    ? shape.transform((v) => normalize(v as ValuesOf<F>)).superRefine(check)
    : shape.superRefine((v, ctx) => check(v as ValuesOf<F>, ctx));
  const persons = spec.persons ?? [];
  const lineColumns = spec.interchange ? columnsOf(all, persons, spec.interchange.order) : [];
  const privacy = {
    blanked: [
      ...entries(stored)
        .filter(([, f]) => f.options.private)
        .map(([k]) => k),
      'updatedBy',
    ],
    people: entries(stored)
      .filter(([, f]) => f.listPrivacy === 'people')
      .map(([k]) => k),
    members: Object.fromEntries(
      entries(stored).flatMap(([k, f]) => (Array.isArray(f.listPrivacy) ? [[k, f.listPrivacy as string[]]] : [])),
    ),
    dropped: spec.dropped ?? [],
  };
  const definition: RecordDefinition<F, S, L> = {
    kind: spec.kind,
    table: spec.table ?? spec.kind,
    label: spec.label,
    fields: spec.fields,
    lifecycle,
    lineOnly,
    stored,
    shape,
    input: input as unknown as RecordDefinition<F, S, L>['input'],
    output: mapValues(stored, (f) => f.output) as OutputShape<F & S>,
    line: null,
    lineColumns,
    sheet: spec.interchange ? spec.interchange.sheet : null,
    columns: mapValues(stored, (f, k) => [f.options.column ?? snakeCase(k), f.column] as const) as ColumnMap<F & S>,
    labels: mapValues(all, (f) => f.options.label) as RecordDefinition<F, S, L>['labels'],
    formLabels: mapValues(all, (f) => f.options.form ?? f.options.label) as RecordDefinition<F, S, L>['formLabels'],
    privacy,
    persons,
    example: spec.example,
    spec,
  };
  return spec.interchange ? { ...definition, line: lineSchema(definition) } : definition;
}

function mapValues<T, U>(record: Record<string, T>, fn: (value: T, key: string) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v, k)]));
}

function columnsOf(all: Fields, persons: readonly PersonGroup[], order?: readonly string[]): LineColumn[] {
  const inPerson = new Map<string, PersonGroup>();
  for (const p of persons) for (const f of Object.values(p.members)) inPerson.set(f, p);
  const out: LineColumn[] = [];
  for (const [name, field] of entries(all)) {
    const person = inPerson.get(name);
    if (person) {
      if (!out.some((c) => c.person === person)) {
        out.push({ name: person.line, header: person.header, field: null, person, cellType: 'other', cell: null });
      }
      continue;
    }
    const options = lineOptions(field);
    if (!options) continue;
    out.push({
      name: options.name ?? name,
      header: headerOf(field, options),
      field: name,
      person: null,
      cellType: cellTypeOf(field),
      cell: options.cell ?? null,
    });
  }
  if (!order) return out;
  return order.map((name) => {
    const column = out.find((c) => c.name === name);
    if (!column) throw new Error(`interchange order names an unknown column: ${name}`);
    return column;
  });
}

function blankToAbsent(value: unknown): unknown {
  return value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;
}

/** The member rule of a field in a line: the contract's, required or optional as the line says. */
function memberRule(field: Field, options: LineOptions): z.ZodType {
  if (field.lineRule) return field.lineRule;
  if (options.required) return field.base;
  // An empty or null value stands for an absent one, as optional text always has.
  if (options.absent !== undefined) return z.preprocess(blankToAbsent, field.base.optional());
  return field.input;
}

/** The object a line writes for a person: the name required, the other members as the record's rules. */
function personRule(all: Fields, person: PersonGroup): z.ZodType {
  const name = all[person.members.name]!;
  const max = name.rule.type === 'text' ? name.rule.max : 120;
  return z
    .object({
      name: textRule(max),
      address: all[person.members.address]!.input,
      idNumber: all[person.members.idNumber]!.input,
    })
    .strict()
    .nullish();
}

/** The default a field takes when a value is absent (its contract default), or null. */
export function defaultOf(field: Field): unknown {
  const r = field.input.safeParse(undefined);
  return r.success ? r.data : null;
}

/**
 * The interchange line of a definition: its members checked by the contract's own field rules,
 * then mapped onto the record's fields and checked by the same cross-field rules, issues named by
 * the line's field names.
 */
function lineSchema<F extends Fields, S extends Fields, L extends Fields>(
  def: RecordDefinition<F, S, L>,
): z.ZodType<ParsedLine> {
  const all: Fields = { ...def.stored, ...def.lineOnly };
  const members: Record<string, z.ZodType> = { kind: z.string(), id: recordId.optional() };
  const lineName = new Map<string, string>();
  for (const column of def.lineColumns) {
    if (column.person) {
      members[column.name] = personRule(all, column.person);
      for (const f of Object.values(column.person.members)) lineName.set(f, column.name);
    } else {
      const field = all[column.field!]!;
      members[column.name] = memberRule(field, lineOptions(field)!);
      lineName.set(column.field!, column.name);
    }
  }
  const spec = def.spec;
  return z
    .object(members)
    .strict()
    .transform((line, ctx) => {
      const fields = fieldsOfLine(def, all, line);
      const seen = new Set<string>();
      const issue: Issue = (field, message, lineMessage) => {
        const path = lineName.get(field) ?? field;
        const text = lineMessage ?? message;
        if (seen.has(`${path}\n${text}`)) return;
        seen.add(`${path}\n${text}`);
        ctx.addIssue({ code: 'custom', path: [path], message: text });
      };
      const values = spec.normalize ? spec.normalize(fields as ValuesOf<F>) : fields;
      Object.assign(fields, values);
      spec.rules?.(fields as ValuesOf<F>, issue);
      spec.lineRules?.(fields, issue);
      const out: ParsedLine = { kind: String(line.kind), fields };
      if (line.id !== undefined) out.id = line.id as string;
      return out;
    });
}

/** A line's members as the record's fields; the fields the line does not carry take their defaults. */
function fieldsOfLine<F extends Fields, S extends Fields, L extends Fields>(
  def: RecordDefinition<F, S, L>,
  all: Fields,
  line: Record<string, unknown>,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [name, field] of entries(def.fields)) fields[name] = defaultOf(field);
  for (const column of def.lineColumns) {
    const value = line[column.name];
    if (column.person) {
      const p = value as { name?: string; address?: string | null; idNumber?: string | null } | null | undefined;
      fields[column.person.members.name] = p?.name ?? null;
      fields[column.person.members.address] = p?.address ?? null;
      fields[column.person.members.idNumber] = p?.idNumber ?? null;
      continue;
    }
    const field = all[column.field!]!;
    const absent = lineOptions(field)!.absent;
    fields[column.field!] =
      value !== undefined ? value : typeof absent === 'function' ? (absent as (l: unknown) => unknown)(line) : absent;
    if (fields[column.field!] === undefined) fields[column.field!] = value;
  }
  return fields;
}

/** The exported list of a definition, from the rows the screen's list call returns. */
export function recordTable<R extends object>(def: AnyRecord, rows: readonly R[]): Table {
  if (!def.spec.list) throw new Error(`${def.kind} has no exported list`);
  const all = { ...def.stored, ...def.lineOnly };
  return listTable(all, def.labels as Record<string, string>, def.spec.list as ListSpec<R>, rows);
}

/** Drops null members so exported lines stay short and re-import cleanly. */
export function compact(line: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(line).filter(([, v]) => v !== null && v !== undefined));
}

/** Names of referenced records, for writing lines (`community` for a `communityId`). */
export type NameOf = (to: string, id: string) => string | undefined;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * A stored record as an interchange line (interchange.md): the line's columns in template order,
 * references by name, people as objects, v2 fields only when set, null members dropped.
 */
export function lineOf(
  def: AnyRecord,
  record: Record<string, unknown> & { id: string },
  nameOf: NameOf,
): Record<string, unknown> {
  const line: Record<string, unknown> = { kind: def.kind, id: record.id };
  const all: Fields = { ...def.stored, ...def.lineOnly };
  for (const column of def.lineColumns) {
    if (column.person) {
      const m = column.person.members;
      const name = record[m.name] as string | null;
      line[column.name] = name ? compact({ name, address: record[m.address], idNumber: record[m.idNumber] }) : null;
      continue;
    }
    const field = all[column.field!]!;
    const value = record[column.field!];
    const options = lineOptions(field)!;
    if (field.rule.type === 'ref') {
      line[column.name] = field.rule.many
        ? (value as string[]).map((id) => nameOf(field.rule.type === 'ref' ? field.rule.to : '', id)).filter(Boolean)
        : nameOf(field.rule.to, value as string);
    } else if (options.sinceV2 && (value === false || value === 0 || value === null)) {
      line[column.name] = undefined;
    } else if (Array.isArray(value)) {
      line[column.name] = value.map((v) => (isPlainObject(v) ? compact({ ...v }) : v));
    } else line[column.name] = value;
  }
  return compact(line);
}
