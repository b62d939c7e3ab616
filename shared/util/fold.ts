/**
 * Folds Vietnamese text for diacritic-insensitive search: NFD, combining marks removed,
 * đ/Đ mapped to d (Unicode does not decompose đ), lower-cased, whitespace collapsed.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a folded query into search tokens (letters and digits only). */
export function foldTokens(query: string): string[] {
  return foldText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** True when every token of the query is a prefix of some word of the text, both folded. */
export function matchesQuery(text: string, query: string): boolean {
  const tokens = foldTokens(query);
  if (tokens.length === 0) return true;
  const words = foldTokens(text);
  return tokens.every((t) => words.some((w) => w.startsWith(t)));
}

/** Normalises user text the way it is stored: NFC, trimmed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').trim();
}
