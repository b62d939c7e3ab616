import type { Field } from './field';

/** One cell of an exported list: a date is a real Date, so Excel can sort and filter by it. */
export type Cell = string | number | Date | null;

/**
 * A calendar date (YYYY-MM-DD) as a real Excel date, so a sheet can sort, filter and count by it
 * (issue 15: dates were text). UTC midnight, because exceljs turns a Date into its day number in UTC.
 */
export function excelDate(iso: string | null | undefined): Date | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** One column of a record's exported list (Excel). */
export interface ListColumn<R> {
  /** The field it shows, formatted by its type: dates as Excel dates, codes by label, yes as "Có". */
  field?: string;
  /** Its header; defaults to the field's label. */
  header?: string;
  width: number;
  /** Labels of the codes when the list shows shorter ones than the form. */
  labels?: Readonly<Record<string, string>>;
  /** The cell, when it is not the field's value (names of references, derived figures). */
  value?: (row: R) => Cell;
}

/** A record's exported list: sheet title, file stem and columns after the "STT" one. */
export interface ListSpec<R> {
  title: string;
  fileStem: string;
  columns: readonly ListColumn<R>[];
}

/** An exported list as a sheet: title, file name, columns and rows. */
export interface Table {
  title: string;
  fileStem: string;
  columns: { header: string; width: number }[];
  rows: Cell[][];
}

function cellOf(field: Field, column: ListColumn<never>, value: unknown): Cell {
  if (value === undefined || value === null) return field.rule.type === 'enum' ? '' : null;
  switch (field.rule.type) {
    case 'date':
      return excelDate(value as string);
    case 'enum':
      return (column.labels ?? field.labels ?? {})[String(value)] ?? String(value);
    case 'bool':
      return value ? 'Có' : '';
    default:
      return value as Cell;
  }
}

/** The rows of a list as its columns show them, numbered from 1. */
export function listTable<R extends object>(
  fields: Readonly<Record<string, Field>>,
  labels: Readonly<Record<string, string>>,
  spec: ListSpec<R>,
  rows: readonly R[],
): Table {
  return {
    title: spec.title,
    fileStem: spec.fileStem,
    columns: [
      { header: 'STT', width: 6 },
      ...spec.columns.map((c) => ({ header: c.header ?? labels[c.field ?? ''] ?? '', width: c.width })),
    ],
    rows: rows.map((row, i) => [
      i + 1,
      ...spec.columns.map((c) => {
        if (c.value) return c.value(row);
        const field = fields[c.field ?? ''];
        const value = (row as Record<string, unknown>)[c.field ?? ''];
        return field ? cellOf(field, c as ListColumn<never>, value) : ((value ?? null) as Cell);
      }),
    ]),
  };
}
