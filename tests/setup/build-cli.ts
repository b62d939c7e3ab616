import { buildCli } from '../../scripts/build-main.mjs';

/**
 * vitest globalSetup: builds the `qcdc` bundle (out/cli) once per test run, so the CLI tests, which
 * start it hundreds of times, always run the current sources compiled (about a second of esbuild).
 */
export default async function setup(): Promise<void> {
  await buildCli();
}
