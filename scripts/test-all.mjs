// `npm test`: every suite (unit, contract, CLI, end-to-end) after its own set-up, then one
// closing line "N passed, N failed" summing both runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const step = (label, cmd, args) => {
  process.stderr.write(`\n== ${label} ==\n`);
  if (run(cmd, args) !== 0) {
    process.stderr.write(`Bước "${label}" thất bại.\n`);
    process.exit(1);
  }
};

step('cài đặt gói npm', 'node', ['scripts/setup.mjs']);
step('chương trình hệ thống', 'node', ['scripts/system-deps.mjs']);
step('dựng giao diện và tiến trình chính', 'npm', ['run', '--silent', 'build']);

mkdirSync('test-results', { recursive: true });
process.stderr.write('\n== vitest: đơn vị, hợp đồng, CLI ==\n');
const unit = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
]);
process.stderr.write('\n== playwright: đầu-cuối trong Chromium ==\n');
const e2e = run('npx', ['playwright', 'test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json',
});

/** Reads one runner's JSON summary; a runner that failed without a failed test (crash, port in use…) counts one. */
function tally(file, exitCode, read) {
  const c = existsSync(file) ? read(JSON.parse(readFileSync(file, 'utf8'))) : { passed: 0, failed: 0, skipped: 0 };
  if (exitCode !== 0 && c.failed === 0) c.failed = 1;
  return c;
}

const parts = [
  tally('test-results/vitest.json', unit, (v) => ({
    passed: v.numPassedTests ?? 0,
    failed: Math.max(v.numFailedTests ?? 0, v.numFailedTestSuites ?? 0),
    skipped: (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0),
  })),
  tally('test-results/playwright.json', e2e, (p) => ({
    passed: p.stats?.expected ?? 0,
    failed: (p.stats?.unexpected ?? 0) + (p.stats?.flaky ?? 0),
    skipped: p.stats?.skipped ?? 0,
  })),
];
const counts = parts.reduce((a, b) => ({
  passed: a.passed + b.passed,
  failed: a.failed + b.failed,
  skipped: a.skipped + b.skipped,
}));

process.stdout.write(`\nTotal: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
process.exit(unit === 0 && e2e === 0 && counts.failed === 0 ? 0 : 1);
