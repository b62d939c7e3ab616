import { AppError } from '../../shared/contract/errors';
import type { Account } from '../../shared/auth/schema';
import { MODULES, type AccountRole, type Module } from '../../shared/auth/roles';
import { foldText } from '../../shared/util/fold';
import { uuidv7 } from '../../shared/util/ids';
import { prepare, type Sql } from '../open';

interface AccountRow {
  id: string;
  name: string;
  role: AccountRole;
  modules: string;
  disabled_at: number | null;
  created_at: number;
  updated_at: number;
  password_changed_at: number | null;
}

function toAccount(row: AccountRow): Account {
  const modules = (JSON.parse(row.modules) as string[]).filter((m): m is Module =>
    (MODULES as readonly string[]).includes(m),
  );
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    modules,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at,
    passwordChangedAt: row.password_changed_at,
  };
}

/** Every account, administrators first, then by name. */
export function listAccounts(sql: Sql): Account[] {
  const rows = prepare(sql, "SELECT * FROM account ORDER BY role = 'quan_tri' DESC, name_folded").all() as AccountRow[];
  return rows.map(toAccount);
}

/** One account, or undefined. */
export function findAccount(sql: Sql, id: string): Account | undefined {
  const row = prepare(sql, 'SELECT * FROM account WHERE id = ?').get(id) as AccountRow | undefined;
  return row ? toAccount(row) : undefined;
}

/** One account, or NOT_FOUND. */
export function getAccount(sql: Sql, id: string): Account {
  const account = findAccount(sql, id);
  if (!account) throw new AppError('NOT_FOUND', 'Không tìm thấy tài khoản.');
  return account;
}

/** The account of a name (without case or diacritics), or undefined. */
export function accountByName(sql: Sql, name: string): Account | undefined {
  const row = prepare(sql, 'SELECT * FROM account WHERE name_folded = ?').get(foldText(name)) as AccountRow | undefined;
  return row ? toAccount(row) : undefined;
}

/** What a new account gets. */
export interface NewAccount {
  name: string;
  role: AccountRole;
  modules: readonly Module[];
}

// A can_bo's work is its modules; other roles see every module by their role alone.
function modulesFor(role: AccountRole, modules: readonly Module[]): Module[] {
  return role === 'can_bo' ? MODULES.filter((m) => modules.includes(m)) : [];
}

/** Inserts an account (in the caller's transaction); a name already taken is refused. */
export function insertAccount(sql: Sql, input: NewAccount, actor: string, now = Date.now()): Account {
  if (accountByName(sql, input.name)) {
    throw new AppError('CONFLICT', `Tên tài khoản "${input.name}" đã có.`, [
      { field: 'name', message: 'Tên tài khoản đã có; hãy chọn tên khác.' },
    ]);
  }
  const id = uuidv7(now);
  prepare(
    sql,
    'INSERT INTO account (id, name, name_folded, role, modules, created_at, updated_at, password_changed_at) VALUES (?,?,?,?,?,?,?,?)',
  ).run(
    id,
    input.name,
    foldText(input.name),
    input.role,
    JSON.stringify(modulesFor(input.role, input.modules)),
    now,
    now,
    now,
  );
  logAccountEvent(sql, actor, 'create', id, { role: input.role, modules: modulesFor(input.role, input.modules) });
  return getAccount(sql, id);
}

/** What an administrator may change on an account. */
export interface AccountChange {
  role?: AccountRole;
  modules?: readonly Module[];
  disabled?: boolean;
}

/**
 * Changes role, modules or the disabled flag (in the caller's transaction). The last active
 * administrator can be neither demoted nor disabled: the installation would have no one left to
 * manage it.
 */
export function changeAccount(sql: Sql, id: string, change: AccountChange, actor: string): Account {
  const current = getAccount(sql, id);
  const role = change.role ?? current.role;
  const modules = modulesFor(role, change.modules ?? current.modules);
  const disabled = change.disabled ?? current.disabled;
  const staysAdmin = role === 'quan_tri' && !disabled;
  if (current.role === 'quan_tri' && !current.disabled && !staysAdmin && activeAdmins(sql) <= 1) {
    throw new AppError('RULE_VIOLATION', 'Không thể bỏ quyền hoặc khóa quản trị viên cuối cùng của cài đặt.');
  }
  const now = Date.now();
  prepare(
    sql,
    'UPDATE account SET role = ?, modules = ?, disabled_at = CASE WHEN ? THEN COALESCE(disabled_at, ?) ELSE NULL END, updated_at = ? WHERE id = ?',
  ).run(role, JSON.stringify(modules), disabled ? 1 : 0, now, now, id);
  logAccountEvent(sql, actor, disabled && !current.disabled ? 'disable' : 'update', id, { role, modules, disabled });
  return getAccount(sql, id);
}

/** Records that an account's password was set (the wrap itself is in the key ring). */
export function notePasswordSet(sql: Sql, id: string, actor: string, action: 'password' | 'reset' | 'recover'): void {
  const now = Date.now();
  prepare(sql, 'UPDATE account SET password_changed_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
  logAccountEvent(sql, actor, action, id, {});
}

/** Re-enables an account (recovery gives its owner access back). */
export function enableAccount(sql: Sql, id: string, actor: string): void {
  prepare(sql, 'UPDATE account SET disabled_at = NULL, updated_at = ? WHERE id = ?').run(Date.now(), id);
  logAccountEvent(sql, actor, 'enable', id, {});
}

/** The number of administrators who can still sign in. */
export function activeAdmins(sql: Sql): number {
  return (
    prepare(sql, "SELECT count(*) AS n FROM account WHERE role = 'quan_tri' AND disabled_at IS NULL").get() as {
      n: number;
    }
  ).n;
}

function logAccountEvent(sql: Sql, actor: string, action: string, accountId: string, detail: object): void {
  prepare(sql, 'INSERT INTO account_event (at, actor, action, account_id, detail) VALUES (?,?,?,?,?)').run(
    Date.now(),
    actor,
    action,
    accountId,
    JSON.stringify(detail),
  );
}
