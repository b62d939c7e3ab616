/** "Nguyễn Văn An" → "N. V. A.": enough to tell rows apart in a list, not to identify a person. */
export function maskName(name: string | null): string | null {
  if (!name) return null;
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${w.slice(0, 1).toUpperCase()}.`)
    .join(' ');
}
