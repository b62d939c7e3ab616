import { Alert, Button, Card, Flex, Form, Input, InputNumber, Spin, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { BackupStatus } from '../../../shared/backup/schema';
import { formatStamp } from '../../../shared/backup/text';
import { keyBackupPassphraseProblem } from '../../../shared/installation/passphrase';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { useCall } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useFormSubmit } from '../../components/useFormSubmit';
import { ui } from '../../i18n/ui';
import { call } from '../../src/api';
import { FolderInput, formatSize } from './PathField';
import { BackupList, RestorePanel, pickedOf, type PickedBackup } from './RestorePanel';
import { backupUi as t } from './text';

/**
 * Cài đặt → Sao lưu và khôi phục (issue 15): back up now to a folder or USB stick, the reminder's
 * days, the automatic backups in the data folder, and restore with a preview. Administrators only
 * (the contract refuses the rest anyway); unprotected installations have no accounts.
 */
export function BackupPage() {
  const status = useCall('backup.status', {});
  const isAdmin = status.data?.canManage ?? true;
  const [picked, setPicked] = useState<PickedBackup | null>(null);
  const restoreCard = useRef<HTMLDivElement>(null);

  return (
    <>
      <PageHeader title={t.title} />
      {!isAdmin ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t.adminOnly} /> : null}
      {status.error ? <Alert type="error" showIcon style={{ marginBottom: 16 }} title={status.error} /> : null}
      {!status.data ? (
        status.error ? null : (
          <Spin />
        )
      ) : (
        <Flex vertical gap={16}>
          <BackupNowCard status={status.data} onDone={status.reload} disabled={!isAdmin} />
          <ReminderCard status={status.data} disabled={!isAdmin} />
          <Card title={t.autoTitle} data-testid="backup-automatic">
            <Typography.Paragraph type="secondary">{t.autoIntro(status.data.backupsFolder)}</Typography.Paragraph>
            {status.data.automatic.length === 0 ? (
              <Typography.Text type="secondary">{t.autoEmpty}</Typography.Text>
            ) : (
              <BackupList
                entries={status.data.automatic}
                onPick={(e) => {
                  setPicked(pickedOf(e));
                  restoreCard.current?.scrollIntoView({ block: 'start' });
                }}
              />
            )}
          </Card>
          <div ref={restoreCard}>
            <Card title={t.restoreTitle}>
              <Typography.Paragraph type="secondary">{t.restoreIntro}</Typography.Paragraph>
              {isAdmin ? (
                <RestorePanel
                  fresh={false}
                  suggestedFolder={status.data.suggestedFolder}
                  picked={picked}
                  onPicked={setPicked}
                />
              ) : null}
            </Card>
          </div>
        </Flex>
      )}
    </>
  );
}

interface BackupValues {
  folder: string;
  passphrase?: string;
  confirm?: string;
}

/** "Sao lưu ngay" into a chosen folder; the keys go under the database key, or a passphrase when unprotected. */
function BackupNowCard({ status, onDone, disabled }: { status: BackupStatus; onDone: () => void; disabled: boolean }) {
  const [form] = Form.useForm<BackupValues>();
  const submit = useFormSubmit(form);
  const [done, setDone] = useState<{ folder: string; bytes: number; fingerprint: string } | null>(null);
  const save = (v: BackupValues) =>
    void submit.run(async () => {
      setDone(null);
      const made = await call('backup.create', { folder: v.folder, passphrase: v.passphrase || undefined });
      setDone({ folder: v.folder, bytes: made.bytes, fingerprint: made.fingerprint });
      onDone();
    }, t.done);
  return (
    <Card title={t.nowTitle}>
      <Typography.Paragraph type="secondary">{t.nowIntro}</Typography.Paragraph>
      <Typography.Paragraph data-testid="backup-last">
        {t.last}:{' '}
        {status.lastBackupAt === null ? t.never : t.lastAt(formatStamp(status.lastBackupAt), status.daysSince ?? 0)}
      </Typography.Paragraph>
      <FormFailureAlert failure={submit.failure} />
      <Form
        form={form}
        layout="vertical"
        name="backup"
        initialValues={{ folder: status.suggestedFolder }}
        onFinish={save}
        disabled={disabled}
      >
        <Form.Item name="folder" label={t.folder} extra={t.folderHelp} rules={[{ required: true, whitespace: true }]}>
          <FolderInput removable={status.removableFolders} testId="backup-folder" />
        </Form.Item>
        {status.protected ? null : <PassphraseFields />}
        <Button type="primary" htmlType="submit" loading={submit.submitting} data-testid="backup-now">
          {submit.submitting ? t.working : t.backupNow}
        </Button>
      </Form>
      {done ? (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 16 }}
          data-testid="backup-done"
          title={t.doneText(done.folder, formatSize(done.bytes))}
          description={t.doneFingerprint(done.fingerprint)}
        />
      ) : null}
    </Card>
  );
}

/** The passphrase an unprotected installation's keys go under, typed twice. */
function PassphraseFields() {
  return (
    <div style={{ maxWidth: 420 }}>
      <Form.Item
        name="passphrase"
        label={t.passphrase}
        extra={t.passphraseHelp}
        rules={[
          { required: true },
          {
            validator: (_r, v: string | undefined) => {
              const issue = v ? keyBackupPassphraseProblem(v) : null;
              return issue ? Promise.reject(new Error(issue)) : Promise.resolve();
            },
          },
        ]}
      >
        <Input.Password maxLength={1000} autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t.passphraseConfirm}
        dependencies={['passphrase']}
        rules={[
          { required: true },
          ({ getFieldValue }) => ({
            validator: (_r, v: string | undefined) =>
              !v || v === getFieldValue('passphrase')
                ? Promise.resolve()
                : Promise.reject(new Error(t.passphraseMismatch)),
          }),
        ]}
      >
        <Input.Password maxLength={1000} autoComplete="new-password" />
      </Form.Item>
    </div>
  );
}

/** The reminder's days (0: never), an administrator's setting. */
function ReminderCard({ status, disabled }: { status: BackupStatus; disabled: boolean }) {
  const [form] = Form.useForm<{ days: number }>();
  const submit = useFormSubmit(form);
  return (
    <Card title={t.reminderTitle}>
      <FormFailureAlert failure={submit.failure} />
      <Form
        form={form}
        layout="inline"
        name="reminder"
        disabled={disabled}
        initialValues={{ days: status.reminderDays }}
        onFinish={(v) => void submit.run(async () => void (await call('backup.setReminder', { days: v.days })))}
      >
        <Form.Item name="days" label={t.reminderDays} extra={t.reminderHelp} rules={[{ required: true }]}>
          <InputNumber min={0} max={365} precision={0} suffix={t.days} style={{ width: 140 }} />
        </Form.Item>
        <Button htmlType="submit" loading={submit.submitting} data-testid="reminder-save">
          {ui.common.save}
        </Button>
      </Form>
    </Card>
  );
}
