import { Alert, Button, Checkbox, Descriptions, Flex, Form, Input, Result, Table, Typography } from 'antd';
import { useState } from 'react';
import type { BackupEntry, BackupPreview } from '../../../shared/backup/schema';
import { TRUST_TEXT, formatStamp } from '../../../shared/backup/text';
import { formatNumber } from '../../../shared/util/format';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { useFormSubmit } from '../../components/useFormSubmit';
import { CallFailure, call } from '../../src/api';
import { platform } from '../../src/platform';
import { FolderInput, formatSize } from './PathField';
import { backupUi as t } from './text';

interface SecretValues {
  folder?: string;
  adminName?: string;
  password?: string;
  recoveryCode?: string;
  passphrase?: string;
}

/** What the clerk picked: a file of a folder's list, or a path from the system's dialog. */
export interface PickedBackup {
  file: string;
  /** Encrypted (from its header): its administrator's password is asked at once on a new folder. */
  protected: boolean | null;
  /** How the list described it (unit and time); a file from the system's dialog shows its path. */
  label?: string;
}

/** A picked backup as the page names it: the unit and the time of a listed one. */
export function pickedOf(e: BackupEntry): PickedBackup {
  const kind = t.kinds[e.kind] ?? e.kind;
  return {
    file: e.file,
    protected: e.protected,
    label: `${e.unit ?? t.unknown}, ${formatStamp(e.createdAt)} (${kind.toLowerCase()})`,
  };
}

/** The secrets the form holds, as the calls take them (only the ones filled in). */
function secretsOf(v: SecretValues, useRecovery: boolean) {
  if (useRecovery && v.recoveryCode?.trim())
    return { recoveryCode: v.recoveryCode.trim(), passphrase: v.passphrase || undefined };
  const account = v.adminName?.trim() && v.password ? { name: v.adminName.trim(), password: v.password } : undefined;
  return { account, passphrase: v.passphrase || undefined };
}

/** The secrets a refusal asks for (its issues name the field). */
function askedFor(e: unknown): ('account' | 'passphrase')[] {
  if (!(e instanceof CallFailure)) return [];
  const fields = (e.error.issues ?? []).map((i) => i.field);
  const asked: ('account' | 'passphrase')[] = [];
  if (fields.some((f) => f === 'account' || f === 'password' || f === 'recoveryCode')) asked.push('account');
  if (fields.includes('passphrase')) asked.push('passphrase');
  return asked;
}

/**
 * Restore with verification and a preview (issue 15): pick a backup, let the app check it (signature,
 * SHA-256 of every part, schema, change-log chain) and show what it holds, then confirm. Used by
 * Cài đặt → Sao lưu and by the first screen of a new installation (`fresh`).
 */
export function RestorePanel({
  fresh,
  suggestedFolder,
  picked,
  onPicked,
}: {
  fresh: boolean;
  suggestedFolder: string;
  /** A backup chosen elsewhere on the page (the automatic ones). */
  picked: PickedBackup | null;
  onPicked: (picked: PickedBackup | null) => void;
}) {
  if (!picked) return <ChooseBackup key={suggestedFolder} suggestedFolder={suggestedFolder} onPicked={onPicked} />;
  // Keyed by the file: a new choice starts over, with its own preview and secrets.
  return <CheckAndRestore key={picked.file} fresh={fresh} picked={picked} onStartOver={() => onPicked(null)} />;
}

/** A folder's backups listed (the browser build cannot browse), or a file from the system's dialog. */
function ChooseBackup({
  suggestedFolder,
  onPicked,
}: {
  suggestedFolder: string;
  onPicked: (picked: PickedBackup) => void;
}) {
  const [form] = Form.useForm<{ folder: string }>();
  const submit = useFormSubmit(form);
  const [entries, setEntries] = useState<BackupEntry[] | null>(null);
  const find = () =>
    void submit.run(async () => {
      const folder = (form.getFieldValue('folder') as string | undefined) ?? '';
      setEntries((await call('backup.list', { folder })).items);
    }, null);
  return (
    <Form form={form} layout="vertical" initialValues={{ folder: suggestedFolder }} name="restore-source">
      <FormFailureAlert failure={submit.failure} />
      <Form.Item name="folder" label={t.sourceFolder} extra={t.sourceFolderHelp}>
        <FolderInput testId="restore-folder" />
      </Form.Item>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Button onClick={find} loading={submit.submitting} data-testid="restore-find">
          {t.find}
        </Button>
        {platform.canChoosePaths ? (
          <Button
            onClick={() =>
              void platform
                .chooseFile({ title: t.chooseFileTitle, accept: '.qcdcbak,.sqlite' })
                .then((file) => file && onPicked({ file, protected: null }))
            }
          >
            {t.chooseFile}
          </Button>
        ) : null}
      </Flex>
      {entries ? <BackupList entries={entries} onPick={(e) => onPicked(pickedOf(e))} /> : null}
    </Form>
  );
}

/** Checks the chosen backup (asking for what opens it), shows what it holds, then restores on confirmation. */
function CheckAndRestore({
  fresh,
  picked,
  onStartOver,
}: {
  fresh: boolean;
  picked: PickedBackup;
  onStartOver: () => void;
}) {
  const [form] = Form.useForm<SecretValues>();
  const submit = useFormSubmit(form);
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  // On a new folder an encrypted backup needs its administrator at once; elsewhere the server says what it needs.
  const [needs, setNeeds] = useState<Set<'account' | 'passphrase'>>(
    () => new Set(fresh && picked.protected !== false ? ['account'] : []),
  );
  const [useRecovery, setUseRecovery] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [done, setDone] = useState<{ signedIn: boolean; protected: boolean } | null>(null);

  const check = () =>
    void submit.run(async () => {
      try {
        setPreview(
          await call('backup.inspect', { file: picked.file, ...secretsOf(form.getFieldsValue(true), useRecovery) }),
        );
      } catch (e) {
        const asked = askedFor(e);
        if (asked.length) setNeeds((n) => new Set([...n, ...asked]));
        throw e;
      }
    }, null);

  const restore = () =>
    void submit.run(async () => {
      if (!preview) return;
      const result = await call('backup.restore', {
        file: picked.file,
        sha256: preview.sha256,
        ...secretsOf(form.getFieldsValue(true), useRecovery),
      });
      setDone({ signedIn: result.signedIn, protected: result.preview.protected });
    }, null);

  if (done) {
    return (
      <Result
        status="success"
        title={t.restored}
        subTitle={done.protected && !done.signedIn ? t.restoredSignIn : t.restoredText}
        data-testid="restore-done"
        extra={
          <Button
            type="primary"
            size="large"
            autoFocus
            onClick={() => window.location.reload()}
            data-testid="restore-continue"
          >
            {t.continue}
          </Button>
        }
      />
    );
  }

  const needAccount = needs.has('account') || (preview?.protected ?? false);
  return (
    <Form form={form} layout="vertical" name="restore">
      <FormFailureAlert failure={submit.failure} />
      <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }} data-testid="restore-selected">
        <Typography.Text>
          {t.selected}: <Typography.Text strong>{picked.label ?? picked.file}</Typography.Text>
        </Typography.Text>
        <Button size="small" onClick={onStartOver}>
          {t.startOver}
        </Button>
      </Flex>
      {preview ? <PreviewCard preview={preview} /> : null}
      {preview ? (
        <Alert
          type="warning"
          showIcon
          style={{ margin: '16px 0' }}
          title={t.confirmTitle}
          description={preview.protected ? t.confirmSecrets : undefined}
        />
      ) : needs.size > 0 ? (
        <Typography.Paragraph>{t.secretsIntro}</Typography.Paragraph>
      ) : null}
      {needAccount ? <SecretFields useRecovery={useRecovery} onToggle={() => setUseRecovery((u) => !u)} /> : null}
      {needs.has('passphrase') ? (
        <Form.Item name="passphrase" label={t.backupPassphrase} style={{ maxWidth: 420 }}>
          <Input.Password maxLength={1000} autoComplete="off" />
        </Form.Item>
      ) : null}
      {!preview ? (
        <Button type="primary" onClick={check} loading={submit.submitting} data-testid="restore-check">
          {submit.submitting ? t.checking : t.check}
        </Button>
      ) : (
        <>
          <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} data-testid="restore-confirm">
            {fresh ? t.confirmCheckFresh : t.confirmCheck}
          </Checkbox>
          <div style={{ marginTop: 16 }}>
            <Button
              type="primary"
              danger={!fresh}
              disabled={!confirmed}
              onClick={restore}
              loading={submit.submitting}
              data-testid="restore-submit"
            >
              {submit.submitting ? t.restoring : t.restore}
            </Button>
          </div>
        </>
      )}
    </Form>
  );
}

/** An administrator's name and password of the backup, or its recovery code. */
function SecretFields({ useRecovery, onToggle }: { useRecovery: boolean; onToggle: () => void }) {
  return (
    <div style={{ maxWidth: 420 }}>
      {useRecovery ? (
        <Form.Item name="recoveryCode" label={t.recoveryCode}>
          <Input maxLength={100} autoComplete="off" spellCheck={false} />
        </Form.Item>
      ) : (
        <>
          <Form.Item name="adminName" label={t.adminName}>
            <Input maxLength={60} autoComplete="off" />
          </Form.Item>
          <Form.Item name="password" label={t.password}>
            <Input.Password maxLength={200} autoComplete="off" />
          </Form.Item>
        </>
      )}
      <Button type="link" style={{ padding: 0, marginBottom: 16 }} onClick={onToggle}>
        {useRecovery ? t.usePassword : t.useRecoveryCode}
      </Button>
    </div>
  );
}

/** The backups of a folder, newest first. */
export function BackupList({ entries, onPick }: { entries: BackupEntry[]; onPick: (entry: BackupEntry) => void }) {
  if (entries.length === 0) return <Alert type="info" title={t.noneFound} data-testid="restore-none" />;
  return (
    <Table
      size="small"
      rowKey="file"
      pagination={false}
      dataSource={entries}
      data-testid="backup-list"
      columns={[
        { title: t.colCreated, key: 'created', render: (_v, e: BackupEntry) => formatStamp(e.createdAt) },
        { title: t.colKind, key: 'kind', render: (_v, e: BackupEntry) => t.kinds[e.kind] ?? e.kind },
        {
          title: t.colUnit,
          key: 'unit',
          render: (_v, e: BackupEntry) => (e.unit ? `${e.unit} (${e.code ?? ''})` : t.unknown),
        },
        { title: t.colSize, key: 'size', render: (_v, e: BackupEntry) => formatSize(e.bytes) },
        {
          title: '',
          key: 'pick',
          render: (_v, e: BackupEntry) => (
            <Button size="small" onClick={() => onPick(e)} data-testid="restore-pick">
              {t.restoreThis}
            </Button>
          ),
        },
      ]}
    />
  );
}

/** What the checked backup holds: the unit, when, how many records of each kind, its origin. */
function PreviewCard({ preview: p }: { preview: BackupPreview }) {
  const records = p.records.filter((r) => r.count > 0);
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      title={t.previewTitle}
      data-testid="restore-preview"
      items={[
        { key: 'unit', label: t.unit, children: `${p.name} (${t.code} ${p.code})` },
        { key: 'created', label: t.created, children: p.createdAt === null ? t.unknown : formatStamp(p.createdAt) },
        {
          key: 'last',
          label: t.lastChange,
          children: p.lastChangeAt === null ? t.unknown : formatStamp(p.lastChangeAt),
        },
        { key: 'changes', label: t.changes, children: formatNumber(p.changes) },
        {
          key: 'records',
          label: t.records,
          children: records.length ? (
            <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="restore-records">
              {records.map((r) => (
                <li key={r.entity}>
                  {r.label}: {formatNumber(r.count)}
                </li>
              ))}
            </ul>
          ) : (
            t.noRecords
          ),
        },
        { key: 'attachments', label: t.attachments, children: formatNumber(p.attachments) },
        ...(p.replicas ? [{ key: 'replicas', label: t.replicas, children: formatNumber(p.replicas) }] : []),
        {
          key: 'fp',
          label: t.fingerprint,
          children: (
            <Flex vertical>
              <Typography.Text strong data-testid="restore-fingerprint">
                {p.fingerprint ?? t.unknown}
              </Typography.Text>
              <Typography.Text type="secondary">{t.fingerprintHelp}</Typography.Text>
            </Flex>
          ),
        },
        { key: 'trust', label: t.trust, children: TRUST_TEXT[p.trust] },
        { key: 'keys', label: t.keys, children: p.hasKeys ? t.keysIn : t.keysOut },
        ...(p.administrators.length
          ? [{ key: 'admins', label: t.administrators, children: p.administrators.join(', ') }]
          : []),
        {
          key: 'replaces',
          label: t.replaces,
          children: p.replaces
            ? t.replacesText(p.replaces.name, p.replaces.code, formatNumber(p.replaces.changes))
            : t.replacesNothing,
        },
        ...p.warnings.map((w, i) => ({
          key: `w${i}`,
          label: '',
          children: <Typography.Text type="warning">{w}</Typography.Text>,
        })),
      ]}
    />
  );
}
