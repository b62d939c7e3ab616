import { z } from 'zod';
import { accountName, passwordInput } from '../auth/schema';

// Backups a clerk can trust (issue 15 point 1, issue 16 point 2): the signed manifest of a backup
// file and the calls of Cài đặt → Sao lưu. The file format itself is described in docs/cli.md.

/** The first line of a signed backup (format 2). */
export const BACKUP_FORMAT_V2 = 'qcdc.backup/2';
/** The extension of the backup files the app writes. */
export const BACKUP_EXTENSION = '.qcdcbak';
/** Days after which the home screen reminds to back up, unless the administrator set another value. */
export const DEFAULT_BACKUP_REMINDER_DAYS = 7;
/** Automatic backups kept in the data folder (one per day with changes). */
export const AUTO_BACKUPS_KEPT = 7;

/** Why a backup was made. */
export const BACKUP_KINDS = ['manual', 'automatic', 'pre-restore'] as const;
/** One of {@link BACKUP_KINDS}. */
export type BackupKind = (typeof BACKUP_KINDS)[number];

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * What a backup holds, signed by the installation's key (minisign, prehashed): the unit, the key,
 * the change-log chain head, the counts the preview shows and the SHA-256 of every other part.
 */
export const backupManifestSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT_V2),
    kind: z.enum(BACKUP_KINDS),
    role: z.enum(['commune', 'office']),
    code: z.string().max(40),
    name: z.string().max(300),
    province: z.string().max(200).nullable(),
    keyId: z.string().max(40),
    fingerprint: z.string().max(60),
    minisignPublicKey: z.string().max(2000),
    createdAt: z.number().int().nonnegative(),
    appVersion: z.string().max(40),
    schemaVersion: z.number().int().positive(),
    protected: z.boolean(),
    chain: z
      .object({
        seq: z.number().int().nonnegative(),
        hash: hex64,
        lastChangeAt: z.number().int().nullable(),
      })
      .strict(),
    counts: z.record(z.string().max(60), z.number().int().nonnegative()),
    attachments: z.number().int().nonnegative(),
    replicas: z.array(z.string().regex(/^\d{5}$/)).max(10_000),
    body: z.object({ bytes: z.number().int().nonnegative(), sha256: hex64 }).strict(),
    keyringSha256: hex64.nullable(),
    keys: z
      .object({ lock: z.enum(['database', 'passphrase']), sha256: hex64 })
      .strict()
      .nullable(),
  })
  .strict();
/** A backup's signed manifest. */
export type BackupManifest = z.infer<typeof backupManifestSchema>;

/** How a backup's origin was established before it was trusted. */
export const BACKUP_TRUST = ['installation-key', 'backup-keys', 'fingerprint', 'unsigned'] as const;
/** One of {@link BACKUP_TRUST}. */
export type BackupTrust = (typeof BACKUP_TRUST)[number];

/** One backup file found in a folder (before it is opened). */
export const backupEntrySchema = z.object({
  file: z.string(),
  name: z.string(),
  bytes: z.number().int(),
  /** From the manifest (signed, not yet verified) or, for an old file, its modification time. */
  createdAt: z.number().int(),
  kind: z.enum([...BACKUP_KINDS, 'old']),
  unit: z.string().nullable(),
  code: z.string().nullable(),
  /** Encrypted: an administrator's password (or the recovery code) opens it; null when not known. */
  protected: z.boolean().nullable(),
});
/** A backup file in a list. */
export type BackupEntry = z.infer<typeof backupEntrySchema>;

/** What a checked backup holds, shown before anything is replaced. */
export const backupPreviewSchema = z.object({
  file: z.string(),
  /** SHA-256 of the whole file: the restore that follows must find the same file. */
  sha256: hex64,
  bytes: z.number().int(),
  trust: z.enum(BACKUP_TRUST),
  kind: z.enum([...BACKUP_KINDS, 'old']),
  role: z.enum(['commune', 'office']),
  code: z.string(),
  name: z.string(),
  fingerprint: z.string().nullable(),
  createdAt: z.number().int().nullable(),
  lastChangeAt: z.number().int().nullable(),
  changes: z.number().int(),
  records: z.array(z.object({ entity: z.string(), label: z.string(), count: z.number().int() })),
  attachments: z.number().int(),
  replicas: z.number().int(),
  protected: z.boolean(),
  /** Whether the installation's keys are in the file (they come back with a restore). */
  hasKeys: z.boolean(),
  /** The administrators of the backup: one of them signs in after the restore. */
  administrators: z.array(z.string()),
  /** What the restore replaces: null on a new (empty) installation. */
  replaces: z.object({ name: z.string(), code: z.string(), changes: z.number().int() }).nullable(),
  warnings: z.array(z.string()),
});
/** A backup's preview. */
export type BackupPreview = z.infer<typeof backupPreviewSchema>;

/** What opens a backup: an administrator of it, the recovery code, or the passphrase its keys are under. */
const secretsInput = {
  account: z.object({ name: accountName, password: passwordInput }).strict().optional(),
  recoveryCode: z.string().max(100).optional(),
  passphrase: z.string().max(1000).optional(),
};

const backupStatusSchema = z.object({
  lastBackupAt: z.number().int().nullable(),
  lastBackupFile: z.string().nullable(),
  reminderDays: z.number().int(),
  /** The reminder is due (the last backup, or the installation when never backed up, is older than the setting). */
  overdue: z.boolean(),
  daysSince: z.number().int().nullable(),
  dataFolder: z.string(),
  backupsFolder: z.string(),
  /** The folder last backed up to, else a sensible default. */
  suggestedFolder: z.string(),
  /** Removable drives (USB sticks) seen now. */
  removableFolders: z.array(z.string()),
  automatic: z.array(backupEntrySchema),
  protected: z.boolean(),
  /** The signed-in account may back up and restore (an administrator, or an installation without accounts). */
  canManage: z.boolean(),
});
/** The state the backup page and the home reminder show. */
export type BackupStatus = z.infer<typeof backupStatusSchema>;

const folderPath = z.string().trim().min(1, { message: 'Hãy chọn hoặc nhập thư mục.' }).max(1000);
const filePath = z.string().trim().min(1, { message: 'Hãy chọn tệp sao lưu.' }).max(1000);

/** The calls of Cài đặt → Sao lưu and of the first screen's "Khôi phục từ bản sao lưu". */
export const backupContract = {
  'backup.status': { input: z.object({}).strict(), output: backupStatusSchema, writes: false },
  'backup.create': {
    input: z.object({ folder: folderPath, passphrase: z.string().max(1000).optional() }).strict(),
    output: z.object({
      file: z.string(),
      bytes: z.number().int(),
      createdAt: z.number().int(),
      fingerprint: z.string(),
    }),
    writes: true,
  },
  'backup.list': {
    input: z.object({ folder: folderPath }).strict(),
    output: z.object({ folder: z.string(), items: z.array(backupEntrySchema) }),
    writes: false,
  },
  'backup.inspect': {
    input: z.object({ file: filePath, ...secretsInput }).strict(),
    output: backupPreviewSchema,
    writes: false,
  },
  'backup.restore': {
    input: z.object({ file: filePath, sha256: hex64, ...secretsInput }).strict(),
    output: z.object({ restored: z.literal(true), signedIn: z.boolean(), preview: backupPreviewSchema }),
    writes: true,
  },
  'backup.setReminder': {
    input: z
      .object({
        days: z
          .number()
          .int({ message: 'Số ngày phải là số nguyên.' })
          .min(0, { message: 'Số ngày không âm (0: không nhắc).' })
          .max(365, { message: 'Tối đa 365 ngày.' }),
      })
      .strict(),
    output: backupStatusSchema,
    writes: true,
  },
} as const;
