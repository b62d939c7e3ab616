import { prepare, type Sql } from '../open';

/** Setting keys kept in the `setting` table. */
export type SettingKey =
  | 'role'
  | 'code'
  | 'name'
  | 'province'
  | 'keyId'
  | 'fingerprint'
  | 'placeName'
  | 'signerTitle'
  | 'signerName'
  | 'officeName'
  | 'userName'
  | 'installationId'
  | 'idleLockMinutes'
  | 'issuer'
  | 'recipients'
  | 'lastBackupAt'
  | 'lastBackupFile'
  | 'lastBackupFolder'
  | 'backupReminderDays';

/** Reads a setting, null when unset. */
export function getSetting(sql: Sql, key: SettingKey): string | null {
  const row = prepare(sql, 'SELECT value FROM setting WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

/** Writes (or clears, with null) a setting. */
export function setSetting(sql: Sql, key: SettingKey, value: string | null): void {
  if (value === null) prepare(sql, 'DELETE FROM setting WHERE key = ?').run(key);
  else
    prepare(
      sql,
      'INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ).run(key, value);
}
