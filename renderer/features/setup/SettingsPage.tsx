import { Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { DisplaySettings } from './DisplaySettings';
import { ROLE_LABELS } from '../../../shared/i18n/vi';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { PageHeader } from '../../components/PageHeader';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useGuardedForm } from '../../components/useGuardedForm';
import { Field, LimitsProvider } from '../../components/Field';
import { callLimits } from '../../components/limits';
import { ui } from '../../i18n/ui';
import { call } from '../../src/api';
import { navigate } from '../../src/router';
import { selectors, useAppStore } from '../../src/store';
import { calendarUi } from '../../i18n/calendar';
import { AccessSettings } from '../access/AccessSettings';
import { ReportSettings } from '../report/ReportSettings';
import { backupUi } from '../backup/text';

interface SettingsValues {
  userName?: string | null;
}

/** The limits of the settings form, from the schema the server checks. */
const SETTINGS_LIMITS = callLimits('installation.updateSettings');

/** Cài đặt: the unit's identity (read-only, fixed at set-up), its user, and what printed documents carry. */
export function SettingsPage() {
  const installation = useAppStore(selectors.installation);
  const setInstallation = useAppStore(selectors.setInstallation);
  const [form] = Form.useForm<SettingsValues>();
  const submit = useFormSubmit(form);
  const guard = useGuardedForm(form);
  if (!installation) return null;
  const role = installation.role ?? 'commune';

  return (
    <>
      <PageHeader
        title={ui.settings.title}
        extra={
          <>
            <Button data-testid="open-backup" onClick={() => navigate('/settings/backup')}>
              {backupUi.open}
            </Button>
            <Button data-testid="open-calendar" onClick={() => navigate('/settings/calendar')}>
              {calendarUi.open}
            </Button>
          </>
        }
      />
      <Card title={ui.settings.unitInfo} style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'role', label: ui.settings.role, children: ROLE_LABELS[role] },
            {
              key: 'code',
              label: role === 'office' ? ui.app.officeCode : ui.app.communeCode,
              children: installation.code,
            },
            { key: 'name', label: ui.setup.name, children: installation.name },
            { key: 'province', label: ui.setup.province, children: installation.province },
            {
              key: 'fp',
              label: ui.setup.fingerprint,
              children: <Typography.Text copyable>{installation.fingerprint}</Typography.Text>,
            },
            {
              key: 'kid',
              label: ui.setup.keyId,
              children: <Typography.Text code>{installation.keyId}</Typography.Text>,
            },
            { key: 'ver', label: ui.settings.appVersion, children: installation.appVersion },
          ]}
        />
      </Card>
      <Card title={ui.settings.userInfo} style={{ marginBottom: 16 }}>
        <FormFailureAlert failure={submit.failure} />
        <LimitsProvider limits={SETTINGS_LIMITS}>
          <Form
            form={form}
            name="settings"
            layout="vertical"
            style={{ maxWidth: 560 }}
            initialValues={{ userName: installation.settings.userName }}
            onValuesChange={guard.onValuesChange}
            onFinish={(values) =>
              void submit.run(async () => {
                setInstallation(await call('installation.updateSettings', values));
              })
            }
          >
            <Field name="userName" label={ui.settings.userName} extra={ui.setup.userNameHelp}>
              <Input autoFocus />
            </Field>
            <Button type="primary" htmlType="submit" loading={submit.submitting} data-testid="save">
              {ui.common.save}
            </Button>
          </Form>
        </LimitsProvider>
      </Card>
      <DisplaySettings />
      <div style={{ marginBottom: 16 }}>
        <ReportSettings />
      </div>
      <AccessSettings />
    </>
  );
}
