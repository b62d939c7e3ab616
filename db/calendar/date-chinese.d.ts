// date-chinese ships its types at a path its package.json "exports" does not expose; the part used here.
declare module 'date-chinese' {
  /** A lunisolar calendar date (cycle, year, month, leap, day) with conversions. */
  export class CalendarVietnamese {
    constructor();
    set(cycle: number, year: number, month: number, leap: number | boolean, day: number): this;
    get(): number[];
    fromJDE(jde: number): this;
    toGregorian(gyear?: number): { year: number; month: number; day: number };
    newYear(gyear: number): number;
  }
}
