// BLAKE2b (RFC 7693), unkeyed. node:crypto only offers the 64-byte digest ('blake2b512'), and
// minisign checksums its secret keys with the 32-byte one, which is not a truncation of it (the
// digest length is mixed into the initial state). Inputs here are tiny, so BigInt is fast enough.

const MASK = (1n << 64n) - 1n;
const BLOCK = 128;

// The SHA-512 initial hash values, as RFC 7693 §2.6 prescribes.
const IV: readonly bigint[] = [
  0x6a09e667f3bcc908n,
  0xbb67ae8584caa73bn,
  0x3c6ef372fe94f82bn,
  0xa54ff53a5f1d36f1n,
  0x510e527fade682d1n,
  0x9b05688c2b3e6c1fn,
  0x1f83d9abfb41bd6bn,
  0x5be0cd19137e2179n,
];

// Message word permutations per round (RFC 7693 §2.7); rounds 10 and 11 reuse rows 0 and 1.
const SIGMA: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

// Column steps then diagonal steps of one round: the four state indices each G call mixes.
const STEPS: readonly (readonly [number, number, number, number])[] = [
  [0, 4, 8, 12],
  [1, 5, 9, 13],
  [2, 6, 10, 14],
  [3, 7, 11, 15],
  [0, 5, 10, 15],
  [1, 6, 11, 12],
  [2, 7, 8, 13],
  [3, 4, 9, 14],
];

/** The unkeyed BLAKE2b digest of `data`, `outLength` bytes long (1 to 64). */
export function blake2b(data: Uint8Array, outLength: number): Buffer {
  if (!Number.isInteger(outLength) || outLength < 1 || outLength > 64) {
    throw new RangeError('BLAKE2b digest length must be 1 to 64 bytes');
  }
  const h = [...IV];
  h[0] = word(h, 0) ^ 0x01010000n ^ BigInt(outLength);
  // An empty input is still one (all-zero, final) block.
  const blocks = Math.max(1, Math.ceil(data.length / BLOCK));
  for (let i = 0; i < blocks; i++) {
    const last = i === blocks - 1;
    const block = new Uint8Array(BLOCK);
    block.set(data.subarray(i * BLOCK, (i + 1) * BLOCK));
    compress(h, block, BigInt(last ? data.length : (i + 1) * BLOCK), last);
  }
  const out = Buffer.alloc(64);
  h.forEach((w, i) => out.writeBigUInt64LE(w, i * 8));
  return out.subarray(0, outLength);
}

function compress(h: bigint[], block: Uint8Array, bytesSoFar: bigint, last: boolean): void {
  const bytes = Buffer.from(block.buffer, block.byteOffset, BLOCK);
  const m = Array.from({ length: 16 }, (_, i) => bytes.readBigUInt64LE(i * 8));
  const v = [...h, ...IV];
  v[12] = word(v, 12) ^ (bytesSoFar & MASK);
  v[13] = word(v, 13) ^ (bytesSoFar >> 64n);
  if (last) v[14] = word(v, 14) ^ MASK;
  for (let round = 0; round < 12; round++) {
    const s = SIGMA[round % 10] ?? [];
    STEPS.forEach((step, j) => mix(v, step, word(m, word(s, 2 * j)), word(m, word(s, 2 * j + 1))));
  }
  for (let i = 0; i < 8; i++) h[i] = word(h, i) ^ word(v, i) ^ word(v, i + 8);
}

// The G function of RFC 7693 §3.1.
function mix(v: bigint[], [a, b, c, d]: readonly [number, number, number, number], x: bigint, y: bigint): void {
  let va = word(v, a);
  let vb = word(v, b);
  let vc = word(v, c);
  let vd = word(v, d);
  va = (va + vb + x) & MASK;
  vd = rotr(vd ^ va, 32n);
  vc = (vc + vd) & MASK;
  vb = rotr(vb ^ vc, 24n);
  va = (va + vb + y) & MASK;
  vd = rotr(vd ^ va, 16n);
  vc = (vc + vd) & MASK;
  vb = rotr(vb ^ vc, 63n);
  v[a] = va;
  v[b] = vb;
  v[c] = vc;
  v[d] = vd;
}

function rotr(x: bigint, n: bigint): bigint {
  return ((x >> n) | (x << (64n - n))) & MASK;
}

// Indices here are fixed by the algorithm and always in range; this keeps the checker honest anyway.
function word<T extends bigint | number>(list: readonly T[], i: number): T {
  const value = list[i];
  if (value === undefined) throw new RangeError(`BLAKE2b index ${i} out of range`);
  return value;
}
