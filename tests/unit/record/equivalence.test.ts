import { describe, expect, it } from 'vitest';
import { lineOf, lineOptions, type AnyRecord, type LineColumn } from '../../../shared/record/define';
import type { Field, ValueRule } from '../../../shared/record/field';
import { RECORDS } from '../../../shared/record/registry';
import { eventHorizon } from '../../../shared/util/dates';

// Issue 14: the interchange line and the contract input accept and refuse the same values, for every
// field of every kind. The cases are generated from each field's rule in the one definition (RECORDS),
// so a new field, or a rule changed on one side only, is covered without touching this file.

/** A value of the rule that the field accepts (to complete a line the example leaves short). */
function validOf(rule: ValueRule): unknown {
  switch (rule.type) {
    case 'text':
      return 'Nội dung';
    case 'int':
      return rule.min;
    case 'bool':
      return false;
    case 'enum':
      return rule.values[0];
    case 'date':
      return '2024-01-15';
    case 'list':
      return Array.from({ length: rule.min }, () => validOf(rule.of));
    case 'object':
      return Object.fromEntries(Object.entries(rule.members).map(([k, r]) => [k, validOf(r)]));
    case 'ref':
      return rule.many ? [] : 'thon-na-lau';
    default:
      return undefined;
  }
}

/** Values on and across every edge of a rule, plus values of the wrong type. */
function casesOf(rule: ValueRule): unknown[] {
  const wrongTypes = [null, 7, 'x', true, [], {}];
  switch (rule.type) {
    case 'text':
      return [...wrongTypes, '', '   ', 'a', ' Thôn  ', 'x'.repeat(rule.max), 'x'.repeat(rule.max + 1)];
    case 'int':
      return [
        ...wrongTypes,
        rule.min - 1,
        rule.min,
        rule.min + 1,
        1.5,
        '3',
        ...(rule.max === null ? [1_000_000] : [rule.max, rule.max + 1]),
      ];
    case 'bool':
      return [...wrongTypes, false, 'có', 0, 1];
    case 'enum':
      return [
        ...wrongTypes,
        '',
        ...rule.values,
        `${String(rule.values[0])}_khac`,
        String(rule.values[0]).toUpperCase(),
      ];
    case 'date':
      return [
        ...wrongTypes,
        '',
        '2024-01-15',
        '2024-02-29',
        '2023-02-29',
        '2024-13-01',
        '15/01/2024',
        '1944-12-31',
        '1945-01-01',
        eventHorizon(),
        '2100-12-31',
        '2101-01-01',
      ];
    case 'list': {
      const one = validOf(rule.of);
      return [
        ...wrongTypes,
        Array.from({ length: rule.min }, () => one),
        Array.from({ length: rule.max }, () => one),
        Array.from({ length: rule.max + 1 }, () => one),
        ...casesOf(rule.of).map((v) => [v]),
      ];
    }
    case 'object': {
      const valid = validOf(rule) as Record<string, unknown>;
      return [
        ...wrongTypes,
        valid,
        { ...valid, khac: 1 },
        ...Object.entries(rule.members).flatMap(([k, r]) => casesOf(r).map((v) => ({ ...valid, [k]: v }))),
      ];
    }
    case 'ref':
      return rule.many ? [[], ['thon-na-lau'], ['']] : ['', 'thon-na-lau'];
    default:
      return [];
  }
}

const accepts = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

/** The contract's example, and the same record as a line (references written by the example's ids). */
function bases(def: AnyRecord): { input: Record<string, unknown>; line: Record<string, unknown> } {
  const input = def.example as Record<string, unknown>;
  const parsed = def.input.parse(input) as Record<string, unknown>;
  const line = lineOf(def, { ...parsed, id: '3f1c2b8e-5a4d-4e6f-9a1b-2c3d4e5f6a7b' }, (_to, id) => id);
  const all: Record<string, Field> = { ...def.stored, ...def.lineOnly };
  // Fields a line requires that the contract's example does not give (a convention's status).
  for (const c of def.lineColumns) {
    if (c.field && line[c.name] === undefined && !all[c.field]!.input.safeParse(undefined).success) {
      line[c.name] = validOf(all[c.field]!.rule);
    }
  }
  return { input, line };
}

const isBlank = (v: unknown) => v === null || (typeof v === 'string' && v.trim() === '');

/** The person's line object a field belongs to, and the field's member in it. */
function personOf(columns: readonly LineColumn[], field: string) {
  const column = columns.find((c) => c.person && Object.values(c.person.members).includes(field));
  if (!column) return null;
  const key = Object.entries(column.person!.members).find(([, f]) => f === field)![0];
  return { column, key, members: Object.values(column.person!.members) };
}

/**
 * A field's value as the contract takes it and as a line writes it: its own member, or its member
 * of a person's object. A line writes a person without a name as no person at all, so a blank name
 * is compared with a contract input whose person is blank throughout.
 */
function withField(
  def: AnyRecord,
  input: Record<string, unknown>,
  line: Record<string, unknown>,
  field: string,
  value: unknown,
) {
  const own = def.lineColumns.find((c) => c.field === field);
  if (own) return { input: { ...input, [field]: value }, line: { ...line, [own.name]: value } };
  const person = personOf(def.lineColumns, field)!;
  if (person.key === 'name' && isBlank(value)) {
    const blank = Object.fromEntries(person.members.map((m) => [m, null]));
    return { input: { ...input, ...blank, [field]: value }, line: { ...line, [person.column.name]: null } };
  }
  const current = (line[person.column.name] as Record<string, unknown> | undefined) ?? { name: 'Nguyễn Văn A' };
  const named = person.key === 'name' ? {} : { [person.members[0]!]: current.name };
  return {
    input: { ...input, ...named, [field]: value },
    line: { ...line, [person.column.name]: { ...current, [person.key]: value } },
  };
}

/**
 * The line's own rules between lifecycle fields, which no single contract input carries (the
 * lifecycle calls check them step by step): a recognised or suspended convention needs its
 * recognition date in the line (interchange.md), `convention.act` asks for it on recognition.
 */
const LINE_ONLY_RULES: Record<string, Record<string, readonly unknown[]>> = {
  convention: { status: ['da_cong_nhan', 'tam_ngung'] },
};

/** The fields a line carries (their own member or inside a person's object). */
function lineFields(def: AnyRecord): string[] {
  return def.lineColumns.flatMap((c) => (c.person ? Object.values(c.person.members) : [c.field!]));
}

const withLines = RECORDS.filter((def) => def.line !== null);

describe('the interchange line and the contract input agree (generated from shared/record definitions)', () => {
  it('covers every kind that has a line, and every such kind has fields the line carries', () => {
    expect(withLines.map((d) => d.kind).sort()).toEqual(
      RECORDS.filter((d) => d.spec.interchange)
        .map((d) => d.kind)
        .sort(),
    );
    for (const def of withLines) expect(lineFields(def).length, def.kind).toBeGreaterThan(1);
  });

  describe.each(withLines.map((def) => [def.kind, def] as const))('%s', (_kind, def) => {
    const { input, line } = bases(def);
    const all: Record<string, Field> = { ...def.stored, ...def.lineOnly };

    it('takes its example both ways', () => {
      expect(accepts(def.input, input)).toBe(true);
      const r = def.line!.safeParse(line);
      expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
    });

    const fields = lineFields(def).filter((f) => casesOf(all[f]!.rule).length > 0);
    it.each(fields)('%s: the same values accepted and refused', (name) => {
      const field = all[name]!;
      const inContract = name in def.fields;
      // What an absent value stands for in a line (a catalog from the publication date) is the
      // line's own reading of an empty cell: the contract has no empty cell to read.
      const blankIsAbsent = lineOptions(field)?.absent !== undefined;
      const disagreements: string[] = [];
      const lineOnly = LINE_ONLY_RULES[def.kind]?.[name] ?? [];
      for (const value of casesOf(field.rule)) {
        if (blankIsAbsent && isBlank(value)) continue;
        if (lineOnly.includes(value)) continue;
        const both = withField(def, input, line, name, value);
        // Fields of the lifecycle or of the line only: the definition's own field rule is the
        // contract side (the lifecycle calls take it from there).
        const contract = inContract ? accepts(def.input, both.input) : accepts(field.input, value);
        const lineAccepts = accepts(def.line!, both.line);
        if (contract !== lineAccepts) {
          disagreements.push(`${JSON.stringify(value)?.slice(0, 60)}: contract ${contract}, line ${lineAccepts}`);
        }
      }
      expect(disagreements).toEqual([]);
    });
  });
});
