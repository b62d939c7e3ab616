import { Alert, Button } from 'antd';
import { useCall } from '../../components/hooks';
import { navigate } from '../../src/router';
import { backupUi as t } from './text';

/**
 * The home screen's reminder (issue 15): shown when the last backup outside the computer is older
 * than the administrator's setting. An administrator goes straight to the backup; others are asked
 * to tell one.
 */
export function BackupReminder() {
  const status = useCall('backup.status', {});
  const s = status.data;
  if (!s?.overdue) return null;
  const isAdmin = s.canManage;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="backup-reminder"
      title={t.reminderOverdue(s.daysSince, s.reminderDays)}
      description={isAdmin ? undefined : t.reminderAskAdmin}
      action={
        isAdmin ? (
          <Button type="primary" onClick={() => navigate('/settings/backup')}>
            {t.reminderAction}
          </Button>
        ) : undefined
      }
    />
  );
}
