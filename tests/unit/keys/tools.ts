import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How a program run ended; a non-zero exit is a result to check, not an exception. */
export interface RunResult {
  status: number;
  stdout: Buffer;
  stderr: string;
}

/**
 * Runs a real program (minisign, age) to completion. stdin gets `input`, or is closed at once, so a
 * program that unexpectedly asks for a password fails instead of hanging the test.
 */
export function run(
  program: string,
  args: string[],
  options: { cwd?: string; input?: string | Buffer } = {},
): RunResult {
  try {
    const stdout = execFileSync(program, args, {
      cwd: options.cwd,
      input: options.input ?? '',
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: 120_000,
    });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const failed = error as { status?: number | null; stdout?: Buffer; stderr?: Buffer };
    return {
      status: failed.status ?? -1,
      stdout: failed.stdout ?? Buffer.alloc(0),
      stderr: String(failed.stderr ?? ''),
    };
  }
}

/**
 * Runs a shell command under a pseudo-terminal (util-linux `script`): `age` reads passphrases only
 * from a terminal, never from a pipe. The pty buffers `input` until the program reads it.
 */
export function runWithTerminal(command: string, cwd: string, input: string): RunResult {
  return run('script', ['-q', '-e', '-c', command, '/dev/null'], { cwd, input });
}

/** Temporary folders for one test file, removed by `cleanup` (call it from afterAll). */
export function tempFolders(): { make: () => string; cleanup: () => void } {
  const made: string[] = [];
  return {
    make: () => {
      const dir = mkdtempSync(join(tmpdir(), 'qcdc-keys-'));
      made.push(dir);
      return dir;
    },
    cleanup: () => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })),
  };
}

/** The same base64 line with one bit of its decoded bytes flipped. */
export function flipBase64Bit(line: string, byteIndex: number): string {
  const bytes = Buffer.from(line, 'base64');
  bytes[byteIndex] = (bytes[byteIndex] ?? 0) ^ 0x01;
  return bytes.toString('base64');
}

/** A file's or folder's permission bits, e.g. 0o600. */
export function modeOf(path: string): number {
  return statSync(path).mode & 0o777;
}
