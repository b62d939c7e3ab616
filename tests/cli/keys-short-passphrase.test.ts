import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createInstallationKeys, exportKeys } from '../../db/keys/keystore';
import { runCli } from '../../electron/cli/run';
import { KEY_BACKUP_PASSPHRASE_MIN } from '../../shared/installation/passphrase';
import { initArgs, tempFolders } from './helpers';

// Issue 16, item 6: a key backup is never protected by a passphrase too short to resist an offline
// attack; the clerk is told the minimum in Vietnamese and nothing is written.

const temp = tempFolders();
afterAll(() => temp.cleanup());

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t), errIsTTY: false });
  return { code, out, err };
}

describe('the key-backup passphrase', () => {
  it('is refused under the minimum length, by the CLI and by the core, before anything is written', async () => {
    const root = temp.make();
    const dataDir = join(root, 'xa');
    expect((await cli(initArgs(dataDir, 'commune', '08123', 'Xã Tân Hưng'))).code).toBe(0);
    for (const short of ['a', 'mật khẩu 12']) {
      const file = join(root, 'ngan.txt');
      writeFileSync(file, `${short}\n`);
      const out = join(root, 'khoa');
      const run = await cli(['keys', 'export', '--data', dataDir, '--out', out, '--passphrase-file', file]);
      expect(run.code).toBe(1);
      expect(run.err).toContain(`ít nhất ${KEY_BACKUP_PASSPHRASE_MIN} ký tự`);
      expect(existsSync(out)).toBe(false);
    }
    const out = join(root, 'khoa-core');
    await expect(exportKeys(await createInstallationKeys(), out, 'ngắn')).rejects.toThrow('ít nhất 12 ký tự');
    expect(existsSync(out)).toBe(false);
  });
});
