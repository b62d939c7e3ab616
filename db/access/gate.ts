import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import type { CallError } from '../../shared/contract/result';
import { accessOf, allows } from '../../shared/auth/access';
import { normalisePassword, passwordIssue } from '../../shared/auth/password';
import type { Account, AuthStatus, Session } from '../../shared/auth/schema';
import type { Module } from '../../shared/auth/roles';
import { getSetting, setSetting } from '../installation/settings';
import { makePrivateDir, writeFileAtomic, type KeyProtector } from '../keys/keystore';
import { transaction, type DbKey, type Sql } from '../open';
import {
  accountByName,
  changeAccount,
  enableAccount,
  findAccount,
  getAccount,
  insertAccount,
  notePasswordSet,
  type AccountChange,
  type NewAccount,
} from './accounts';
import { DEFAULT_KDF_COST, type KdfCost } from './kdf';
import {
  accountAad,
  isProtected,
  newRecoveryCode,
  normaliseRecoveryCode,
  openWithPassword,
  readKeyring,
  RECOVERY_AAD,
  unwrapKey,
  wrapKey,
  writeKeyring,
  type Keyring,
  type KeyringInstallation,
} from './keyring';
import { AUTH_MESSAGES as M } from './messages';

/** The database an access gate opens once a key is known. */
export interface DatabaseHost {
  /** The open database, or null while a protected installation is still locked. */
  current(): Sql | null;
  /** Opens (and migrates) the database with `key` (null: plain). */
  open(key: DbKey): Sql;
  close(): void;
}

/** How an installation's access gate behaves. */
export interface GateOptions {
  dataDir: string;
  protector: KeyProtector;
  /** scrypt cost of new wraps (tests inject a cheap one). */
  kdfCost?: KdfCost;
  /** Delay (ms) after the n-th failed attempt in a row. */
  retryDelayMs?: (failures: number) => number;
  /** Lock after the idle minutes the administrator set (the desktop app and the web bridge); off for the CLI. */
  idleLock?: boolean;
  now?: () => number;
}

/** The default idle-lock minutes (issue 12). */
export const DEFAULT_IDLE_MINUTES = 10;

/** 1 s after the first failure, doubling, at most 30 s. */
export function defaultRetryDelay(failures: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, failures - 1));
}

interface LiveSession extends Session {
  lastActivity: number;
}

/**
 * Who may open the records (issue 12). One per open installation: it knows whether the data folder
 * is protected, holds the database key once an account has opened it, keeps the one session of the
 * app (one person at the keyboard of a shared laptop: the desktop window, the web bridge's page or
 * one CLI command) and decides, for every call, whether that session may make it.
 */
export class AccessGate {
  private session: LiveSession | null = null;
  private key: Buffer | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly cost: KdfCost;
  private readonly delay: (failures: number) => number;
  private readonly now: () => number;

  constructor(
    private readonly options: GateOptions,
    private readonly host: DatabaseHost,
  ) {
    this.cost = options.kdfCost ?? DEFAULT_KDF_COST;
    this.delay = options.retryDelayMs ?? defaultRetryDelay;
    this.now = options.now ?? Date.now;
  }

  /** Whether the data folder holds a protected installation. */
  isProtected(): boolean {
    return isProtected(this.options.dataDir);
  }

  /** The signed-in account's name, or null. */
  userName(): string | null {
    return this.session?.name ?? null;
  }

  /** The status the sign-in screen and the shell start from. */
  status(): AuthStatus {
    if (!this.isProtected()) return { protected: false, installation: null, session: null, idleLockMinutes: 0 };
    this.expireIdle();
    const keyring = this.keyring();
    const s = this.session;
    const sql = this.host.current();
    return {
      protected: true,
      installation: keyring.installation,
      session: s ? { accountId: s.accountId, name: s.name, role: s.role, modules: s.modules, locked: s.locked } : null,
      idleLockMinutes: sql && s ? idleMinutes(sql) : DEFAULT_IDLE_MINUTES,
    };
  }

  /** The refusal of a call the session may not make, or null (the dispatcher's guard). */
  guard(call: string, writes: boolean, input: unknown): CallError | null {
    if (!this.isProtected()) return null;
    const access = accessOf(call, writes, input);
    if (access === 'public') return null;
    this.expireIdle();
    const s = this.session;
    if (!s) return { code: 'UNAUTHORISED', message: M.signInFirst };
    if (s.locked) return { code: 'UNAUTHORISED', message: M.locked };
    if (!allows(s, access)) return { code: 'FORBIDDEN', message: M.forbidden };
    s.lastActivity = this.now();
    return null;
  }

  /** Signs in: the password opens the database key; the account must exist and be active. */
  signIn(name: string, password: string): Promise<AuthStatus> {
    return this.serial(async () => {
      const opened = await openWithPassword(this.keyring(), name, password);
      if (!opened) return this.fail();
      const sql = this.openWith(opened.key);
      const account = findAccount(sql, opened.id);
      if (!account) return this.fail();
      if (account.disabled) throw new AppError('UNAUTHORISED', M.disabled);
      this.succeed();
      this.start(account);
      return this.status();
    });
  }

  /** Unlocks a locked session with the same account's password. */
  unlock(password: string): Promise<AuthStatus> {
    return this.serial(async () => {
      this.expireIdle();
      const s = this.session;
      if (!s) throw new AppError('UNAUTHORISED', M.signInFirst);
      const opened = await openWithPassword(this.keyring(), s.name, password);
      if (!opened || opened.id !== s.accountId) return this.fail();
      this.succeed();
      s.locked = false;
      s.lastActivity = this.now();
      return this.status();
    });
  }

  /** Locks the session (Ctrl+L, idle): the page stays, only the same password opens it again. */
  lock(): AuthStatus {
    if (this.session) this.session.locked = true;
    return this.status();
  }

  /** Ends the session (the database stays open for the next sign-in). */
  signOut(): AuthStatus {
    this.session = null;
    return this.status();
  }

  /** The user is still at the keyboard (typing a long form makes no call). */
  touch(): void {
    if (this.session && !this.session.locked) this.session.lastActivity = this.now();
  }

  /** Changes the signed-in account's own password: the key is re-wrapped, nothing else changes. */
  changePassword(current: string, next: string): Promise<void> {
    return this.serial(async () => {
      const s = this.requireSession();
      const opened = await openWithPassword(this.keyring(), s.name, current);
      if (!opened || opened.id !== s.accountId) {
        await this.fail();
        return;
      }
      this.succeed();
      await this.setWrap(s.accountId, s.name, next);
      transaction(this.sql(), () => notePasswordSet(this.sql(), s.accountId, s.name, 'password'));
    });
  }

  /**
   * Every password lost: the recovery code opens the key; the account named gets the new password
   * (created as an administrator when it does not exist, enabled again when it was disabled).
   */
  recover(code: string, name: string, password: string): Promise<AuthStatus> {
    return this.serial(async () => {
      const keyring = this.keyring();
      const key = await unwrapKey(keyring.recovery, normaliseRecoveryCode(code), RECOVERY_AAD);
      if (!key) return this.fail(M.wrongRecoveryCode);
      this.succeed();
      const sql = this.openWith(key);
      this.assertPassword(password, name);
      let account = accountByName(sql, name);
      transaction(sql, () => {
        if (!account) account = insertAccount(sql, { name, role: 'quan_tri', modules: [] }, M.recoveryActor);
        else if (account.disabled) enableAccount(sql, account.id, M.recoveryActor);
        notePasswordSet(sql, account.id, M.recoveryActor, 'recover');
      });
      const recovered = getAccount(sql, account!.id);
      await this.setWrap(recovered.id, recovered.name, password);
      this.start(recovered);
      return this.status();
    });
  }

  /** Adds an account and its wrap (administrators). */
  async createAccount(input: NewAccount & { password: string }): Promise<Account> {
    const s = this.requireSession();
    this.assertPassword(input.password, input.name);
    const sql = this.sql();
    const account = transaction(sql, () => insertAccount(sql, input, s.name));
    await this.setWrap(account.id, account.name, input.password);
    return account;
  }

  /** Sets another account's password (administrators); a disabled account stays disabled. */
  async setPassword(id: string, password: string): Promise<Account> {
    const s = this.requireSession();
    const sql = this.sql();
    const account = getAccount(sql, id);
    this.assertPassword(password, account.name);
    await this.setWrap(account.id, account.name, password);
    transaction(sql, () => notePasswordSet(sql, id, s.name, 'reset'));
    return getAccount(sql, id);
  }

  /** Changes role, modules or disabled; a disabled account's wrap leaves the key ring. */
  updateAccount(id: string, change: AccountChange): Account {
    const s = this.requireSession();
    const sql = this.sql();
    const account = transaction(sql, () => changeAccount(sql, id, change, s.name));
    if (account.disabled) this.dropWrap(id);
    if (id === s.accountId) Object.assign(s, { role: account.role, modules: account.modules });
    return account;
  }

  /** A new recovery code replaces the old one (administrators). */
  async newRecoveryCode(): Promise<string> {
    this.requireSession();
    const code = newRecoveryCode();
    const keyring = this.keyring();
    keyring.recovery = await wrapKey(this.requireKey(), normaliseRecoveryCode(code), RECOVERY_AAD, this.cost);
    writeKeyring(this.options.dataDir, keyring, this.options.protector);
    return code;
  }

  /** Sets the idle-lock minutes (administrators). */
  setIdleMinutes(minutes: number): AuthStatus {
    const sql = this.sql();
    transaction(sql, () => setSetting(sql, 'idleLockMinutes', String(minutes)));
    return this.status();
  }

  /**
   * Makes the open, unprotected installation protected: a random database key, wrapped by the first
   * administrator's password and by a new recovery code, written to the key ring first (so a crash
   * never leaves an encrypted file without its key), then every database file of the folder
   * encrypted (see protect.ts). Returns the recovery code, to show once.
   */
  async protect(
    admin: { name: string; password: string },
    encrypt: (key: Buffer) => void,
  ): Promise<{ recoveryCode: string; account: Account }> {
    if (this.isProtected()) throw new AppError('RULE_VIOLATION', M.alreadyProtected);
    this.assertPassword(admin.password, admin.name);
    const sql = this.sql();
    const installation = installationOf(sql);
    const key = randomBytes(32);
    const recoveryCode = newRecoveryCode();
    const account = transaction(sql, () => {
      const existing = accountByName(sql, admin.name);
      if (existing) return changeAccount(sql, existing.id, { role: 'quan_tri', disabled: false }, admin.name);
      return insertAccount(sql, { name: admin.name, role: 'quan_tri', modules: [] }, admin.name);
    });
    const keyring: Keyring = {
      installation,
      accounts: [
        {
          id: account.id,
          name: account.name,
          wrap: await wrapKey(key, normalisePassword(admin.password), accountAad(account.id), this.cost),
        },
      ],
      recovery: await wrapKey(key, normaliseRecoveryCode(recoveryCode), RECOVERY_AAD, this.cost),
    };
    writeKeyring(this.options.dataDir, keyring, this.options.protector);
    this.host.close();
    encrypt(key);
    this.key = key;
    this.host.open(key);
    this.start(account);
    return { recoveryCode, account };
  }

  /**
   * Forgets the session and the database key: a restore is about to replace the database (and the
   * key ring) this session was opened on. The next sign-in opens the restored one.
   */
  forget(): void {
    this.session = null;
    this.key = null;
  }

  /** The scrypt cost of new wraps (a backup's passphrase uses the same). */
  kdfCost(): KdfCost {
    return this.cost;
  }

  /** Counts a failed attempt with a secret (a backup's password), waits the growing delay, then refuses. */
  refuseAttempt(message: string): Promise<never> {
    return this.fail(message);
  }

  /** Resets the count of failed attempts. */
  noteSuccess(): void {
    this.succeed();
  }

  /** The database key in memory (a signed-in protected installation), for backups. */
  databaseKey(): Buffer | null {
    return this.key;
  }

  /** The key ring as it is now. */
  keyring(): Keyring {
    return readKeyring(this.options.dataDir, this.options.protector);
  }

  private openWith(key: Buffer): Sql {
    const open = this.host.current();
    if (open && this.key) {
      if (!timingSafeEqual(open.key ?? Buffer.alloc(32), key)) throw new AppError('SECURITY', M.keyMismatch);
      return open;
    }
    const sql = this.host.open(key);
    this.key = key;
    return sql;
  }

  private start(account: Account): void {
    this.session = {
      accountId: account.id,
      name: account.name,
      role: account.role,
      modules: [...account.modules] as Module[],
      locked: false,
      lastActivity: this.now(),
    };
  }

  private expireIdle(): void {
    const s = this.session;
    if (!s || s.locked || !this.options.idleLock) return;
    const sql = this.host.current();
    const minutes = sql ? idleMinutes(sql) : DEFAULT_IDLE_MINUTES;
    if (minutes > 0 && this.now() - s.lastActivity > minutes * 60_000) s.locked = true;
  }

  private requireSession(): LiveSession {
    if (!this.session || this.session.locked) throw new AppError('UNAUTHORISED', M.signInFirst);
    return this.session;
  }

  private requireKey(): Buffer {
    if (!this.key) throw new AppError('UNAUTHORISED', M.signInFirst);
    return this.key;
  }

  private sql(): Sql {
    const sql = this.host.current();
    if (!sql) throw new AppError('UNAUTHORISED', M.signInFirst);
    return sql;
  }

  private assertPassword(password: string, name: string): void {
    const issue = passwordIssue(password, name);
    if (issue) throw new AppError('INVALID_INPUT', issue, [{ field: 'password', message: issue }]);
  }

  private async setWrap(id: string, name: string, password: string): Promise<void> {
    const wrap = await wrapKey(this.requireKey(), normalisePassword(password), accountAad(id), this.cost);
    const keyring = this.keyring();
    keyring.accounts = [...keyring.accounts.filter((a) => a.id !== id), { id, name, wrap }];
    writeKeyring(this.options.dataDir, keyring, this.options.protector);
  }

  private dropWrap(id: string): void {
    const keyring = this.keyring();
    keyring.accounts = keyring.accounts.filter((a) => a.id !== id);
    writeKeyring(this.options.dataDir, keyring, this.options.protector);
  }

  // Attempts run one at a time, so parallel guesses each wait out their delay.
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private fail(message: string = M.wrongCredentials): Promise<never> {
    return failedAttempt(this.options.dataDir, this.delay, message);
  }

  private succeed(): void {
    succeededAttempt(this.options.dataDir);
  }
}

/** Counts a failed attempt of the data folder, waits the growing delay, then refuses (UNAUTHORISED). */
export async function failedAttempt(
  dataDir: string,
  delay: (failures: number) => number = defaultRetryDelay,
  message: string = M.wrongCredentials,
): Promise<never> {
  const failures = readFailures(dataDir) + 1;
  writeFailures(dataDir, failures);
  await new Promise((done) => setTimeout(done, delay(failures)));
  throw new AppError('UNAUTHORISED', message);
}

/** Resets the count of failed attempts after a success. */
export function succeededAttempt(dataDir: string): void {
  if (readFailures(dataDir) > 0) writeFailures(dataDir, 0);
}

function idleMinutes(sql: Sql): number {
  const value = Number(getSetting(sql, 'idleLockMinutes'));
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_IDLE_MINUTES;
}

function installationOf(sql: Sql): KeyringInstallation {
  const role = getSetting(sql, 'role');
  if (role !== 'commune' && role !== 'office') throw new AppError('NOT_INITIALISED');
  return { role, code: getSetting(sql, 'code') ?? '', name: getSetting(sql, 'name') ?? '' };
}

// Failed attempts in a row, kept in the data folder: the CLI is a new process every time, and the
// delay must still grow from one attempt to the next.
function failuresPath(dataDir: string): string {
  return join(dataDir, 'keys', 'attempts.json');
}

function readFailures(dataDir: string): number {
  const path = failuresPath(dataDir);
  if (!existsSync(path)) return 0;
  try {
    const n = (JSON.parse(readFileSync(path, 'utf8')) as { failures?: unknown }).failures;
    return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? Math.min(n, 1000) : 0;
  } catch {
    return 0;
  }
}

function writeFailures(dataDir: string, failures: number): void {
  makePrivateDir(join(dataDir, 'keys'));
  writeFileAtomic(failuresPath(dataDir), `${JSON.stringify({ failures })}\n`, 0o600);
}
