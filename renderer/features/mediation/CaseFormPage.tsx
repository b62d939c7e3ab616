import { Button, Card, Col, Flex, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { CASE_CATEGORY_LABELS, CASE_GROUNDS_LABELS, CASE_STATUS_LABELS } from '../../../shared/i18n/vi';
import { isClosedStatus } from '../../../shared/mediation/codes';
import { caseRecord } from '../../../shared/mediation/caseRecord';
import type { MediationCase } from '../../../shared/mediation/schema';
import type { RequestOf } from '../../../shared/contract/index';
import { todayIso } from '../../../shared/util/dates';
import { DateField } from '../../components/DateField';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { defaultCommunity, rememberCommunity } from '../../components/lastCommunity';
import { useCall } from '../../components/hooks';
import { labelOptions } from '../../components/options';
import { PageHeader } from '../../components/PageHeader';
import { inputOf } from '../../components/record';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useGuardedForm } from '../../components/useGuardedForm';
import { Field, LimitsProvider } from '../../components/Field';
import { callLimits } from '../../components/limits';
import { ui } from '../../i18n/ui';
import { call } from '../../src/api';
import { navigate } from '../../src/router';
import { selectors, useAppStore } from '../../src/store';
import { CaseLoading } from './CaseLoading';
import { isActiveMediator } from './MediatorsPage';
import { CommunityPicker, foldFilter } from './pickers';

interface PartyValues {
  name?: string;
  birthYear?: number | null;
  address?: string | null;
}

/** The form's values: the case's fields, "no grounds" as '' (a radio option), parties as typed. */
type CaseValues = Omit<Partial<RequestOf<'mediation.createCase'>>, 'grounds' | 'parties'> & {
  grounds?: MediationCase['grounds'] | '';
  parties?: PartyValues[];
};

const L = caseRecord.formLabels;

/** The limits of the case form, from the schema the server checks. */
const CASE_LIMITS = callLimits('mediation.createCase');

/** `#/mediation/cases/new` and `#/mediation/cases/<id>/edit`. */
export function CaseFormPage({ caseId }: { caseId: string | null }) {
  const existing = useCall('mediation.getCase', { id: caseId ?? '' }, caseId === null);
  const refreshCommunities = useAppStore(selectors.refreshCommunities);
  const refreshTeams = useAppStore(selectors.refreshTeams);
  useEffect(() => {
    void refreshCommunities().catch(() => undefined);
    void refreshTeams().catch(() => undefined);
  }, [refreshCommunities, refreshTeams]);

  if (caseId !== null) {
    if (existing.error) return <CaseLoading error={existing.error} />;
    if (!existing.data || existing.data.id !== caseId) return <CaseLoading />;
    return <CaseForm key={`${existing.data.id}-${existing.data.version}`} current={existing.data} />;
  }
  return <CaseForm current={null} />;
}

function initialValues(current: MediationCase | null): CaseValues {
  // A new case starts with one party row ready to type in (an untouched one is dropped on save).
  if (!current) return { receivedOn: todayIso(), status: 'tiep_nhan', grounds: '', parties: [{}], mediatorIds: [] };
  const f = inputOf(caseRecord, current);
  return { ...f, grounds: f.grounds ?? '', parties: f.parties ?? [] };
}

/** The case form (Sổ theo dõi columns 2–8): who, when, what, parties, mediators, result. */
function CaseForm({ current }: { current: MediationCase | null }) {
  const [form] = Form.useForm<CaseValues>();
  const submit = useFormSubmit(form, caseRecord.labels);
  // The longest form of the app: kept as a draft while typed, asked about before it is left.
  const guard = useGuardedForm(form, `case:${current?.id ?? 'new'}`);
  const teams = useAppStore(selectors.teams);
  const communities = useAppStore(selectors.communities);
  const suggested = current ? undefined : defaultCommunity(communities.map((c) => c.id));
  const communityId = Form.useWatch('communityId', form);
  const status = Form.useWatch('status', form) ?? 'tiep_nhan';
  const receivedOn = Form.useWatch('receivedOn', form) ?? todayIso();
  const team = teams.find((t) => t.communityId === communityId);
  const mediators = useCall('mediation.listMediators', { teamId: team?.id ?? null, includeLeft: true }, !team);
  const closed = isClosedStatus(status);
  const assigned = new Set(current?.mediatorIds ?? []);
  const mediatorOptions = (team ? (mediators.data ?? []) : [])
    .filter((m) => m.teamId === team?.id && (isActiveMediator(m, receivedOn) || assigned.has(m.id)))
    .map((m) => ({ value: m.id, label: m.name }));

  // A new case starts on the thôn of the clerk's last record (the only one, in a one-thôn commune).
  useEffect(() => {
    if (suggested && !form.getFieldValue('communityId')) form.setFieldValue('communityId', suggested);
  }, [suggested, form]);

  /** Drops party rows nobody typed in, before the form checks its required fields. */
  function dropEmptyParties() {
    const parties = (form.getFieldValue('parties') ?? []) as PartyValues[];
    const kept = parties.filter((p) => p.name?.trim() || p.birthYear || p.address?.trim());
    if (kept.length !== parties.length) form.setFieldValue('parties', kept);
  }

  async function save(v: CaseValues) {
    const fields = {
      ...inputOf(caseRecord, v),
      communityId: v.communityId ?? '',
      grounds: v.grounds ? v.grounds : null,
      closedOn: isClosedStatus(v.status ?? 'tiep_nhan') ? (v.closedOn ?? null) : null,
      parties: (v.parties ?? []).map((p) => ({
        name: p.name ?? '',
        birthYear: p.birthYear ?? null,
        address: p.address ?? null,
      })),
    };
    rememberCommunity(fields.communityId);
    await submit.run(async () => {
      const saved = current
        ? await call('mediation.updateCase', { id: current.id, version: current.version, fields })
        : await call('mediation.createCase', fields);
      navigate(`/mediation/cases/${saved.id}`);
    });
  }

  const back = () => navigate(current ? `/mediation/cases/${current.id}` : '/mediation/cases');

  return (
    <>
      <PageHeader title={current ? ui.cases.editTitle : ui.cases.addTitle} />
      {guard.notice}
      <FormFailureAlert failure={submit.failure} />
      <LimitsProvider limits={CASE_LIMITS}>
        <Form
          form={form}
          name="case"
          layout="vertical"
          initialValues={initialValues(current)}
          scrollToFirstError={{ block: 'center' }}
          onValuesChange={(changed: CaseValues) => {
            guard.onValuesChange();
            if ('communityId' in changed) form.setFieldValue('mediatorIds', []);
            if (changed.status && !isClosedStatus(changed.status)) form.setFieldValue('closedOn', null);
          }}
          onFinish={(v) => void save(v)}
          onSubmitCapture={dropEmptyParties}
        >
          <Card style={{ marginBottom: 16 }}>
            <Row gutter={16}>
              <Col xs={24} md={14}>
                <Form.Item
                  name="communityId"
                  label={L.communityId}
                  rules={[{ required: true, message: ui.common.required }]}
                >
                  <CommunityPicker autoFocus placeholder={ui.teams.communityPlaceholder} />
                </Form.Item>
              </Col>
              <Col xs={24} md={10}>
                <Form.Item
                  name="receivedOn"
                  label={L.receivedOn}
                  rules={[{ required: true, message: ui.common.required }]}
                >
                  <DateField />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="category" label={L.category} rules={[{ required: true, message: ui.common.required }]}>
              <Radio.Group orientation="vertical" options={labelOptions(CASE_CATEGORY_LABELS)} />
            </Form.Item>
            <Form.Item name="grounds" label={L.grounds}>
              <Radio.Group
                orientation="vertical"
                options={[{ value: '', label: ui.cases.groundsNone }, ...labelOptions(CASE_GROUNDS_LABELS)]}
              />
            </Form.Item>
            <Field
              name="summary"
              label={L.summary}
              rules={[{ required: true, whitespace: true, message: ui.common.required }]}
            >
              <Input.TextArea rows={4} placeholder={ui.cases.summaryPlaceholder} />
            </Field>
          </Card>

          <Card title={L.parties} style={{ marginBottom: 16 }}>
            <Form.List name="parties">
              {(fields, { add, remove }) => (
                <Flex vertical gap={8}>
                  {fields.map((field, i) => (
                    <Row gutter={8} key={field.key} align="top" data-testid="party-row">
                      <Col xs={24} md={8}>
                        <Field
                          name={[field.name, 'name']}
                          limitPath="parties.*.name"
                          label={`${ui.cases.partyName} (${ui.cases.partyLabel(i + 1).toLowerCase()})`}
                          rules={[{ required: true, whitespace: true, message: ui.common.required }]}
                          style={{ marginBottom: 8 }}
                        >
                          <Input />
                        </Field>
                      </Col>
                      <Col xs={8} md={3}>
                        <Field
                          name={[field.name, 'birthYear']}
                          limitPath="parties.*.birthYear"
                          label={`${ui.cases.partyBirthYear} (${i + 1})`}
                          style={{ marginBottom: 8 }}
                        >
                          <InputNumber style={{ width: '100%' }} />
                        </Field>
                      </Col>
                      <Col xs={16} md={11}>
                        <Field
                          name={[field.name, 'address']}
                          limitPath="parties.*.address"
                          label={`${ui.cases.partyAddress} (${i + 1})`}
                          style={{ marginBottom: 8 }}
                        >
                          <Input />
                        </Field>
                      </Col>
                      <Col xs={24} md={2}>
                        <Form.Item label=" " style={{ marginBottom: 8 }}>
                          <Button onClick={() => remove(field.name)}>{ui.cases.removeParty}</Button>
                        </Form.Item>
                      </Col>
                    </Row>
                  ))}
                  <div>
                    <Button type="dashed" data-testid="add-party" onClick={() => add({ birthYear: null })}>
                      {ui.cases.addParty}
                    </Button>
                  </div>
                </Flex>
              )}
            </Form.List>
          </Card>

          <Card style={{ marginBottom: 16 }}>
            <Form.Item
              name="mediatorIds"
              label={L.mediatorIds}
              extra={!communityId ? ui.cases.mediatorsNeedCommunity : !team ? ui.cases.mediatorsNoTeam : undefined}
            >
              <Select
                mode="multiple"
                showSearch={{ filterOption: foldFilter }}
                disabled={!team}
                loading={mediators.loading && Boolean(team)}
                placeholder={ui.cases.mediatorsPlaceholder}
                options={mediatorOptions}
                data-testid="case-mediators"
              />
            </Form.Item>
            <Field name="invited" label={L.invited}>
              <Input />
            </Field>
          </Card>

          <Card style={{ marginBottom: 16 }}>
            <Form.Item name="status" label={L.status} rules={[{ required: true, message: ui.common.required }]}>
              <Radio.Group options={labelOptions(CASE_STATUS_LABELS)} />
            </Form.Item>
            {closed ? (
              <Form.Item
                name="closedOn"
                label={L.closedOn}
                extra={ui.cases.closedOnHelp}
                rules={[{ required: true, message: ui.common.required }]}
                style={{ maxWidth: 260 }}
              >
                <DateField />
              </Form.Item>
            ) : null}
            <Field name="agreement" label={L.agreement}>
              <Input.TextArea rows={3} />
            </Field>
            <Field name="note" label={L.note}>
              <Input.TextArea rows={2} />
            </Field>
          </Card>

          <Flex gap={8}>
            <Button type="primary" size="large" htmlType="submit" loading={submit.submitting} data-testid="save">
              {ui.common.save}
            </Button>
            <Button size="large" onClick={back}>
              {ui.common.cancel}
            </Button>
          </Flex>
          {submit.failure ? (
            <Typography.Paragraph type="danger" style={{ marginTop: 8 }}>
              {submit.failure.message}
            </Typography.Paragraph>
          ) : null}
        </Form>
      </LimitsProvider>
    </>
  );
}
