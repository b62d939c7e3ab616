import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, join } from 'node:path';

/**
 * Temporary copies of the database (a backup being written, a restore being checked, a replica
 * being staged) hold every record. They are created owner-only from their first byte, removed when
 * done, and — when a process is killed halfway — swept at the next start of the app or the CLI.
 * A temporary file written outside the data folder (a backup to a USB stick) is listed in the data
 * folder's `pending-temp/` ledger while it exists, so the sweep can find it there too.
 */

/** The ledger of temporary files written outside the data folder. */
const LEDGER_DIR = 'pending-temp';
/** A temporary name left by a process that was writing for longer than this is stale whatever its pid says. */
const STALE_MS = 24 * 60 * 60 * 1000;
/** A temporary name without a pid (the key store's) is stale after this long: its writes take milliseconds. */
const STALE_UNOWNED_MS = 10 * 60 * 1000;

/** `<name>.<tag>-<pid>-<ms>.tmp` (tag optional), with SQLite's side files; or the key store's `<name>.<hex>.tmp`. */
const OWNED = /\.(?:[a-z][a-z0-9-]*-)?(\d{1,10})-(\d{10,16})\.tmp(?:-wal|-shm|-journal)?$/;
const UNOWNED = /\.[0-9a-f]{12}\.tmp$/;

/** Creates a folder (and its parents) and makes it owner-only (0700), also when it already existed. */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // mkdir's mode does not apply to a folder that already exists, and the umask trims it.
  chmodSync(dir, 0o700);
}

/**
 * Creates an empty owner-only (0600) file, failing if the name is taken. SQLite's `VACUUM INTO`
 * accepts an empty file and keeps its mode, so the copy is never readable by others, even for the
 * moment before a chmod.
 */
export function createPrivateFile(file: string): void {
  closeSync(openSync(file, 'wx', 0o600));
  chmodSync(file, 0o600);
}

/** Copies a file into a new owner-only file (copyFile would give the copy the source's mode). */
export function copyPrivate(source: string, target: string): void {
  const input = openSync(source, 'r');
  try {
    const output = openSync(target, 'wx', 0o600);
    try {
      const buffer = Buffer.alloc(1 << 20);
      for (let n = readSync(input, buffer); n > 0; n = readSync(input, buffer)) writeSync(output, buffer, 0, n);
    } finally {
      closeSync(output);
    }
    chmodSync(target, 0o600);
  } finally {
    closeSync(input);
  }
}

/** Removes a file and SQLite's side files, ignoring the ones that do not exist. */
function removeWithSideFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true });
}

/**
 * Runs `fn` with a temporary file name beside `target`, listed in the data folder's ledger while
 * `fn` runs (when the target lies outside the data folder's swept folders) and removed afterwards,
 * whatever happens. The file itself is not created: `fn` creates it (private) as it needs.
 */
export function withTempFile<T>(target: string, tag: string, dataDir: string | undefined, fn: (tmp: string) => T): T {
  const tmp = `${target}.${tag}-${process.pid}-${Date.now()}.tmp`;
  const entry = dataDir ? join(dataDir, LEDGER_DIR, `${process.pid}-${randomBytes(6).toString('hex')}.json`) : null;
  if (entry) {
    makePrivateDir(join(dataDir!, LEDGER_DIR));
    writeFileSync(entry, JSON.stringify({ path: tmp }), { mode: 0o600 });
  }
  removeWithSideFiles(tmp);
  try {
    return fn(tmp);
  } finally {
    removeWithSideFiles(tmp);
    if (entry) rmSync(entry, { force: true });
  }
}

/** {@link withTempFile} for work that awaits (a password's KDF) before it is done with the file. */
export async function withTempFileAsync<T>(
  target: string,
  tag: string,
  dataDir: string | undefined,
  fn: (tmp: string) => Promise<T>,
): Promise<T> {
  const tmp = `${target}.${tag}-${process.pid}-${Date.now()}.tmp`;
  const entry = dataDir ? join(dataDir, LEDGER_DIR, `${process.pid}-${randomBytes(6).toString('hex')}.json`) : null;
  if (entry) {
    makePrivateDir(join(dataDir!, LEDGER_DIR));
    writeFileSync(entry, JSON.stringify({ path: tmp }), { mode: 0o600 });
  }
  removeWithSideFiles(tmp);
  try {
    return await fn(tmp);
  } finally {
    removeWithSideFiles(tmp);
    if (entry) rmSync(entry, { force: true });
  }
}

/** True while a process with this id runs (on any account: EPERM means it exists). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** Whether a temporary file of this name and age belongs to no running writer any more. */
function isLeftover(name: string, mtimeMs: number, now: number): boolean {
  const owned = OWNED.exec(name);
  if (owned) return now - mtimeMs > STALE_MS || !isRunning(Number(owned[1]));
  return UNOWNED.test(name) && now - mtimeMs > STALE_UNOWNED_MS;
}

function sweepDir(dir: string, now: number, removed: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.includes('.tmp')) continue;
    const file = join(dir, name);
    try {
      const stat = statSync(file);
      if (stat.isFile() && isLeftover(name, stat.mtimeMs, now)) {
        rmSync(file, { force: true });
        removed.push(file);
      }
    } catch {
      // Gone meanwhile, or unreadable: nothing to sweep.
    }
  }
}

/** Follows the ledger: each listed temp file whose writer is gone is removed (only a temp name, never another file). */
function sweepLedger(dataDir: string, now: number, removed: string[]): void {
  const dir = join(dataDir, LEDGER_DIR);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const entry = join(dir, name);
    const pid = Number(/^(\d+)-/.exec(name)?.[1]);
    if (Number.isInteger(pid) && isRunning(pid) && now - statSync(entry).mtimeMs < STALE_MS) continue;
    let path: unknown;
    try {
      path = (JSON.parse(readFileSync(entry, 'utf8')) as { path?: unknown }).path;
    } catch {
      path = undefined;
    }
    if (typeof path === 'string' && OWNED.test(basename(path))) {
      for (const f of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) {
        if (existsSync(f)) {
          rmSync(f, { force: true });
          removed.push(f);
        }
      }
    }
    rmSync(entry, { force: true });
  }
}

/**
 * Removes the temporary copies interrupted writers left in a data folder (the folder itself,
 * `backups/`, `communes/`, `keys/`, the attachment folders) and those its ledger lists elsewhere.
 * Files of a writer still running are left alone. Returns what was removed.
 */
export function sweepTempFiles(dataDir: string, now = Date.now()): string[] {
  const removed: string[] = [];
  for (const dir of [dataDir, ...['backups', 'communes', 'keys'].map((d) => join(dataDir, d))]) {
    sweepDir(dir, now, removed);
  }
  const attachments = join(dataDir, 'attachments');
  if (existsSync(attachments)) {
    for (const sub of readdirSync(attachments))
      if (/^[0-9a-f]{2}$/.test(sub)) sweepDir(join(attachments, sub), now, removed);
  }
  sweepLedger(dataDir, now, removed);
  return removed;
}
