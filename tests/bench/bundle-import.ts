import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { plainFileProtector } from '../../db/keys/keystore';
import { openApp } from '../../electron/core/app';
import { TEST_KDF_COST } from '../../db/access/kdf';

/**
 * Child process of `npm run bench`: imports one bundle at an office through the contract, as the
 * desktop app and the CLI do, and prints its time and the process's peak memory (max RSS) as JSON.
 * Run alone so the peak belongs to the import and nothing else.
 */
async function main(): Promise<void> {
  const [dataDir, file] = process.argv.slice(2) as [string, string];
  const app = openApp({ dataDir, keyProtector: plainFileProtector, user: 'bench', access: { kdfCost: TEST_KDF_COST } });
  // A protected office (npm run bench's default) is signed in before the clock starts.
  if (process.env.BENCH_USER) await app.access.signIn(process.env.BENCH_USER, process.env.BENCH_PASSWORD ?? '');
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const bytes = readFileSync(file);
  const result = await app.dispatch('sync.importBundle', { fileName: 'bench.qcdc', base64: bytes.toString('base64') });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  app.close();
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const value = result.value as { applied: number; ok: boolean; message: string | null };
  if (!value.ok) throw new Error(value.message ?? 'refused');
  process.stdout.write(
    JSON.stringify({
      seconds,
      cpuSeconds,
      applied: value.applied,
      maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

void main();
