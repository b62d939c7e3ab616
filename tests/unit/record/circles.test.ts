import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { circles, importGraph } from './importGraph';

// Issue 14: no import circle in db/ (type-only imports count too: a circle of types is the first
// step to one of values). The graph is read from the sources, so a new circle fails here at once.

const ROOT = resolve(import.meta.dirname, '../../..');

describe('imports in db/ (and shared/, renderer/)', () => {
  it('form no circle', () => {
    const graph = importGraph(ROOT, 'db');
    expect(graph.size).toBeGreaterThan(100);
    expect(circles(graph)).toEqual([]);
  });

  it('nor in shared/, where the definitions live', () => {
    expect(circles(importGraph(ROOT, 'shared'))).toEqual([]);
  });

  it("nor in renderer/ (the store's slices know only their own state; AppState is in store/state.ts)", () => {
    const graph = importGraph(ROOT, 'renderer');
    expect(graph.size).toBeGreaterThan(140);
    expect(circles(graph)).toEqual([]);
  });

  it('would show a circle (the check itself can fail)', () => {
    const graph = new Map([
      ['db/export/lists.ts', ['db/export/receptionLists.ts']],
      ['db/export/receptionLists.ts', ['db/export/lists.ts']],
      ['db/open.ts', []],
    ]);
    expect(circles(graph)).toEqual([['db/export/lists.ts', 'db/export/receptionLists.ts']]);
  });
});
