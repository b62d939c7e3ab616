import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StepCount } from '../e2e/steps';

const total = (c: StepCount) => c.clicks + c.fields + c.keys;

/**
 * Issue 13: the four journeys of a clerk's first minutes (tests/e2e/clerk.spec.ts), run in Chromium
 * now, with the counts of the same journeys on the UI before issue 13 beside them.
 */
export function benchJourneys(dir: string) {
  const out = join(dir, 'journeys.json');
  const build = spawnSync('npm', ['run', '--silent', 'build:renderer'], { stdio: 'ignore' });
  if (build.status !== 0) throw new Error('npm run build:renderer failed');
  const run = spawnSync('npx', ['playwright', 'test', 'tests/e2e/clerk.spec.ts', '--reporter=line'], {
    env: { ...process.env, QCDC_JOURNEYS_OUT: out },
    encoding: 'utf8',
  });
  if (run.status !== 0 || !existsSync(out)) throw new Error(`clerk.spec.ts failed:\n${run.stdout}\n${run.stderr}`);
  const after = JSON.parse(readFileSync(out, 'utf8')) as Record<string, StepCount>;
  const before = (
    JSON.parse(readFileSync('tests/e2e/journeys-before.json', 'utf8')) as { journeys: Record<string, StepCount> }
  ).journeys;
  return Object.fromEntries(
    Object.entries(after).map(([name, now]) => [
      name,
      { before: before[name], after: now, stepsBefore: total(before[name]!), stepsAfter: total(now) },
    ]),
  );
}
