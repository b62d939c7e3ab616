import { Alert, App, Button, Card, Descriptions, Form, Input, Radio, Spin, Tabs, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { CASE_CATEGORY_LABELS, CASE_GROUNDS_LABELS, CASE_STATUS_LABELS } from '../../../shared/i18n/vi';
import { CLOSED_STATUSES, isClosedStatus, type CaseStatus } from '../../../shared/mediation/codes';
import { caseRecord, partyText } from '../../../shared/mediation/caseRecord';
import type { MediationCase } from '../../../shared/mediation/schema';
import { todayIso } from '../../../shared/util/dates';
import { formatDate } from '../../../shared/util/format';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { DateField } from '../../components/DateField';
import { errorText } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { HistoryView } from '../../components/HistoryView';
import { formatTimestamp } from '../../components/timestamp';
import { useCall } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { formatRecordValue, inputOf, type NameLookup } from '../../components/record';
import { useFormSubmit } from '../../components/useFormSubmit';
import { Field } from '../../components/Field';
import { callLimits } from '../../components/limits';
import { ui } from '../../i18n/ui';
import { call } from '../../src/api';
import { navigate, useRoute } from '../../src/router';
import { selectors, useAppStore } from '../../src/store';
import { CaseLoading } from './CaseLoading';
import { STATUS_COLORS } from './caseValues';

/** The limits of the form, from the schema the server checks. */
const CASE_LIMITS = callLimits('mediation.createCase');

/** `#/mediation/cases/<id>`: the case, its edit history (`?tab=history`), edit, close and delete. */
export function CasePage({ caseId }: { caseId: string }) {
  const { message } = App.useApp();
  const route = useRoute();
  const tab = route.params.get('tab') === 'history' ? 'history' : 'details';
  const isCommune = useAppStore(selectors.isCommune);
  const communities = useAppStore(selectors.communities);
  const refreshCommunities = useAppStore(selectors.refreshCommunities);
  const kase = useCall('mediation.getCase', { id: caseId });
  const history = useCall('mediation.caseHistory', { id: caseId });
  const mediators = useCall('mediation.listMediators', { includeLeft: true });
  const [finishing, setFinishing] = useState(false);

  useEffect(() => {
    void refreshCommunities().catch(() => undefined);
  }, [refreshCommunities]);

  const names = useMemo<NameLookup>(() => {
    const c = new Map(communities.map((x) => [x.id, x.name]));
    const m = new Map((mediators.data ?? []).map((x) => [x.id, x.name]));
    kase.data?.mediatorIds.forEach((id, i) => {
      const name = kase.data?.mediatorNames[i];
      if (name && !m.has(id)) m.set(id, name);
    });
    return (to, id) => (to === 'community' ? c.get(id) : to === 'mediator' ? m.get(id) : undefined);
  }, [communities, mediators.data, kase.data]);

  if (kase.error && !kase.data) return <CaseLoading error={kase.error} />;
  const c = kase.data;
  if (!c || c.id !== caseId) return <CaseLoading />;

  async function remove(current: MediationCase) {
    try {
      await call('mediation.deleteCase', { id: current.id, version: current.version });
      void message.success(ui.common.deleted);
      navigate('/mediation/cases');
    } catch (e) {
      void message.error(errorText(e));
    }
  }

  const closed = isClosedStatus(c.status);
  return (
    <>
      <PageHeader
        title={
          <>
            {ui.cases.title} — {formatDate(c.receivedOn)}{' '}
            <Tag
              color={STATUS_COLORS[c.status]}
              style={{ fontSize: 14, verticalAlign: 'middle' }}
              data-testid="case-status"
            >
              {CASE_STATUS_LABELS[c.status]}
            </Tag>
          </>
        }
        subtitle={c.communityName}
        extra={
          <>
            <Button onClick={() => navigate('/mediation/cases')}>{ui.cases.backToList}</Button>
            {isCommune ? (
              <>
                {!closed ? (
                  <Button type="primary" data-testid="finish-case" onClick={() => setFinishing(true)}>
                    {ui.cases.finish}
                  </Button>
                ) : null}
                <Button data-testid="edit-case" onClick={() => navigate(`/mediation/cases/${c.id}/edit`)}>
                  {ui.common.edit}
                </Button>
                <ConfirmDelete size="middle" what={ui.cases.deleteWhat} onConfirm={() => remove(c)} />
              </>
            ) : null}
          </>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate(`/mediation/cases/${c.id}${key === 'history' ? '?tab=history' : ''}`)}
        items={[
          { key: 'details', label: ui.cases.details, children: <CaseDetails c={c} /> },
          {
            key: 'history',
            label: ui.cases.history,
            children: history.data ? (
              <HistoryView
                entries={history.data}
                labels={caseRecord.labels}
                fieldOrder={Object.keys(caseRecord.fields)}
                formatValue={(field, value) => formatRecordValue(caseRecord, field, value, names)}
              />
            ) : history.error ? (
              <Alert type="error" showIcon title={history.error} />
            ) : (
              <Spin />
            ),
          },
        ]}
      />
      {finishing ? (
        <FinishDialog
          current={c}
          onClose={() => setFinishing(false)}
          onDone={() => {
            setFinishing(false);
            kase.reload();
            history.reload();
          }}
        />
      ) : null}
    </>
  );
}

const L = caseRecord.formLabels;

function CaseDetails({ c }: { c: MediationCase }) {
  return (
    <Card>
      <Descriptions
        bordered
        column={1}
        size="middle"
        styles={{ label: { width: 240 } }}
        items={[
          { key: 'community', label: L.communityId, children: c.communityName },
          { key: 'receivedOn', label: L.receivedOn, children: formatDate(c.receivedOn) },
          { key: 'category', label: L.category, children: CASE_CATEGORY_LABELS[c.category] },
          {
            key: 'grounds',
            label: L.grounds,
            children: c.grounds ? CASE_GROUNDS_LABELS[c.grounds] : '',
          },
          {
            key: 'summary',
            label: L.summary,
            children: (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{c.summary}</Typography.Paragraph>
            ),
          },
          {
            key: 'parties',
            label: L.parties,
            children:
              c.parties.length === 0 ? (
                ''
              ) : (
                <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                  {c.parties.map((p, i) => (
                    <li key={i}>{partyText(p)}</li>
                  ))}
                </ol>
              ),
          },
          { key: 'mediators', label: L.mediatorIds, children: c.mediatorNames.join(', ') },
          { key: 'invited', label: L.invited, children: c.invited },
          {
            key: 'status',
            label: L.status,
            children: <Tag color={STATUS_COLORS[c.status]}>{CASE_STATUS_LABELS[c.status]}</Tag>,
          },
          { key: 'closedOn', label: L.closedOn, children: formatDate(c.closedOn) },
          {
            key: 'agreement',
            label: L.agreement,
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{c.agreement}</span>,
          },
          { key: 'note', label: L.note, children: c.note },
          {
            key: 'updated',
            label: ui.cases.lastUpdated,
            children: `${formatTimestamp(c.updatedAt)} — ${c.updatedBy}`,
          },
        ]}
      />
    </Card>
  );
}

interface FinishValues {
  status?: CaseStatus;
  closedOn?: string | null;
  agreement?: string | null;
}

/** "Kết thúc vụ việc": the result (thành, không thành, chấm dứt, chuyển) and the closing date. */
function FinishDialog({
  current,
  onClose,
  onDone,
}: {
  current: MediationCase;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<FinishValues>();
  const submit = useFormSubmit(form, caseRecord.labels);
  const results = CLOSED_STATUSES.map((s) => ({ value: s, label: CASE_STATUS_LABELS[s] }));
  return (
    <FormModal
      title={ui.cases.finishTitle}
      submit={submit}
      onClose={onClose}
      form={form}
      name="finish"
      limits={CASE_LIMITS}
      initialValues={{ closedOn: todayIso(), agreement: current.agreement }}
      onFinish={(v) =>
        void submit.run(async () => {
          await call('mediation.updateCase', {
            id: current.id,
            version: current.version,
            fields: {
              ...inputOf(caseRecord, current),
              status: v.status ?? 'thanh',
              closedOn: v.closedOn ?? null,
              agreement: v.agreement ?? null,
            },
          });
          onDone();
        }, ui.cases.finished)
      }
    >
      <Form.Item name="status" label={ui.cases.finishResult} rules={[{ required: true, message: ui.common.required }]}>
        <Radio.Group orientation="vertical" options={results} />
      </Form.Item>
      <Form.Item name="closedOn" label={L.closedOn} rules={[{ required: true, message: ui.common.required }]}>
        <DateField />
      </Form.Item>
      <Field name="agreement" label={L.agreement}>
        <Input.TextArea rows={3} />
      </Field>
    </FormModal>
  );
}
