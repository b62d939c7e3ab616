import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { openRaw, type RawDb } from '../../db/open';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** The compiled `qcdc` (built once per test run by tests/setup/build-cli.ts), run without bin/'s date check. */
export const CLI_BUNDLE = join(ROOT, 'out/cli/qcdc.mjs');

/** How one `qcdc` run ended. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in a child process (`node out/cli/qcdc.mjs …`, the compiled command), stdin closed. */
export function qcdc(args: string[], options: { env?: NodeJS.ProcessEnv; entry?: string[] } = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, options.entry ?? [CLI_BUNDLE, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...options.env, QCDC_DEBUG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Fails the test unless the run exited 0, showing what it printed. */
export function expectOk(run: CliRun): void {
  expect(run.code, `${run.stderr}\n${run.stdout}`).toBe(0);
}

/** The arguments of `qcdc init` for one installation; `extra` adds flags such as `--province` or `--json`. */
export function initArgs(
  dataDir: string,
  role: 'commune' | 'office',
  code: string,
  name: string,
  ...extra: string[]
): string[] {
  return ['init', '--data', dataDir, '--role', role, '--code', code, '--name', name, ...extra];
}

/** Runs `read` on a database file opened read-only, closing it afterwards. */
export function readDatabase<T>(file: string, read: (db: RawDb) => T): T {
  const db = openRaw(file, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Parses the single JSON document a `--json` run prints (failing the test on anything else). */
export function jsonOf<T = Record<string, unknown>>(run: CliRun): T {
  return JSON.parse(run.stdout) as T;
}

/** Temporary folders for one test file, removed by `cleanup` (call it from afterAll). */
export function tempFolders(): { make: () => string; cleanup: () => void } {
  const made: string[] = [];
  return {
    make: () => {
      const dir = mkdtempSync(join(tmpdir(), 'qcdc-cli-'));
      made.push(dir);
      return dir;
    },
    cleanup: () => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })),
  };
}

/** SHA-256 of a file, to prove a refused input left it byte-identical. */
export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Runs a real program (minisign, age) to completion; stdin is closed so nothing can wait for a password. */
export function runProgram(program: string, args: string[], cwd: string): { status: number; output: string } {
  try {
    const out = execFileSync(program, args, { cwd, input: '', stdio: ['pipe', 'pipe', 'pipe'], timeout: 60_000 });
    return { status: 0, output: out.toString('utf8') };
  } catch (error) {
    const failed = error as { status?: number | null; stdout?: Buffer; stderr?: Buffer };
    return { status: failed.status ?? -1, output: `${String(failed.stdout ?? '')}${String(failed.stderr ?? '')}` };
  }
}
