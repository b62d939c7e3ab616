import { describe, expect, it } from 'vitest';
import { foldText, matchesQuery } from '../../../shared/util/fold';
import { documentDateLine, formatDate, formatNumber, formatPercent, rate } from '../../../shared/util/format';
import { uuidv7 } from '../../../shared/util/ids';
import { canonicalJson } from '../../../shared/util/canonical';

describe('Vietnamese text and numbers', () => {
  it('folds diacritics including đ', () => {
    expect(foldText('Hòa giải Đồng Đăng')).toBe('hoa giai dong dang');
    expect(foldText('Nghĩa  Hưng\tLỘC')).toBe('nghia hung loc');
    expect(matchesQuery('Tranh chấp đất đai ở Đồng Đăng', 'dong dang')).toBe(true);
    expect(matchesQuery('Tranh chấp đất đai', 'dong')).toBe(false);
  });

  it('formats numbers, rates and dates the Vietnamese way', () => {
    expect(formatNumber(1705)).toBe('1.705');
    expect(formatNumber(2507000)).toBe('2.507.000');
    expect(formatPercent(rate(1852, 2507))).toBe('73,87%');
    expect(formatPercent(rate(100, 162))).toBe('61,73%');
    expect(rate(1, 8)).toBe(12.5);
    expect(rate(1, 0)).toBeNull();
    expect(formatPercent(null)).toBe('—');
    expect(formatDate('2026-02-05')).toBe('05/02/2026');
    expect(documentDateLine('2026-02-05')).toBe('ngày 05 tháng 02 năm 2026');
    expect(documentDateLine('2026-11-29')).toBe('ngày 29 tháng 11 năm 2026');
    expect(documentDateLine('2026-03-01')).toBe('ngày 01 tháng 3 năm 2026');
  });

  it('rounds rates half-up to two decimals', () => {
    expect(rate(1, 3)).toBe(33.33);
    expect(rate(2, 3)).toBe(66.67);
    expect(rate(1, 16)).toBe(6.25);
    expect(rate(1, 800)).toBe(0.13);
  });

  it('makes sortable UUIDv7 ids and canonical JSON', () => {
    const a = uuidv7(1_700_000_000_000);
    const b = uuidv7(1_700_000_000_001);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a < b).toBe(true);
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
});
