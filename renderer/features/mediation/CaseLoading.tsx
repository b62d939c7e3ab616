import { Alert, Button, Spin } from 'antd';
import { ui } from '../../i18n/ui';
import { navigate } from '../../src/router';

/** A case page before its case is in: a spinner, or the load error with a way back to the list. */
export function CaseLoading({ error }: { error?: string }) {
  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        title={error}
        action={<Button onClick={() => navigate('/mediation/cases')}>{ui.cases.backToList}</Button>}
      />
    );
  }
  return <Spin size="large" style={{ display: 'block', margin: 48 }} />;
}
