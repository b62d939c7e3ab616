import { Alert, Button, Card, Typography } from 'antd';
import { accessUi as t } from './text';

/**
 * The one-time recovery code, as the setup sheet shows and prints it: the only way back in when
 * every password is lost (issue 12). Printing uses the browser's print of this page.
 */
export function RecoverySheet({ code, unit }: { code: string; unit: string }) {
  return (
    <Card size="small" title={`${t.recoveryTitle} — ${unit}`} style={{ maxWidth: 560 }} data-testid="recovery-sheet">
      <Alert type="warning" showIcon title={t.recoveryShow} style={{ marginBottom: 12 }} />
      <Typography.Text
        strong
        copyable
        data-testid="recovery-code"
        style={{ fontFamily: 'monospace', fontSize: 22, letterSpacing: 1 }}
      >
        {code}
      </Typography.Text>
      <div style={{ marginTop: 12 }}>
        <Button onClick={() => window.print()}>{t.printSheet}</Button>
      </div>
    </Card>
  );
}
