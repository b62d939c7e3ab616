import { Alert, Button, Card, Descriptions, Typography } from 'antd';
import { useCall } from '../../components/hooks';
import { backupUi as b } from '../backup/text';
import { accessUi as t } from './text';

/**
 * The one-time recovery code, as the setup sheet shows and prints it: the only way back in when
 * every password is lost (issue 12), with what a new machine needs (issue 15): the key's
 * fingerprint, where the backups go and how to restore them. Printing uses the browser's print of
 * this page.
 */
export function RecoverySheet({
  code,
  unit,
  fingerprint,
}: {
  code: string;
  unit: string;
  fingerprint?: string | null;
}) {
  // Where the automatic backups go, as this installation names it (a new sheet after setup or a new code).
  const status = useCall('backup.status', {});
  const folder = status.data?.backupsFolder ?? '';
  return (
    <Card size="small" title={`${t.recoveryTitle} — ${unit}`} style={{ maxWidth: 640 }} data-testid="recovery-sheet">
      <Alert type="warning" showIcon title={t.recoveryShow} style={{ marginBottom: 12 }} />
      <Typography.Text
        strong
        copyable
        data-testid="recovery-code"
        style={{ fontFamily: 'monospace', fontSize: 22, letterSpacing: 1 }}
      >
        {code}
      </Typography.Text>
      <Descriptions
        column={1}
        size="small"
        style={{ marginTop: 12 }}
        data-testid="recovery-sheet-backup"
        items={[
          ...(fingerprint
            ? [
                {
                  key: 'fp',
                  label: b.sheetFingerprint,
                  children: <Typography.Text strong>{fingerprint}</Typography.Text>,
                },
              ]
            : []),
          { key: 'backups', label: b.sheetBackups, children: b.sheetBackupsText(folder) },
          {
            key: 'restore',
            label: b.sheetRestore,
            children: (
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {b.sheetRestoreSteps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
            ),
          },
        ]}
      />
      <div style={{ marginTop: 12 }}>
        <Button onClick={() => window.print()}>{t.printSheet}</Button>
      </div>
    </Card>
  );
}
