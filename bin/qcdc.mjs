#!/usr/bin/env node
// The installed `qcdc` command: runs the compiled bundle out/cli/qcdc.mjs (esbuild, scripts/build-main.mjs;
// `npm run build` makes it) in this same process, so signals, stdio and the exit code are the command's own.
// The bundle is built here when it is missing, and in a source checkout also when a source is newer than
// it: a few milliseconds of file dates, so an edited checkout never runs yesterday's code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'out', 'cli', 'qcdc.mjs');

/** The newest modification time (ms) of the files under `path` (a file or a folder). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return latest;
}

/** Whether the bundle must be (re)built before running. */
function stale() {
  if (!existsSync(bundle)) return true;
  // An installed copy without the TypeScript sources runs what it was shipped with.
  if (!existsSync(join(root, 'electron', 'cli', 'main.ts'))) return false;
  const built = statSync(bundle).mtimeMs;
  return ['electron', 'db', 'shared', 'package.json'].some((p) => newest(join(root, p)) > built);
}

if (stale()) {
  try {
    const { buildCli } = await import('../scripts/build-main.mjs');
    await buildCli();
  } catch (error) {
    // esbuild missing (an install without the build tools) or the sources do not compile.
    process.stderr.write(
      `Không dựng được lệnh qcdc (out/cli/qcdc.mjs): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\nHãy chạy: npm run build\n`,
    );
    process.exit(2);
  }
}
await import(pathToFileURL(bundle).href);
