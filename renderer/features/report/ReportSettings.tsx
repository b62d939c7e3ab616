import { Button, Card, Col, Form, Input, Row } from 'antd';
import type { Installation } from '../../../shared/installation/schema';
import { documentDefaults } from '../../../shared/report/documentDefaults';
import { Field, LimitsProvider } from '../../components/Field';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { callLimits } from '../../components/limits';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useGuardedForm } from '../../components/useGuardedForm';
import { ui } from '../../i18n/ui';
import { call } from '../../src/api';
import { selectors, useAppStore } from '../../src/store';
import { documentSettingsUi } from '../../i18n/documentSettings';

const t = documentSettingsUi;

/** The limits of the form, from the schema the server checks. */
const SETTINGS_LIMITS = callLimits('installation.updateSettings');

/** What a printed report and its Excel copy say about their sender (domain.md §E: ô 2, 4, 7, 9). */
interface DocumentSettings {
  issuer: string;
  placeName: string;
  officeName: string;
  recipients: string;
  signerTitle: string;
  signerName: string;
}

function fromInstallation(i: Installation): DocumentSettings {
  const s = i.settings;
  return {
    issuer: s.issuer ?? '',
    placeName: s.placeName ?? '',
    officeName: s.officeName ?? '',
    recipients: s.recipients ?? '',
    signerTitle: s.signerTitle ?? '',
    signerName: s.signerName ?? '',
  };
}

/**
 * The sender's part of the printed report and Excel: the issuing body, the place of the date line,
 * "Nơi nhận" and the signer, each left blank to use what suits the installation's role (the
 * placeholder shows it), so an office never prints a commune's template (issue 15).
 */
export function ReportSettings() {
  const installation = useAppStore(selectors.installation);
  const setInstallation = useAppStore(selectors.setInstallation);
  const [form] = Form.useForm<DocumentSettings>();
  const submit = useFormSubmit(form);
  const guard = useGuardedForm(form);
  const officeName = Form.useWatch('officeName', form);
  if (!installation?.role) return null;
  const office = installation.role === 'office';
  const defaults = documentDefaults({
    role: installation.role,
    name: installation.name ?? '',
    province: installation.province,
    officeName: officeName ?? installation.settings.officeName,
  });
  const wide = { xs: 24, md: 12 };

  return (
    <Card title={t.title} size="small" data-testid="document-settings">
      <FormFailureAlert failure={submit.failure} />
      <LimitsProvider limits={SETTINGS_LIMITS}>
        <Form<DocumentSettings>
          form={form}
          name="document-settings"
          layout="vertical"
          initialValues={fromInstallation(installation)}
          onValuesChange={guard.onValuesChange}
          onFinish={(values) =>
            void submit.run(async () => {
              setInstallation(
                await call('installation.updateSettings', office ? { ...values, officeName: undefined } : values),
              );
            }, t.saved)
          }
        >
          <Row gutter={16}>
            <Col {...wide}>
              <Field name="issuer" label={t.issuer} extra={t.issuerHelp}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 3 }} placeholder={defaults.issuerLines.join('\n')} />
              </Field>
            </Col>
            <Col {...wide}>
              <Field name="placeName" label={t.placeName} extra={t.blankUses(defaults.placeName)}>
                <Input placeholder={defaults.placeName} />
              </Field>
            </Col>
            {office ? null : (
              <Col {...wide}>
                <Field name="officeName" label={t.officeName}>
                  <Input placeholder={ui.settings.officeNamePlaceholder} />
                </Field>
              </Col>
            )}
            <Col {...wide}>
              <Field name="recipients" label={t.recipients} extra={t.recipientsHelp}>
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} placeholder={defaults.recipients.join('\n')} />
              </Field>
            </Col>
            <Col {...wide}>
              <Field name="signerTitle" label={t.signerTitle} extra={t.signerTitleHelp(defaults.signerTitle)}>
                <Input placeholder={defaults.signerTitle} />
              </Field>
            </Col>
            <Col {...wide}>
              <Field name="signerName" label={t.signerName}>
                <Input placeholder={t.signerNamePlaceholder} />
              </Field>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={submit.submitting} data-testid="save-document-settings">
            {t.save}
          </Button>
        </Form>
      </LimitsProvider>
    </Card>
  );
}
