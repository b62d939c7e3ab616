import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, jsonOf, qcdc, tempFolders } from './helpers';

const temp = tempFolders();
afterAll(() => temp.cleanup());

describe('qcdc usage errors (exit 2) and help', { timeout: 180_000 }, () => {
  it('answers unknown commands, flags, missing flags and missing data folders with exit 2 and Vietnamese text', async () => {
    const missing = join(temp.make(), 'khong-co');
    const [unknown, none, badFlag, noData, noFolder, bundle, enroll, help, jsonUsage] = await Promise.all([
      qcdc(['frobnicate']),
      qcdc([]),
      qcdc(['check', '--data', missing, '--bogus']),
      qcdc(['check']),
      qcdc(['check', '--data', missing]),
      qcdc(['bundle', 'import', '--data', missing, 'x.qcdc']),
      qcdc(['enroll', '--data', missing, 'card.json']),
      qcdc(['--help']),
      qcdc(['keys', 'rotate', '--json']),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('Lệnh không tồn tại: "frobnicate"');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Cách dùng: qcdc');
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain('--bogus');
    expect(noData.code).toBe(2);
    expect(noData.stderr).toContain('Thiếu tùy chọn --data');
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toContain('Không tìm thấy thư mục dữ liệu');
    for (const sync of [bundle, enroll]) {
      expect(sync.code).toBe(2);
      expect(sync.stderr).toContain('Không tìm thấy thư mục dữ liệu');
    }
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('init --data DIR --role commune');
    expect(jsonUsage.code).toBe(2);
    expect(jsonOf<{ error: { code: string } }>(jsonUsage).error.code).toBe('USAGE');
  });

  it('runs through bin/qcdc.mjs as an installed package would', async () => {
    const run = await qcdc([], { entry: [join(ROOT, 'bin/qcdc.mjs'), '--version'] });
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
