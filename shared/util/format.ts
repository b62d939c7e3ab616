/** Vietnamese number formatting: thousands with ".", decimals with "," (1.705; 73,87). */
export function formatNumber(value: number, decimals = 0): string {
  const fixed = value.toFixed(decimals);
  const [intPart = '0', frac] = fixed.split('.');
  const sign = intPart.startsWith('-') ? '-' : '';
  const digits = sign ? intPart.slice(1) : intPart;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${sign}${grouped},${frac}` : `${sign}${grouped}`;
}

/** A rate as shown on screen and paper: `73,87%`; a missing rate (no denominator) as `—`. */
export function formatPercent(rate: number | null): string {
  return rate === null ? '—' : `${formatNumber(rate, 2)}%`;
}

/** `YYYY-MM-DD` → `dd/mm/yyyy`; empty for an empty value. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** `dd/mm/yyyy` (or d/m/yyyy) → `YYYY-MM-DD`, or null when it is not a date. */
export function parseVietnameseDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** The document date line of Nghị định 30/2020: "ngày 05 tháng 02 năm 2026" (leading zeros for day < 10, months 1–2). */
export function documentDateLine(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}

/** Rate rounded half-up to 2 decimals, null when the denominator is 0 (reports.md). */
export function rate(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  const scaled = (numerator * 10000) / denominator;
  return Math.floor(scaled + 0.5 + 1e-9) / 100;
}
