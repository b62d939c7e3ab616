import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blake2b } from '../../../db/keys/blake2b';

describe('blake2b', () => {
  it("matches node's blake2b512 across block boundaries", () => {
    for (const length of [0, 1, 3, 127, 128, 129, 255, 256, 257, 1000]) {
      const data = randomBytes(length);
      expect(blake2b(data, 64).toString('hex'), `length ${length}`).toBe(
        createHash('blake2b512').update(data).digest('hex'),
      );
    }
  });

  it('gives the 32-byte digest minisign checksums keys with (not a truncated 64-byte one)', () => {
    // Independent value: Python's hashlib.blake2b(b'abc', digest_size=32).
    const expected = 'bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319';
    expect(blake2b(Buffer.from('abc'), 32).toString('hex')).toBe(expected);
    expect(blake2b(Buffer.from('abc'), 64).subarray(0, 32).toString('hex')).not.toBe(expected);
  });

  it('refuses digest lengths BLAKE2b does not define', () => {
    expect(() => blake2b(Buffer.alloc(1), 0)).toThrow(RangeError);
    expect(() => blake2b(Buffer.alloc(1), 65)).toThrow(RangeError);
  });
});
