import { RECORDS_TEXT } from '../records/text';
import { formatNumber } from '../../../shared/util/format';

/** "05/02/2026 lúc 14:03" from epoch ms, in the machine's time zone. */
export function formatDateTime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '';
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} lúc ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "1–25" or "7" for a range of sequence numbers. */
export function seqRange(from: number | null, to: number | null): string {
  if (from === null || to === null) return '';
  return from === to ? formatNumber(from) : `${formatNumber(from)}–${formatNumber(to)}`;
}

/** Counts per entity as Vietnamese lines ("Vụ việc hòa giải: 12"). */
export function countLines(counts: Record<string, number>): { key: string; label: string; value: number }[] {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([key, value]) => ({ key, label: RECORDS_TEXT.kinds[key] ?? key, value }));
}
