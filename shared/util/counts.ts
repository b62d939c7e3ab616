/** Every code of a list with 0, so offices can sum the figures key by key. */
export const zeros = <T extends string>(codes: readonly T[]) =>
  Object.fromEntries(codes.map((c) => [c, 0])) as Record<T, number>;
