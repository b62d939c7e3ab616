import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** How many runs each median takes. */
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Wall time (ms) of one program run to its end; fails the bench on a non-zero exit. */
function timed(args: string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${args.join(' ')}: ${run.stderr}`);
  return ms;
}

/**
 * Issue 13: `qcdc check` on a new installation against a bare `node -e 0`, both through the real
 * command (bin/qcdc.mjs, its bundle date check included), alternating so machine load hits both
 * alike; the medians of 5 and their ratio (target ≤ 6).
 */
export function benchCliStart(dir: string) {
  const data = join(dir, 'cli-start');
  const qcdc = ['bin/qcdc.mjs'];
  // The first run builds the bundle if it is missing or stale; it is not measured.
  timed([...qcdc, 'init', '--data', data, '--role', 'commune', '--code', '20001', '--name', 'Xã Đồng Đăng']);
  const node: number[] = [];
  const check: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    node.push(timed(['-e', '0']));
    check.push(timed([...qcdc, 'check', '--data', data]));
  }
  const ratio = median(check) / median(node);
  return {
    runs: RUNS,
    nodeMs: Math.round(median(node)),
    qcdcCheckMs: Math.round(median(check)),
    ratio: Number(ratio.toFixed(2)),
    target: 6,
    meetsTarget: ratio <= 6,
  };
}
