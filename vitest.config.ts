import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/contract/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // vitest's default is one worker less than the cores: one worker on a 2-core machine. The main
    // process only waits, and the CLI tests mostly wait for the command they started: use both cores.
    maxWorkers: Math.max(2, availableParallelism()),
    // The CLI tests run the compiled `qcdc` (out/cli), built once here from the current sources.
    globalSetup: ['tests/setup/build-cli.ts'],
  },
});
