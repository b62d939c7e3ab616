import { scrypt, type ScryptOptions } from 'node:crypto';

/** scrypt costs: N (a power of two), r, p. Stored with every wrap, so a wrap opens with its own. */
export interface KdfCost {
  N: number;
  r: number;
  p: number;
}

/**
 * The cost of new wraps: scrypt N = 2^17, r = 8, p = 1 (128 MiB, about half a second on a commune
 * laptop), the OWASP recommendation for scrypt. Tests inject {@link TEST_KDF_COST}.
 */
export const DEFAULT_KDF_COST: KdfCost = { N: 2 ** 17, r: 8, p: 1 };
/** A cheap cost for tests that do not test the KDF itself. */
export const TEST_KDF_COST: KdfCost = { N: 2 ** 10, r: 8, p: 1 };

// Wraps with more work than this come from an odd or hostile key ring: refuse rather than hang.
const MAX_WORK = 2 ** 22;

/** Whether a stored cost is one this app agrees to compute. */
export function acceptableCost(cost: KdfCost): boolean {
  const { N, r, p } = cost;
  return (
    Number.isInteger(N) &&
    N >= 2 &&
    (N & (N - 1)) === 0 &&
    Number.isInteger(r) &&
    r >= 1 &&
    r <= 32 &&
    Number.isInteger(p) &&
    p >= 1 &&
    p <= 16 &&
    N * r * p <= MAX_WORK
  );
}

/**
 * Derives a 32-byte key from a secret. node's scrypt runs on the libuv thread pool, so the main
 * process (and the window it serves) never blocks on it.
 */
export function deriveKey(secret: string, salt: Buffer, cost: KdfCost): Promise<Buffer> {
  if (!acceptableCost(cost)) return Promise.reject(new RangeError('scrypt cost out of range'));
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 128 * cost.N * cost.r * 2 + 1024 * 1024 };
  return new Promise((done, fail) => {
    scrypt(Buffer.from(secret, 'utf8'), salt, 32, options, (error, key) => (error ? fail(error) : done(key)));
  });
}
