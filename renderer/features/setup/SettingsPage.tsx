import { Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { ROLE_LABELS } from '../../../shared/i18n/vi';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { PageHeader } from '../../components/PageHeader';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useGuardedForm } from '../../components/useGuardedForm';
import { ui } from '../../i18n/ui';
import { call } from '../../src/api';
import { navigate } from '../../src/router';
import { selectors, useAppStore } from '../../src/store';
import { calendarUi } from '../../i18n/calendar';
import { AccessSettings } from '../access/AccessSettings';

interface SettingsValues {
  placeName?: string | null;
  signerTitle?: string | null;
  signerName?: string | null;
  officeName?: string | null;
  userName?: string | null;
}

/** Cài đặt: the unit's identity (read-only, fixed at set-up) and what printed documents carry. */
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
          <Button data-testid="open-calendar" onClick={() => navigate('/settings/calendar')}>
            {calendarUi.open}
          </Button>
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
      <Card title={ui.settings.printInfo}>
        <FormFailureAlert failure={submit.failure} />
        <Form
          form={form}
          name="settings"
          layout="vertical"
          style={{ maxWidth: 560 }}
          initialValues={installation.settings}
          onValuesChange={guard.onValuesChange}
          onFinish={(values) =>
            void submit.run(async () => {
              setInstallation(await call('installation.updateSettings', values));
            })
          }
        >
          <Form.Item name="userName" label={ui.settings.userName} extra={ui.setup.userNameHelp}>
            <Input maxLength={100} autoFocus />
          </Form.Item>
          <Form.Item name="placeName" label={ui.settings.placeName} extra={ui.settings.placeNameHelp}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="signerTitle" label={ui.settings.signerTitle}>
            <Input maxLength={100} placeholder={ui.settings.signerTitlePlaceholder} />
          </Form.Item>
          <Form.Item name="signerName" label={ui.settings.signerName}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="officeName" label={ui.settings.officeName}>
            <Input maxLength={200} placeholder={ui.settings.officeNamePlaceholder} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={submit.submitting} data-testid="save">
            {ui.common.save}
          </Button>
        </Form>
      </Card>
      <AccessSettings />
    </>
  );
}
