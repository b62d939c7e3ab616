import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectOk, initArgs, jsonOf, qcdc, tempFolders } from './helpers';

const temp = tempFolders();
afterAll(() => temp.cleanup());

// minisign's scrypt costs 1 GiB and about a second per key file: one round trip is enough.
describe('qcdc keys with a passphrase', () => {
  it(
    'encrypts the backup, refuses a wrong passphrase (exit 3) and restores with the right one',
    { timeout: 240_000 },
    async () => {
      const root = temp.make();
      const dataDir = join(root, 'xa');
      const backup = join(root, 'khoa');
      writeFileSync(join(root, 'dung.txt'), 'Mật khẩu sao lưu khóa 2026\n');
      writeFileSync(join(root, 'sai.txt'), 'mat khau sai\n');
      const init = await qcdc(initArgs(dataDir, 'commune', '08123', 'Xã Tân Hưng', '--json'));
      expectOk(init);
      const { keyId } = jsonOf<{ keyId: string }>(init);

      const exported = await qcdc([
        'keys',
        'export',
        '--data',
        dataDir,
        '--out',
        backup,
        '--passphrase-file',
        join(root, 'dung.txt'),
        '--json',
      ]);
      expectOk(exported);
      expect(jsonOf(exported)).toMatchObject({ encrypted: true, keyId });
      expect(readFileSync(join(backup, 'minisign.key'), 'utf8')).toMatch(
        /^untrusted comment: minisign encrypted secret key\n/,
      );
      expect(readFileSync(join(backup, 'age-identity.txt'), 'utf8')).toMatch(/^age-encryption\.org\/v1\n-> scrypt /);

      const [wrong, right] = await Promise.all([
        qcdc(['keys', 'import', '--data', dataDir, '--from', backup, '--passphrase-file', join(root, 'sai.txt')]),
        qcdc([
          'keys',
          'import',
          '--data',
          dataDir,
          '--from',
          backup,
          '--passphrase-file',
          join(root, 'dung.txt'),
          '--json',
        ]),
      ]);
      expect(wrong.code).toBe(3);
      expect(wrong.stderr).toContain('Mật khẩu không đúng');
      expectOk(right);
      expect(jsonOf(right)).toMatchObject({ keyId, previousKeyId: keyId });
    },
  );
});
