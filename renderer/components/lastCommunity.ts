/** The thôn / tổ dân phố the clerk worked on last, remembered on this computer for the next new record. */
const KEY = 'qcdc.lastCommunity';

/** Remembers the thôn of a record just saved. */
export function rememberCommunity(id: string | null | undefined): void {
  if (id) localStorage.setItem(KEY, id);
}

/**
 * The thôn a new record starts with: the last one used if it is still offered, else the only one
 * offered (a commune with one thôn left to choose from), else none.
 */
export function defaultCommunity(offered: string[]): string | undefined {
  const last = localStorage.getItem(KEY);
  if (last && offered.includes(last)) return last;
  return offered.length === 1 ? offered[0] : undefined;
}
