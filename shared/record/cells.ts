import { parseVietnameseDate } from '../util/format';

/**
 * How one cell of the Excel template (interchange.md) holds a structured value: a list, the
 * parties of a case, a person, the reviews of a convention. Plain values (dates, numbers, yes/no)
 * are read by their rule's type.
 */
export interface CellCodec {
  /** The value of a cell's text. */
  read(text: string): unknown;
  /** The cell's text for a value. */
  write(value: unknown): string;
}

/** Splits a cell on ";" and new lines, trimmed, empty pieces dropped. */
export function splitCell(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A list in one cell: "a; b; c". */
export const listCell: CellCodec = {
  read: splitCell,
  write: (value) => (Array.isArray(value) ? value.join('; ') : String(value)),
};

interface Party {
  name: string;
  birthYear?: number | null;
  address?: string | null;
}

/** The parties of a case: "Họ tên, năm sinh, địa chỉ" per line (or separated by ";"). */
export const partiesCell: CellCodec = {
  read: (text) =>
    splitCell(text).map((entry) => {
      const [name = '', ...rest] = entry.split(',').map((s) => s.trim());
      const party: Record<string, unknown> = { name };
      if (rest[0] && /^\d{4}$/.test(rest[0])) party.birthYear = Number(rest.shift());
      if (rest.length) party.address = rest.join(', ');
      return party;
    }),
  write: (value) =>
    (value as Party[])
      .map((p) => [p.name, p.birthYear ?? '', p.address ?? ''].filter((x) => x !== '').join(', '))
      .join('\n'),
};

/** A person in one cell: "Họ tên; địa chỉ; số định danh". */
export const personCell: CellCodec = {
  read: (text) => {
    const [name = '', address, idNumber] = text.split(/[;\n]/).map((s) => s.trim());
    const person: Record<string, string> = { name };
    if (address) person.address = address;
    if (idNumber) person.idNumber = idNumber;
    return person;
  },
  write: (value) => {
    const p = value as { name: string; address?: string; idNumber?: string };
    return [p.name, p.address ?? '', p.idNumber ?? ''].join('; ').replace(/(; )+$/, '');
  },
};

/** Dated outcomes: "ngày, kết quả" per line (or separated by ";"); dates as dd/mm/yyyy or YYYY-MM-DD. */
export const datedOutcomesCell: CellCodec = {
  read: (text) =>
    splitCell(text).map((entry) => {
      const [on = '', outcome = ''] = entry.split(',').map((s) => s.trim());
      return { on: parseVietnameseDate(on) ?? on, outcome };
    }),
  write: (value) => (value as { on: string; outcome: string }[]).map((r) => `${r.on}, ${r.outcome}`).join('\n'),
};
