// Bundles the Electron main process and the preload into CommonJS under out/main, and the `qcdc`
// command line into ES modules under out/cli (one esbuild step, `npm run build:main`).
// CommonJS for Electron because a sandboxed preload cannot be an ES module, and because the main
// bundle resolves out/renderer/index.html and preload.cjs from its own __dirname.
import { build } from 'esbuild';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'out', 'main');

/** Where the compiled `qcdc` command lives (bin/qcdc.mjs runs `qcdc.mjs` from here). */
export const CLI_DIR = path.join(root, 'out', 'cli');

/** The folders whose sources make up the CLI bundle (bin/qcdc.mjs compares their dates with it). */
export const CLI_SOURCES = ['electron', 'db', 'shared', 'package.json'].map((p) => path.join(root, p));

// Native modules load from node_modules at run time (packaging rebuilds them for Electron).
const NATIVE = ['better-sqlite3-multiple-ciphers'];

/** Options both bundles share. */
const common = {
  bundle: true,
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
};

/** The main process: everything bundled except Electron and native modules. */
const mainBundle = {
  ...common,
  platform: 'node',
  entryPoints: [path.join(root, 'electron/main/main.ts')],
  outfile: path.join(outDir, 'main.cjs'),
  external: ['electron', ...NATIVE],
  // ESM sources read `import.meta.url`, which CommonJS lacks: it becomes the bundle's own URL.
  // Paths built from it stay right only for files two folders below the root, like out/main/.
  define: { 'import.meta.url': '__qcdcBundleUrl' },
  // The banner restates "use strict": esbuild's own directive would no longer be the first line.
  banner: { js: "'use strict';\nconst __qcdcBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

/** The sandboxed preload: it may require only 'electron', so everything else is inside it. */
const preloadBundle = {
  ...common,
  // The sandbox has no Node built-ins; importing one must fail the build, not the window later.
  platform: 'browser',
  entryPoints: [path.join(root, 'electron/preload/preload.ts')],
  outfile: path.join(outDir, 'preload.cjs'),
  external: ['electron'],
};

/**
 * The `qcdc` command: ES modules split at every dynamic import, so a command loads only its own
 * code (`check` never parses exceljs or the PDF renderer). Its files sit two folders below the
 * root, like the sources, so `import.meta.dirname`-relative paths (out/renderer, package.json)
 * stay right. Native and heavy CommonJS packages load from node_modules when first needed.
 */
function cliBundle(dir) {
  return {
    ...common,
    format: 'esm',
    platform: 'node',
    splitting: true,
    entryPoints: { qcdc: path.join(root, 'electron/cli/main.ts') },
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    // Smaller files compile faster: start-up time is what the CLI is measured on.
    minify: true,
    external: [...NATIVE, 'exceljs', 'playwright-core', 'electron'],
    // Bundled CommonJS code may still call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __qcdcRequire } from 'node:module';\nconst require = __qcdcRequire(import.meta.url);",
    },
  };
}

/** Builds the CLI bundle into a fresh folder, then swaps it in, so no run ever sees half a bundle. */
export async function buildCli() {
  const tmp = `${CLI_DIR}.tmp-${process.pid}-${Date.now()}`;
  try {
    await build(cliBundle(tmp));
    await rm(CLI_DIR, { recursive: true, force: true });
    await rename(tmp, CLI_DIR);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Builds the Electron main, the preload and the CLI. */
export async function buildAll() {
  await rm(outDir, { recursive: true, force: true });
  await build(mainBundle);
  await build(preloadBundle);
  await buildCli();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await buildAll();
    console.log(`built ${path.relative(root, outDir)}/main.cjs, preload.cjs and out/cli/qcdc.mjs`);
  } catch {
    // esbuild has already printed each error with its location.
    process.exitCode = 1;
  }
}
