import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CallName, OutputOf, RequestOf } from '../../shared/contract/index';
import { plainFileProtector } from '../../db/keys/keystore';
import { publishFile, tempNameFor } from '../../db/maintenance/files';
import { databasePath, openApp, type AppInstance } from '../core/app';
import { cliSession } from './credentials';
import { requireString, type ParsedArgs } from './args';
import { ERROR_MESSAGES } from '../../shared/contract/errors';
import { CliFailure, EXIT, UsageError, exitCodeFor, failureOf, toIssueLine } from './io';
import { CLI } from './messages';

/** The author the change log records for work done from the command line. */
export const CLI_USER = 'qcdc';

/** The `--data` folder, resolved; a missing flag is a usage error. */
export function dataDirOf(parsed: ParsedArgs): string {
  return resolve(requireString(parsed, 'data'));
}

/** Fails with exit 2 unless the data folder exists. */
export function requireExistingDir(dataDir: string): void {
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) throw new UsageError(CLI.dataDirMissing(dataDir));
}

/** Creates a new data folder (owner-only: the CLI keeps the secret keys in it, architecture.md §5). */
export function makeDataDir(dataDir: string): void {
  if (existsSync(dataDir) && !statSync(dataDir).isDirectory()) throw new UsageError(CLI.notADirectory(dataDir));
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
}

/** Fails with exit 2 unless the data folder exists and holds a database. */
export function requireDatabase(dataDir: string): void {
  requireExistingDir(dataDir);
  if (!existsSync(databasePath(dataDir))) throw new UsageError(CLI.notInitialised(dataDir));
}

/** Opens an installation the CLI's way (key store in the folder, no idle lock), still locked if protected. */
export function openLocked(dataDir: string): AppInstance {
  try {
    return openApp({
      dataDir,
      keyProtector: plainFileProtector,
      user: CLI_USER,
      access: { ...cliSession().access, idleLock: false },
    });
  } catch (error) {
    throw failureOf(error, CLI.cannotOpen);
  }
}

/** The password of the run's credentials; missing credentials are a usage error (exit 2). */
export function credentialPassword(): { user: string; password: string } {
  const { user, passwordFile } = cliSession().credentials;
  if (!user || !passwordFile) throw new UsageError(CLI.credentialsMissing);
  return { user, password: readPassword(passwordFile) };
}

/**
 * Opens the installation of a data folder the way the desktop app does, with the CLI's key store.
 * A protected one needs the run's credentials: missing ones exit 2, wrong ones exit 3 after the
 * growing delay of the access gate.
 */
export async function openInstallation(dataDir: string): Promise<AppInstance> {
  const app = openLocked(dataDir);
  if (!app.access.isProtected()) return app;
  try {
    const { user, password } = credentialPassword();
    await app.access.signIn(user, password);
    return app;
  } catch (error) {
    app.close();
    throw failureOf(error, CLI.cannotOpen);
  }
}

/**
 * Fails with exit 3 unless the run's account is an administrator (a protected installation's key
 * files and other work outside the contract's own checks). Unprotected installations have no accounts.
 */
export function requireAdministrator(app: AppInstance): void {
  if (!app.access.isProtected()) return;
  if (app.access.status().session?.role !== 'quan_tri') {
    throw new CliFailure(EXIT.security, ERROR_MESSAGES.FORBIDDEN, { code: 'FORBIDDEN' });
  }
}

/** Runs `fn` with the installation open, closing it afterwards whatever happens. */
export async function withInstallation<T>(dataDir: string, fn: (app: AppInstance) => Promise<T>): Promise<T> {
  const app = await openInstallation(dataDir);
  try {
    return await fn(app);
  } finally {
    app.close();
  }
}

/** Dispatches a contract call; an error result becomes a {@link CliFailure} with the cli.md exit code. */
export async function call<K extends CallName>(app: AppInstance, name: K, input: RequestOf<K>): Promise<OutputOf<K>> {
  return (await callByName(app, name, input)) as OutputOf<K>;
}

/** Dispatches a call by name (for calls a build may not declare yet; the dispatcher answers UNKNOWN_CALL). */
export async function callByName(app: AppInstance, name: string, input: unknown): Promise<unknown> {
  const result = await app.dispatch(name, input);
  if (result.ok) return result.value;
  const { code, message, issues } = result.error;
  throw new CliFailure(exitCodeFor(code), message, { code, issues: issues?.map(toIssueLine) });
}

/** Reads an input file; an unreadable file is rejected input (exit 1). */
export function readInputFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new CliFailure(EXIT.rejected, CLI.fileMissing(file), { code: 'NOT_FOUND' });
  }
}

/** Reads a password file: its text without the final line break (spaces inside are part of it). */
export function readPassword(file: string): string {
  const text = readPassphrase(file);
  if (text === undefined) throw new CliFailure(EXIT.rejected, CLI.passphraseEmpty, { code: 'INVALID_INPUT' });
  return text;
}

/** Reads a passphrase file: its text without the final line break. */
export function readPassphrase(file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  const text = readInputFile(resolve(file))
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (text === '') throw new CliFailure(EXIT.rejected, CLI.passphraseEmpty, { code: 'INVALID_INPUT' });
  return text;
}

/** Writes an output file atomically (a temp file beside it, flushed, then renamed). */
export function writeOutputFile(file: string, content: string | Uint8Array): string {
  const target = resolve(file);
  mkdirSync(dirname(target), { recursive: true });
  const tmp = tempNameFor(target, 'write');
  try {
    // Owner-only: a records export holds every personal detail of the commune.
    writeFileSync(tmp, content, { mode: 0o600 });
    publishFile(tmp, target);
  } finally {
    rmSync(tmp, { force: true });
  }
  return target;
}
