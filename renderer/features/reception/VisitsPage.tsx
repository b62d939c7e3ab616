import { App, Button, Checkbox, Descriptions, Flex, Form, Input, InputNumber, Modal, Radio } from 'antd';
import { useState } from 'react';
import { CONTENT_LABELS, HANDLING_LABELS, HOST_LABELS } from '../../../shared/i18n/vi';
import {
  GROUP_MIN_CITIZENS,
  VISIT_HANDLINGS,
  type Content,
  type Host,
  type VisitHandling,
} from '../../../shared/reception/codes';
import type { RequestOf } from '../../../shared/contract/index';
import type { ReceptionVisit } from '../../../shared/reception/schema';
import { identityFields } from '../../../shared/reception/identity';
import { visitRecord } from '../../../shared/reception/visitRecord';
import { formatDate } from '../../../shared/util/format';
import { todayIso } from '../../../shared/util/dates';
import { DateField } from '../../components/DateField';
import { actionsColumn } from '../../components/editColumn';
import { ExportButton } from '../../components/ExportButton';
import { errorText } from '../../components/errors';
import { FormActions } from '../../components/FormActions';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { FormModal } from '../../components/FormModal';
import { HistoryView } from '../../components/HistoryView';
import { useCall } from '../../components/hooks';
import { useDelete } from '../../components/useDelete';
import { labelOptions } from '../../components/options';
import { PageHeader } from '../../components/PageHeader';
import { formValuesOf, inputOf } from '../../components/record';
import { PagedTable } from '../../components/PagedTable';
import { SearchBox } from '../../components/SearchBox';
import { usePagedSearch } from '../../components/usePagedSearch';
import { Field } from '../../components/Field';
import { callLimits } from '../../components/limits';
import { type RecordFormProps, useRecordForm } from '../../components/useFormSubmit';
import { useEditing } from '../../components/useEditing';
import { ui } from '../../i18n/ui';
import { call } from '../../src/api';
import { navigate } from '../../src/router';
import { selectors, useAppStore } from '../../src/store';
import { RECEPTION_TEXT } from './text';

/** The limits of the form, from the schema the server checks. */
const VISIT_LIMITS = callLimits('reception.createVisit');
import {
  ContentFilter,
  formatReceptionValue,
  HostFilter,
  PAGE_SIZE,
  PeopleCell,
  PersonCell,
  PersonOrSecret,
} from './shared';

const t = ui.reception.visits;
const L = visitRecord.formLabels;
const VISIT_HANDLING_LABELS = Object.fromEntries(VISIT_HANDLINGS.map((h) => [h, HANDLING_LABELS[h]])) as Record<
  VisitHandling,
  string
>;

/** Sổ tiếp công dân: one row per visit (Mẫu 03); identities masked in the list. */
export function VisitsPage() {
  const { message } = App.useApp();
  const isCommune = useAppStore(selectors.isCommune);
  const { text, setText, search, runSearch, page, setPage, refine } = usePagedSearch();
  const [host, setHost] = useState<Host | null>(null);
  const [content, setContent] = useState<Content | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  const list = useCall('reception.listVisits', {
    search,
    host,
    content,
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });
  const edit = useEditing<ReceptionVisit>(list.reload);

  async function editRow(v: ReceptionVisit) {
    try {
      edit.open(await call('reception.getVisit', { id: v.id }));
    } catch (e) {
      void message.error(errorText(e));
    }
  }

  const deleteRow = useDelete(list.reload);
  const remove = (v: ReceptionVisit) =>
    deleteRow(() => call('reception.deleteVisit', { id: v.id, version: v.version }));

  return (
    <>
      <PageHeader
        title={t.title}
        subtitle={t.masked}
        extra={
          <>
            <ExportButton input={{ list: 'receptionVisits', filters: { search, host, content } }} />
            <Button data-testid="print-reception-register" onClick={() => setPrinting(true)}>
              {t.print}
            </Button>
            {isCommune ? (
              <Button type="primary" data-testid="add-visit" onClick={() => edit.open('new')}>
                {t.add}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap={12} wrap style={{ marginBottom: 12 }}>
        <SearchBox
          value={text}
          onChange={setText}
          onSearch={runSearch}
          placeholder={t.search}
          testId="visit-search"
          style={{ maxWidth: 360 }}
        />
        <HostFilter value={host} onChange={refine(setHost)} />
        <ContentFilter value={content} onChange={refine(setContent)} />
      </Flex>
      <PagedTable<ReceptionVisit>
        list={list}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        empty={t.empty}
        noMatch={t.emptySearch}
        filtered={Boolean(search.trim() || host || content)}
        testId="visits-table"
        columns={[
          { title: L.receivedOn, dataIndex: 'receivedOn', width: 110, render: (d: string) => formatDate(d) },
          { title: L.host, dataIndex: 'host', render: (h: Host) => HOST_LABELS[h] },
          {
            title: t.citizen,
            key: 'citizen',
            render: (_: unknown, v) => <PersonCell content={v.content} name={v.citizenName} />,
          },
          {
            title: L.citizens,
            key: 'citizens',
            width: 170,
            render: (_: unknown, v) => <PeopleCell citizens={v.citizens} group={v.group} />,
          },
          { title: L.content, dataIndex: 'content', render: (c: Content) => CONTENT_LABELS[c] },
          { title: L.summary, dataIndex: 'summary' },
          {
            title: L.handling,
            dataIndex: 'handling',
            render: (h: VisitHandling | null) => (h ? HANDLING_LABELS[h] : ''),
          },
          actionsColumn<ReceptionVisit>({
            width: 210,
            lead: (v) => (
              <Button size="small" data-testid="open-visit" onClick={() => setViewing(v.id)}>
                {ui.reception.petitions.open}
              </Button>
            ),
            editable: isCommune,
            onEdit: (v) => void editRow(v),
            onDelete: remove,
            what: (v) => t.deleteWhat(formatDate(v.receivedOn)),
          }),
        ]}
      />
      {edit.form ? <VisitForm {...edit.form} /> : null}
      {viewing ? <VisitView id={viewing} onClose={() => setViewing(null)} /> : null}
      {printing ? <PrintDialog onClose={() => setPrinting(false)} /> : null}
    </>
  );
}

type VisitValues = Partial<RequestOf<'reception.createVisit'>>;

function VisitForm({ current: visit, onClose, onSaved }: RecordFormProps<ReceptionVisit>) {
  const { form, submit } = useRecordForm<VisitValues>(visitRecord);
  const content = Form.useWatch('content', form);
  const summaryText = Form.useWatch('summary', form);
  const group = Form.useWatch('group', form);
  const handling = Form.useWatch('handling', form);
  const denunciation = content === 'to_cao';
  return (
    <FormModal<VisitValues>
      title={visit ? t.editTitle : t.addTitle}
      submit={submit}
      onClose={onClose}
      form={form}
      name="visit"
      limits={VISIT_LIMITS}
      draft={`visit:${visit?.id ?? 'new'}`}
      initialValues={
        visit
          ? formValuesOf(visitRecord, visit)
          : { receivedOn: todayIso(), host: 'chu_tich_ubnd', citizens: 1, group: false }
      }
      onValuesChange={(changed: VisitValues) => {
        if (typeof changed.citizens === 'number' && changed.citizens >= GROUP_MIN_CITIZENS) {
          form.setFieldValue('group', true);
        }
      }}
      onFinish={(v) =>
        void submit.run(async () => {
          // A denouncer's identity is never sent (domain.md §C.5); a group's representatives only for a group.
          const identity = denunciation
            ? Object.fromEntries(identityFields(visitRecord.stored).map((f) => [f, null]))
            : { representatives: v.group ? (v.representatives ?? null) : null };
          const fields = {
            ...inputOf(visitRecord, v),
            receivedOn: v.receivedOn ?? '',
            summary: v.summary ?? '',
            ...identity,
            secretRef: denunciation ? (v.secretRef ?? null) : null,
            forwardedTo: v.handling === 'chuyen_don' ? (v.forwardedTo ?? null) : null,
            ...(v.summaryChecked ? { summaryChecked: true } : {}),
          };
          if (visit) await call('reception.updateVisit', { id: visit.id, version: visit.version, fields });
          else await call('reception.createVisit', fields);
          onSaved();
        })
      }
    >
      <Flex gap={16}>
        <Form.Item name="receivedOn" label={L.receivedOn} rules={[{ required: true }]} style={{ flex: 1 }}>
          <DateField autoFocus />
        </Form.Item>
        <Field name="citizens" label={L.citizens} style={{ flex: 1 }}>
          <InputNumber style={{ width: '100%' }} />
        </Field>
      </Flex>
      <Form.Item name="group" valuePropName="checked" extra={t.groupHelp}>
        <Checkbox>{L.group}</Checkbox>
      </Form.Item>
      <Form.Item name="host" label={L.host} rules={[{ required: true }]}>
        <Radio.Group options={labelOptions(HOST_LABELS)} />
      </Form.Item>
      <Form.Item name="content" label={L.content} rules={[{ required: true }]}>
        <Radio.Group options={labelOptions(CONTENT_LABELS)} />
      </Form.Item>
      <PersonOrSecret
        denunciation={denunciation}
        fields={{ name: 'citizenName', address: 'citizenAddress', idNumber: 'citizenIdNumber' }}
        labels={L}
        summary={summaryText}
        more={
          group ? (
            <Field name="representatives" label={L.representatives}>
              <Input.TextArea rows={2} />
            </Field>
          ) : null
        }
      />
      <Form.Item name="handling" label={L.handling}>
        <Radio.Group options={labelOptions(VISIT_HANDLING_LABELS)} />
      </Form.Item>
      {handling === 'chuyen_don' ? (
        <Field name="forwardedTo" label={L.forwardedTo}>
          <Input />
        </Field>
      ) : null}
      <Field name="resolvedBy" label={L.resolvedBy}>
        <Input />
      </Field>
      <Field name="followUp" label={L.followUp}>
        <Input.TextArea rows={2} />
      </Field>
      <Field name="note" label={L.note}>
        <Input.TextArea rows={2} />
      </Field>
    </FormModal>
  );
}

const VISIT_FIELDS = [
  'receivedOn',
  'host',
  'citizens',
  'group',
  'content',
  'citizenName',
  'citizenAddress',
  'citizenIdNumber',
  'representatives',
  'secretRef',
  'summary',
  'handling',
  'forwardedTo',
  'resolvedBy',
  'followUp',
  'note',
] as const;

/** The opened record: every field (the user chose to see them) and its edit history. */
function VisitView({ id, onClose }: { id: string; onClose: () => void }) {
  const isCommune = useAppStore(selectors.isCommune);
  const visit = useCall('reception.getVisit', { id });
  const history = useCall('reception.visitHistory', { id });
  const v = visit.data;
  // The petition this visit brought, with the citizen carried over (issue 15): one click from here.
  const footer =
    isCommune && v ? (
      <Button data-testid="petition-from-visit" onClick={() => navigate(`/reception/petitions?fromVisit=${v.id}`)}>
        {RECEPTION_TEXT.petitionFromVisit}
      </Button>
    ) : null;
  return (
    <Modal open title={t.viewTitle} onCancel={onClose} footer={footer} width={760} destroyOnHidden>
      {visit.error ? <FormFailureAlert failure={{ message: visit.error, unplaced: [] }} /> : null}
      {v ? (
        <Descriptions column={1} bordered size="small" data-testid="visit-view">
          {VISIT_FIELDS.filter((f) => v.content !== 'to_cao' || !f.startsWith('citizen')).map((f) => (
            <Descriptions.Item key={f} label={L[f]}>
              {formatReceptionValue(visitRecord, f, v[f])}
            </Descriptions.Item>
          ))}
        </Descriptions>
      ) : null}
      <h4 style={{ marginTop: 16 }}>{t.history}</h4>
      {history.data ? (
        <HistoryView
          entries={history.data}
          labels={{ ...visitRecord.labels, receivedOn: visitRecord.formLabels.receivedOn }}
          formatValue={(f, value) => formatReceptionValue(visitRecord, f, value)}
          fieldOrder={VISIT_FIELDS}
        />
      ) : null}
    </Modal>
  );
}

/** Chooses an optional period, then opens the printable Sổ tiếp công dân (Mẫu 03). */
function PrintDialog({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<{ from?: string | null; to?: string | null }>();
  return (
    <Modal
      open
      title={t.printTitle}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <FormActions
          onCancel={onClose}
          onOk={() => form.submit()}
          okText={t.printOpen}
          okTestId="print-reception-open"
        />
      }
    >
      <p>{t.printIntro}</p>
      <Form
        form={form}
        name="print-reception"
        layout="vertical"
        onFinish={(v) => {
          const q = new URLSearchParams();
          if (v.from) q.set('from', v.from);
          if (v.to) q.set('to', v.to);
          navigate(`/print/reception-register?${q.toString()}`);
        }}
      >
        <Flex gap={16}>
          <Form.Item name="from" label={t.printFrom} style={{ flex: 1 }}>
            <DateField />
          </Form.Item>
          <Form.Item name="to" label={t.printTo} style={{ flex: 1 }}>
            <DateField />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
