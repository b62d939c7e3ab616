import { describe, expect, it } from 'vitest';
import { BundleRefusal, jsonDepth, parseLine } from '../../../db/sync/payload';

// One payload line (docs/bundle-format.md): every field checked, then the snapshot against its entity.

const HASH = 'a'.repeat(64);
const community = {
  id: 'c1',
  version: 1,
  createdAt: 1,
  updatedAt: 1,
  updatedBy: null,
  deletedAt: null,
  name: 'Thôn Một',
  type: 'thon',
  households: 12,
  note: null,
};
const good = {
  seq: 1,
  entity: 'community',
  id: 'c1',
  version: 1,
  op: 'create',
  at: 1,
  hash: HASH,
  prevHash: HASH,
  snapshot: community,
};

function refusal(value: unknown): string {
  try {
    parseLine(typeof value === 'string' ? value : JSON.stringify(value), 7);
  } catch (error) {
    expect(error).toBeInstanceOf(BundleRefusal);
    expect((error as BundleRefusal).failure).toBe('rejected');
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('parseLine', () => {
  it('accepts a well-formed change', () => {
    expect(parseLine(JSON.stringify(good), 1)).toEqual(good);
  });

  it('names the line and the field of each defect', () => {
    expect(refusal('{"seq":')).toBe('Nội dung gói không hợp lệ ở dòng 7: dòng bị hỏng, không đọc được.');
    expect(refusal({ ...good, seq: 0 })).toContain('trường seq sai định dạng');
    expect(refusal({ ...good, hash: 'xyz' })).toContain('trường hash sai định dạng');
    expect(refusal({ ...good, extra: 1 })).toContain('trường extra sai định dạng');
    expect(refusal({ ...good, op: 'drop' })).toContain('trường op');
    expect(refusal({ ...good, entity: 'nuclear_codes' })).toContain('không được phần mềm này hỗ trợ');
    expect(refusal({ ...good, snapshot: { ...community, households: 'nhiều' } })).toContain(
      'trường households sai kiểu',
    );
    expect(refusal({ ...good, snapshot: { ...community, secret: 1 } })).toContain('trường lạ secret');
    expect(refusal({ ...good, snapshot: { ...community, version: 2 } })).toContain('không khớp');
    expect(refusal({ ...good, op: 'delete' })).toContain('thao tác xóa');
    expect(refusal(`{"a":${'['.repeat(40)}${']'.repeat(40)}}`)).toContain('lồng nhau quá sâu');
  });

  it('counts depth outside strings only', () => {
    expect(jsonDepth('{"a":"[[[[[[[["}', 5)).toBe(1);
    expect(jsonDepth('[[["\\"[["]]]', 5)).toBe(3);
  });
});
