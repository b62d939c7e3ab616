import { rate } from '../util/format';
import { SECTION_CONSTANTS, SECTION_RATES, type CommuneSections } from './schema';

type Tree = Record<string, unknown>;

/**
 * The office's figures from its communes' figures (reports.md): every count summed, each rate of
 * {@link SECTION_RATES} recomputed from the sums, each figure of {@link SECTION_CONSTANTS} kept from
 * the first commune. `empty` gives the figures of a period with no commune (all zero).
 */
export function combineSections(list: readonly CommuneSections[], empty: CommuneSections): CommuneSections {
  const total = structuredClone(empty) as unknown as Tree;
  for (const item of list) addInto(total, item as unknown as Tree, '');
  for (const [path, [numerator, denominator]] of Object.entries(SECTION_RATES)) {
    setPath(total, path, rate(Number(getPath(total, numerator)), Number(getPath(total, denominator))));
  }
  const first = list[0] as unknown as Tree | undefined;
  if (first)
    for (const path of SECTION_CONSTANTS) {
      const value = getPath(first, path);
      if (value !== undefined) setPath(total, path, value);
    }
  return total as unknown as CommuneSections;
}

function addInto(total: Tree, item: Tree, prefix: string): void {
  for (const [key, value] of Object.entries(item)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (path in SECTION_RATES || SECTION_CONSTANTS.includes(path)) continue;
    if (typeof value === 'number') total[key] = Number(total[key] ?? 0) + value;
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      if (typeof total[key] !== 'object' || total[key] === null) total[key] = {};
      addInto(total[key] as Tree, value as Tree, path);
    }
  }
}

function getPath(tree: Tree, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);
}

function setPath(tree: Tree, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node = tree;
  for (const key of keys) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Tree;
  }
  node[last] = value;
}

/**
 * The figures of a period with no commune: every count 0 and every rate null, the constants of
 * {@link SECTION_CONSTANTS} kept. An office sums its communes onto this, never onto figures of its own
 * (a count that depends only on the period, like the weeks of the Chủ tịch's reception, is not zero).
 */
export function zeroFigures(figures: CommuneSections): CommuneSections {
  const out = structuredClone(figures) as unknown as Tree;
  zeroInto(out, '');
  return out as unknown as CommuneSections;
}

function zeroInto(tree: Tree, prefix: string): void {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (SECTION_CONSTANTS.includes(path)) continue;
    if (path in SECTION_RATES) tree[key] = null;
    else if (typeof value === 'number') tree[key] = 0;
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) zeroInto(value as Tree, path);
  }
}
