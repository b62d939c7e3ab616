import type { BackupManifest, BackupPreview, BackupTrust } from '../../shared/backup/schema';
import { AppError } from '../../shared/contract/errors';
import { listAccounts } from '../access/accounts';
import {
  keyringFromHeader,
  normaliseRecoveryCode,
  openWithPassword,
  RECOVERY_AAD,
  unwrapKey,
  type Keyring,
} from '../access/keyring';
import { getSetting } from '../installation/settings';
import { plainFileProtector, publicKeysOf, type InstallationKeys, type PublicKeys } from '../keys/keystore';
import { fingerprint as fingerprintOf, parsePublicKeyFile } from '../keys/minisign';
import { LATEST_SCHEMA_VERSION } from '../migrations/index';
import { migrate } from '../migrations/migrate';
import { openRaw, type DbKey, type Sql } from '../open';
import { BACKUP_REPLICA_TABLE } from '../sync/replicaBackup';
import { chainOf, recordCounts, BACKUP_ATTACHMENT_TABLE } from './backup';
import { hashFile, manifestSignedBy, partSha256, readBackupFile, tampered, type BackupFileInfo } from './backupFile';
import { openKeysBox } from './backupKeys';
import { checkDatabase, isQcdcDatabase, type Problem } from './check';
import { extractDatabase } from './container';
import { openCopy } from './copy';
import { RECORD_SPECS } from './entities';
import { verifyAttachmentsInCopy, RestoreRefused, REFUSED } from './restore';
import { BACKUP_TABLES } from './backupTables';
import { schemaProblems } from './schemaCheck';
import { copyPrivate } from './temp';

// Before a backup replaces anything it is opened into a private copy and checked, in this order:
// what the file claims to be; who signed it, against a key the file alone cannot forge; the SHA-256
// of every signed part; the key that opens its database; then the database itself (SQLite
// integrity, no schema object the migrations do not create, the change-log chain and its head
// against the signed one, the rows against their logged snapshots, the attachments).

/** The installation a backup would replace (null on a new, empty data folder). */
export interface LiveInstallation {
  role: 'commune' | 'office';
  code: string;
  name: string;
  protected: boolean;
  /** The installation's public keys: the key the backup's signature must verify with. */
  publicKeys: PublicKeys | null;
  /** The live database key (signed in), tried first on a protected backup of the same installation. */
  databaseKey: DbKey;
  changes: number | null;
}

/** What may open a backup. */
export interface BackupSecrets {
  account?: { name: string; password: string };
  recoveryCode?: string;
  passphrase?: string;
  /** The key fingerprint from the printed sheet: anchors a backup without keys on a new folder. */
  fingerprint?: string;
}

/** How {@link openBackup} works. */
export interface OpenBackupOptions {
  live: LiveInstallation | null;
  secrets: BackupSecrets;
  /** Accept a backup of an earlier version, which carries no signature (CLI `--allow-unsigned`). */
  allowUnsigned?: boolean;
  /** A protected backup opens only with an administrator's password or the recovery code, never with the live key. */
  requireSecret?: boolean;
  /** The private file the checked copy is written to (the caller removes it). */
  workFile: string;
}

/** A backup opened into a checked private copy. */
export interface OpenedBackup {
  preview: BackupPreview;
  key: DbKey;
  keyring: Keyring | null;
  keys: InstallationKeys | null;
  /** The account whose password opened it. */
  accountId: string | null;
  manifest: BackupManifest | null;
}

const M = {
  unsigned:
    'Không khôi phục: tệp sao lưu không có chữ ký của cài đặt (tạo bởi phiên bản cũ hoặc không phải bản sao lưu của phần mềm), nên không kiểm chứng được nguồn gốc. Cơ sở dữ liệu hiện tại được giữ nguyên.',
  notBackup: 'Không khôi phục: tệp không phải bản sao lưu của phần mềm Dân chủ cơ sở (hoặc không mở được).',
  needSecret:
    'Bản sao lưu được mã hóa: hãy nhập tên và mật khẩu của một quản trị viên của bản sao lưu (mật khẩu tại thời điểm sao lưu), hoặc mã khôi phục.',
  wrongSecret: 'Tên tài khoản, mật khẩu hoặc mã khôi phục không mở được bản sao lưu này.',
  needAnchor:
    'Không khôi phục: chưa kiểm chứng được nguồn gốc của bản sao lưu. Bản sao lưu này không chứa khóa của cài đặt; hãy nhập dấu vân tay in trên phiếu khôi phục, hoặc dùng bản sao lưu có kèm khóa.',
  wrongPassphrase: 'Cụm mật khẩu không mở được phần khóa của bản sao lưu.',
  needPassphrase: 'Hãy nhập cụm mật khẩu đã đặt khi sao lưu: nó mở khóa của cài đặt đi kèm bản sao lưu.',
  keysMismatch: 'khóa trong tệp không phải khóa đã ký bản kê',
  notAdmin: 'Chỉ quản trị viên của bản sao lưu mới khôi phục được bản sao lưu được bảo vệ.',
  plainOverProtected:
    'Không khôi phục: cài đặt này đang được bảo vệ (mã hóa); bản sao lưu không mã hóa sẽ bỏ mất sự bảo vệ đó. Hãy khôi phục vào một thư mục dữ liệu mới.',
  fingerprintMismatch: (given: string, actual: string) =>
    `Không khôi phục: dấu vân tay nhập vào (${given}) khác với dấu vân tay của khóa đã ký bản sao lưu (${actual}).`,
} as const;

const ROLE_WORDS = { commune: 'xã', office: 'cơ quan nhận báo cáo' } as const;

/** The clear refusal of another unit's backup (issue 16): names both units. */
function foreignUnit(live: LiveInstallation, role: string, code: string, name: string): AppError {
  const theirs = role === 'office' ? `cơ quan nhận báo cáo "${name}" (mã ${code})` : `xã "${name}" (mã ${code})`;
  const ours = `${ROLE_WORDS[live.role]} "${live.name}" (mã ${live.code})`;
  return new AppError(
    'INVALID_INPUT',
    `Không khôi phục: đây là bản sao lưu của ${theirs}, không phải của ${ours}. Cơ sở dữ liệu hiện tại được giữ nguyên.`,
  );
}

function foreignKey(live: LiveInstallation, manifest: BackupManifest): AppError {
  return new AppError(
    'INVALID_INPUT',
    `Không khôi phục: bản sao lưu được ký bằng một khóa khác (vân tay ${manifest.fingerprint}) với khóa của cài đặt này (vân tay ${live.publicKeys?.fingerprint ?? '?'}): nó không phải bản sao lưu của cài đặt này. Nếu đây là bản sao lưu của đơn vị trước khi máy được cài lại, hãy khôi phục nó vào một thư mục dữ liệu trống (màn hình đầu tiên, "Khôi phục từ bản sao lưu"). Cơ sở dữ liệu hiện tại được giữ nguyên.`,
  );
}

/** Fingerprints as typed from paper: case, spaces and dashes ignored. */
function normaliseFingerprint(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '');
}

/**
 * Checks a backup and opens it into `options.workFile`, refusing it (nothing else touched) when any
 * check fails: INVALID_INPUT for an unsigned or foreign backup or bad content (exit 1), SECURITY for
 * a signature or hash that does not match (exit 3), UNAUTHORISED for a wrong password.
 */
export async function openBackup(source: string, options: OpenBackupOptions): Promise<OpenedBackup> {
  const info = readBackupFile(source);
  const hashes = hashFile(source, 'offset' in info ? info.offset : 0);
  const { live } = options;
  let trust: BackupTrust = 'unsigned';
  if (info.format === 'v2') {
    trust = checkOrigin(info, live, options.secrets);
    checkParts(info, hashes);
  } else if (!options.allowUnsigned) {
    throw new AppError('INVALID_INPUT', info.format === 'raw' ? M.notBackup : M.unsigned);
  }
  if (live?.protected && (info.format === 'plain' || (info.format === 'v2' && !info.manifest.protected))) {
    throw new AppError('INVALID_INPUT', M.plainOverProtected);
  }
  extractBody(source, info, options.workFile);
  const keyring = 'keyring' in info && info.keyring ? keyringFromHeader(info.keyring, plainFileProtector) : null;
  const opened = await databaseKeyOf(info, keyring, options);
  let keys: InstallationKeys | null = null;
  if (info.format === 'v2' && info.keys) {
    keys = await openKeysBox(info.keys, { databaseKey: opened.key, passphrase: options.secrets.passphrase });
    if (!keys && info.keys.lock === 'passphrase' && options.secrets.passphrase !== undefined) {
      throw new AppError('UNAUTHORISED', M.wrongPassphrase, [{ field: 'passphrase', message: M.wrongPassphrase }]);
    }
  }
  if (info.format === 'v2' && trust === 'backup-keys') trust = anchorWithKeys(info, keys);
  const facts = checkCopy(options.workFile, opened.key, info, live, opened.accountId);
  const warnings: string[] = [];
  if (trust === 'unsigned')
    warnings.push('Bản sao lưu không có chữ ký: nguồn gốc và lịch sử thay đổi không kiểm chứng được.');
  if (info.format === 'v2' && !info.keys) warnings.push('Bản sao lưu không kèm khóa của cài đặt.');
  const manifest = info.format === 'v2' ? info.manifest : null;
  return {
    key: opened.key,
    keyring,
    keys,
    accountId: opened.accountId,
    manifest,
    preview: {
      file: source,
      sha256: hashes.whole,
      bytes: info.size,
      trust,
      kind: manifest?.kind ?? 'old',
      role: facts.role,
      code: facts.code,
      name: facts.name,
      fingerprint: manifest?.fingerprint ?? keysFingerprint(keys),
      createdAt: manifest?.createdAt ?? null,
      lastChangeAt: facts.lastChangeAt,
      changes: facts.changes,
      records: facts.records,
      attachments: facts.attachments,
      replicas: facts.replicas,
      protected: opened.key !== null,
      hasKeys: info.format === 'v2' && info.keys !== null,
      administrators: facts.administrators,
      replaces: live ? { name: live.name, code: live.code, changes: live.changes ?? 0 } : null,
      warnings,
    },
  };
}

function keysFingerprint(keys: InstallationKeys | null): string | null {
  return keys ? publicKeysOf(keys).fingerprint : null;
}

/**
 * Who signed the backup. Over an installation, its own key decides, before any password is asked:
 * another unit's or another key's backup is refused by name. On a new folder the key is not known
 * yet: the keys inside the backup (opened later by a password or passphrase) or the fingerprint
 * from the printed sheet anchor it.
 */
function checkOrigin(
  info: Extract<BackupFileInfo, { format: 'v2' }>,
  live: LiveInstallation | null,
  secrets: BackupSecrets,
): BackupTrust {
  const m = info.manifest;
  if (live) {
    if (live.role !== m.role || live.code !== m.code) throw foreignUnit(live, m.role, m.code, m.name);
    if (live.publicKeys) {
      if (live.publicKeys.keyId !== m.keyId) throw foreignKey(live, m);
      if (!manifestSignedBy(info, live.publicKeys.minisignPublicKey)) throw tampered('chữ ký không hợp lệ');
      return 'installation-key';
    }
  }
  if (secrets.fingerprint) {
    const actual = fingerprintOf(parsePublicKeyFile(m.minisignPublicKey).publicKey);
    if (normaliseFingerprint(secrets.fingerprint) !== normaliseFingerprint(actual)) {
      throw new AppError('INVALID_INPUT', M.fingerprintMismatch(secrets.fingerprint, actual));
    }
    if (!manifestSignedBy(info, m.minisignPublicKey)) throw tampered('chữ ký không hợp lệ');
    return 'fingerprint';
  }
  if (!info.keys) throw new AppError('INVALID_INPUT', M.needAnchor);
  return 'backup-keys';
}

/** The keys that came out of the backup (only a password or passphrase opens them) vouch for its signature. */
function anchorWithKeys(info: Extract<BackupFileInfo, { format: 'v2' }>, keys: InstallationKeys | null): BackupTrust {
  if (!keys && info.keys?.lock === 'passphrase') {
    throw new AppError('INVALID_INPUT', M.needPassphrase, [{ field: 'passphrase', message: M.needPassphrase }]);
  }
  if (!keys) throw new AppError('INVALID_INPUT', M.needAnchor);
  const pub = publicKeysOf(keys);
  if (pub.keyId !== info.manifest.keyId || pub.minisignPublicKey.trim() !== info.manifest.minisignPublicKey.trim()) {
    throw tampered(M.keysMismatch);
  }
  if (!manifestSignedBy(info, pub.minisignPublicKey)) throw tampered('chữ ký không hợp lệ');
  return 'backup-keys';
}

/** Every part the manifest names must be there, whole and unchanged. */
function checkParts(
  info: Extract<BackupFileInfo, { format: 'v2' }>,
  hashes: { body: string; bodyBytes: number },
): void {
  const m = info.manifest;
  if (hashes.bodyBytes !== m.body.bytes) throw tampered('độ dài phần dữ liệu không khớp, tệp bị cắt cụt hoặc thêm bớt');
  if (hashes.body !== m.body.sha256) throw tampered('mã băm của phần dữ liệu không khớp');
  const keyringHash = info.keyring ? partSha256(info.keyring) : null;
  if (keyringHash !== m.keyringSha256) throw tampered('phần khóa truy cập không khớp');
  const keysHash = info.keys ? partSha256(info.keys) : null;
  if (keysHash !== (m.keys?.sha256 ?? null) || (info.keys && info.keys.lock !== m.keys?.lock)) {
    throw tampered('phần khóa của cài đặt không khớp');
  }
}

function extractBody(source: string, info: BackupFileInfo, workFile: string): void {
  if (info.format === 'v2' || info.format === 'v1') extractDatabase(source, info.offset, workFile);
  else copyPrivate(source, workFile);
}

/** The key of the backup's database: the live key, an administrator's password, or the recovery code. */
async function databaseKeyOf(
  info: BackupFileInfo,
  keyring: Keyring | null,
  options: OpenBackupOptions,
): Promise<{ key: DbKey; accountId: string | null }> {
  const { secrets, live } = options;
  if (info.format === 'plain' || (info.format === 'v2' && !info.manifest.protected))
    return { key: null, accountId: null };
  if (!keyring) {
    // An encrypted copy without a header (backups/ of an earlier version): only the live key opens it.
    if (info.format === 'raw' && live?.databaseKey && opensWith(options.workFile, live.databaseKey)) {
      return { key: live.databaseKey, accountId: null };
    }
    throw new AppError('INVALID_INPUT', M.notBackup);
  }
  if (secrets.account) {
    const opened = await openWithPassword(keyring, secrets.account.name, secrets.account.password);
    if (!opened) throw new AppError('UNAUTHORISED', M.wrongSecret, [{ field: 'password', message: M.wrongSecret }]);
    return { key: opened.key, accountId: opened.id };
  }
  if (secrets.recoveryCode) {
    const key = await unwrapKey(keyring.recovery, normaliseRecoveryCode(secrets.recoveryCode), RECOVERY_AAD);
    if (!key) throw new AppError('UNAUTHORISED', M.wrongSecret, [{ field: 'recoveryCode', message: M.wrongSecret }]);
    return { key, accountId: null };
  }
  if (!options.requireSecret && live?.databaseKey && opensWith(options.workFile, live.databaseKey)) {
    return { key: live.databaseKey, accountId: null };
  }
  throw new AppError('UNAUTHORISED', M.needSecret, [{ field: 'account', message: M.needSecret }]);
}

function opensWith(file: string, key: Buffer): boolean {
  try {
    openRaw(file, { fileMustExist: true, key }).close();
    return true;
  } catch {
    return false;
  }
}

interface CopyFacts {
  role: 'commune' | 'office';
  code: string;
  name: string;
  changes: number;
  lastChangeAt: number | null;
  records: BackupPreview['records'];
  attachments: number;
  replicas: number;
  administrators: string[];
}

function refuse(problems: Problem[]): never {
  throw new RestoreRefused(REFUSED, problems);
}

/**
 * The database inside the backup, checked in its private copy before anything else reads it: SQLite
 * integrity, then its schema (an object the migrations do not create refuses it before any
 * statement of ours could set a trigger off), the chain and its signed head, the unit, the account
 * that opened it, then migrated to this version and checked whole, rows and attachments included.
 */
function checkCopy(
  file: string,
  key: DbKey,
  info: BackupFileInfo,
  live: LiveInstallation | null,
  accountId: string | null,
): CopyFacts {
  let sql: Sql;
  try {
    sql = openCopy(file, key);
  } catch (error) {
    throw new AppError('INVALID_INPUT', `${M.notBackup} (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    return checkOpenCopy(sql, info, live, accountId);
  } catch (error) {
    if (error instanceof AppError) throw error;
    refuse([{ code: 'unreadable', message: `Không đọc được cơ sở dữ liệu trong bản sao lưu: ${String(error)}` }]);
  } finally {
    sql.raw.close();
  }
}

function checkOpenCopy(
  sql: Sql,
  info: BackupFileInfo,
  live: LiveInstallation | null,
  accountId: string | null,
): CopyFacts {
  const integrity = sql.raw.pragma('integrity_check(20)') as { integrity_check: string }[];
  const broken = integrity.filter((r) => r.integrity_check !== 'ok');
  if (broken.length) refuse(broken.map((r) => ({ code: 'integrity', message: `Tệp bị hỏng: ${r.integrity_check}` })));
  if (!isQcdcDatabase(sql)) {
    refuse([
      {
        code: 'not_qcdc',
        message: 'Tệp không phải cơ sở dữ liệu của phần mềm Dân chủ cơ sở (hoặc thuộc phiên bản mới hơn).',
      },
    ]);
  }
  const schema = schemaProblems(sql.raw, { allowed: BACKUP_TABLES });
  if (schema.length) refuse(schema.map((p) => ({ code: 'schema', entity: p.object.name, message: p.message })));
  if (info.format === 'v2') checkSignedHead(sql, info.manifest);
  const role = getSetting(sql, 'role');
  if (role !== 'commune' && role !== 'office') {
    refuse([{ code: 'not_qcdc', message: 'Tệp sao lưu là một cài đặt chưa được thiết lập.' }]);
  }
  const code = getSetting(sql, 'code') ?? '';
  const name = getSetting(sql, 'name') ?? '';
  if (info.format === 'v2' && (role !== info.manifest.role || code !== info.manifest.code)) {
    throw tampered('đơn vị trong dữ liệu khác với bản kê');
  }
  if (live && (role !== live.role || code !== live.code)) throw foreignUnit(live, role, code, name);
  if ((sql.raw.pragma('user_version', { simple: true }) as number) < LATEST_SCHEMA_VERSION) migrate(sql.raw);
  const check = checkDatabase(sql, { schema: { allowed: BACKUP_TABLES } });
  if (!check.ok) refuse(check.problems);
  verifyAttachmentsInCopy(sql);
  const administrators = listAccounts(sql).filter((a) => a.role === 'quan_tri' && !a.disabled);
  if (accountId !== null && !administrators.some((a) => a.id === accountId)) {
    throw new AppError('FORBIDDEN', M.notAdmin);
  }
  const counts = recordCounts(sql);
  const head = chainOf(sql);
  return {
    role,
    code,
    name,
    changes: head.seq,
    lastChangeAt: head.lastChangeAt,
    records: RECORD_SPECS.map((s) => ({ entity: s.entity, label: s.label, count: counts[s.entity] ?? 0 })),
    attachments: countOf(sql, BACKUP_ATTACHMENT_TABLE),
    replicas: countOf(sql, BACKUP_REPLICA_TABLE),
    administrators: administrators.map((a) => a.name),
  };
}

/**
 * The change log must end exactly where the signed manifest says: a history rewritten with its
 * SHA-256 chain recomputed (the chain itself is unkeyed) ends on another hash, which only the
 * installation's key could have signed.
 */
function checkSignedHead(sql: Sql, manifest: BackupManifest): void {
  const head = chainOf(sql);
  if (head.seq !== manifest.chain.seq || head.hash !== manifest.chain.hash) {
    refuse([
      {
        code: 'chain',
        message: `Lịch sử thay đổi trong bản sao lưu không khớp với bản kê đã ký (mục cuối ${head.seq}, đã ký ${manifest.chain.seq}): lịch sử đã bị viết lại.`,
      },
    ]);
  }
}

function countOf(sql: Sql, table: string): number {
  const exists = sql.raw.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
  return exists ? (sql.raw.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number) : 0;
}
