import type { Envelope } from '../../shared/contract/envelope';
import type { Fields, RecordDefinition, StoredOf } from '../../shared/record/define';
import type { ColumnKind, Field } from '../../shared/record/field';
import type { DateKind } from '../../shared/util/dates';

export type { ColumnKind } from '../../shared/record/field';

/** The date rule of a date column kind, or null for other kinds. */
export function dateKindOf(kind: ColumnKind): DateKind | null {
  if (kind === 'date') return 'event';
  return kind === 'plannedDate' ? 'planned' : null;
}

/** Describes one stored entity: its table, its domain fields and their columns, its search text. */
export interface EntitySpec<F extends object> {
  /** The entity name in the change log and in bundles (also the interchange kind). */
  entity: string;
  table: string;
  /** Domain field → [column, kind]. Envelope fields are implicit. */
  fields: { [K in keyof F]-?: readonly [string, ColumnKind] };
  /** The FTS5 table holding folded search text, keyed by the record's rowid. */
  fts?: { table: string; text: (record: F) => string };
  /** Vietnamese name of one record, for messages ("thôn / tổ dân phố"). */
  label: string;
  /**
   * Dates inside JSON fields: field → member → date rule (member `''`: the array's elements
   * themselves). Bundles check them like date columns.
   */
  nestedDates?: Readonly<Record<string, Readonly<Record<string, DateKind>>>>;
  /**
   * Values of fields added after the entity first shipped, for snapshots written before them (an
   * older commune's bundle, an old change-log entry): such a snapshot stays valid and reads the same.
   */
  addedFields?: Readonly<Partial<Record<keyof F, unknown>>>;
  /**
   * A kind whose records may become secret (a denunciation, Luật Tố cáo Điều 9): an update that makes
   * `isSecret` true replaces the record by a new one and purges `purged` (field → value written
   * instead) from every version of the old one (db/changelog/purge.ts).
   */
  secrecy?: {
    isSecret: (record: F) => boolean;
    purged: Readonly<Partial<Record<keyof F, unknown>>>;
  };
}

/** The stored fields of a record definition. */
export type DataOf<D extends RecordDefinition<Fields, Fields, Fields>> = StoredOf<D['stored']>;

/**
 * The entity spec of a record definition: its table, its columns, its search text (the fields it
 * marks searchable, in declaration order), the dates inside its JSON fields and the values of fields
 * added after it first shipped.
 */
export function entitySpec<F extends Fields, S extends Fields, L extends Fields>(
  def: RecordDefinition<F, S, L>,
): EntitySpec<StoredOf<F & S>> {
  const fields = Object.entries(def.stored as Record<string, Field>);
  const searched = fields.filter(([, f]) => f.options.search || f.searchText);
  const nested = fields.flatMap(([k, f]) => (f.nestedDates ? [[k, f.nestedDates] as const] : []));
  const added = fields.flatMap(([k, f]) => (f.options.addedValue !== undefined ? [[k, f.options.addedValue]] : []));
  const spec: EntitySpec<StoredOf<F & S>> = {
    entity: def.kind,
    table: def.table,
    label: def.label,
    fields: def.columns as EntitySpec<StoredOf<F & S>>['fields'],
  };
  if (searched.length) {
    spec.fts = {
      table: `${def.table}_fts`,
      text: (record) =>
        searched
          .flatMap(([k, f]) => {
            const value = (record as Record<string, unknown>)[k];
            if (f.searchText) return f.searchText(value as never);
            return [typeof value === 'string' ? value : ''];
          })
          .join(' '),
    };
  }
  if (nested.length) spec.nestedDates = Object.fromEntries(nested);
  if (added.length) spec.addedFields = Object.fromEntries(added) as EntitySpec<StoredOf<F & S>>['addedFields'];
  return spec;
}

/** A stored record: envelope plus domain fields. */
export type Stored<F> = Envelope & F;

/** Converts a domain record into column values in the spec's column order. */
export function toColumns<F extends object>(spec: EntitySpec<F>, record: F): unknown[] {
  return (Object.keys(spec.fields) as (keyof F)[]).map((field) => {
    const [, kind] = spec.fields[field];
    const value = record[field] as unknown;
    if (value === undefined || value === null) return kind === 'json' ? '[]' : null;
    if (kind === 'bool') return value ? 1 : 0;
    if (kind === 'json') return JSON.stringify(value);
    return value;
  });
}

/** Converts a row (snake_case, 0/1, JSON text) back into a stored domain record. */
export function fromRow<F extends object>(spec: EntitySpec<F>, row: Record<string, unknown>): Stored<F> {
  const out: Record<string, unknown> = {
    id: row.id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    deletedAt: row.deleted_at ?? null,
  };
  for (const field of Object.keys(spec.fields) as (keyof F & string)[]) {
    const [column, kind] = spec.fields[field];
    const value = row[column];
    if (kind === 'bool') out[field] = value === 1;
    else if (kind === 'json') out[field] = typeof value === 'string' ? (JSON.parse(value) as unknown) : [];
    else out[field] = value ?? null;
  }
  return out as Stored<F>;
}
