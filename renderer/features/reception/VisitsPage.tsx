import { Alert, App, Button, Checkbox, Descriptions, Flex, Form, Input, InputNumber, Modal, Radio } from 'antd';
import { useState } from 'react';
import { CONTENT_LABELS, HANDLING_LABELS, HOST_LABELS } from '../../../shared/i18n/vi';
import {
  DENOUNCER_IDENTITY_MESSAGE,
  GROUP_MIN_CITIZENS,
  VISIT_HANDLINGS,
  type Content,
  type Host,
  type VisitHandling,
} from '../../../shared/reception/codes';
import type { ReceptionVisit } from '../../../shared/reception/schema';
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
import { PagedTable } from '../../components/PagedTable';
import { SearchBox } from '../../components/SearchBox';
import { usePagedSearch } from '../../components/usePagedSearch';
import { useFormSubmit } from '../../components/useFormSubmit';
import { Field } from '../../components/Field';
import { callLimits } from '../../components/limits';
import { ui } from '../../i18n/ui';
import { call } from '../../src/api';
import { navigate } from '../../src/router';
import { selectors, useAppStore } from '../../src/store';
import { ContentFilter, formatReceptionValue, HostFilter, PAGE_SIZE, PeopleCell, PersonCell } from './shared';
import { RECEPTION_TEXT } from './text';

/** The limits of the form, from the schema the server checks. */
const VISIT_LIMITS = callLimits('reception.createVisit');

const t = ui.reception.visits;
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
  const [editing, setEditing] = useState<ReceptionVisit | 'new' | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  const list = useCall('reception.listVisits', {
    search,
    host,
    content,
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });

  async function edit(v: ReceptionVisit) {
    try {
      setEditing(await call('reception.getVisit', { id: v.id }));
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
              <Button type="primary" data-testid="add-visit" onClick={() => setEditing('new')}>
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
          { title: t.receivedOn, dataIndex: 'receivedOn', width: 110, render: (d: string) => formatDate(d) },
          { title: t.host, dataIndex: 'host', render: (h: Host) => HOST_LABELS[h] },
          {
            title: t.citizen,
            key: 'citizen',
            render: (_: unknown, v) => <PersonCell content={v.content} name={v.citizenName} />,
          },
          {
            title: t.citizens,
            key: 'citizens',
            width: 170,
            render: (_: unknown, v) => <PeopleCell citizens={v.citizens} group={v.group} />,
          },
          { title: t.content, dataIndex: 'content', render: (c: Content) => CONTENT_LABELS[c] },
          { title: t.summary, dataIndex: 'summary' },
          {
            title: t.handling,
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
            onEdit: (v) => void edit(v),
            onDelete: remove,
            what: (v) => t.deleteWhat(formatDate(v.receivedOn)),
          }),
        ]}
      />
      {editing ? (
        <VisitForm
          visit={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.reload();
          }}
        />
      ) : null}
      {viewing ? <VisitView id={viewing} onClose={() => setViewing(null)} /> : null}
      {printing ? <PrintDialog onClose={() => setPrinting(false)} /> : null}
    </>
  );
}

interface VisitValues {
  receivedOn?: string | null;
  host?: Host;
  citizens?: number | null;
  group?: boolean;
  content?: Content;
  summary?: string;
  handling?: VisitHandling | null;
  citizenName?: string | null;
  citizenAddress?: string | null;
  citizenIdNumber?: string | null;
  representatives?: string | null;
  secretRef?: string | null;
  resolvedBy?: string | null;
  forwardedTo?: string | null;
  followUp?: string | null;
  note?: string | null;
}

/** The confidentiality notice shown instead of identity fields for a denunciation (domain.md §C.5). */
export function DenouncerNotice() {
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={ui.reception.visits.denouncerTitle}
      description={DENOUNCER_IDENTITY_MESSAGE}
      data-testid="denouncer-notice"
    />
  );
}

function VisitForm({
  visit,
  onClose,
  onSaved,
}: {
  visit: ReceptionVisit | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<VisitValues>();
  const submit = useFormSubmit(form);
  const content = Form.useWatch('content', form);
  const group = Form.useWatch('group', form);
  const handling = Form.useWatch('handling', form);
  const denunciation = content === 'to_cao';
  return (
    <FormModal
      title={visit ? t.editTitle : t.addTitle}
      submit={submit}
      onClose={onClose}
      form={form}
      name="visit"
      limits={VISIT_LIMITS}
      draft={`visit:${visit?.id ?? 'new'}`}
      initialValues={visit ?? { receivedOn: todayIso(), host: 'chu_tich_ubnd', citizens: 1, group: false }}
      onValuesChange={(changed: VisitValues) => {
        if (typeof changed.citizens === 'number' && changed.citizens >= GROUP_MIN_CITIZENS) {
          form.setFieldValue('group', true);
        }
      }}
      onFinish={(v) =>
        void submit.run(async () => {
          const identity = denunciation
            ? { citizenName: null, citizenAddress: null, citizenIdNumber: null, representatives: null }
            : {
                citizenName: v.citizenName ?? null,
                citizenAddress: v.citizenAddress ?? null,
                citizenIdNumber: v.citizenIdNumber ?? null,
                representatives: v.group ? (v.representatives ?? null) : null,
              };
          const fields = {
            receivedOn: v.receivedOn ?? '',
            host: v.host ?? 'chu_tich_ubnd',
            citizens: v.citizens ?? 1,
            group: v.group ?? false,
            content: v.content ?? 'kien_nghi',
            summary: v.summary ?? '',
            handling: v.handling ?? null,
            ...identity,
            secretRef: denunciation ? (v.secretRef ?? null) : null,
            resolvedBy: v.resolvedBy ?? null,
            forwardedTo: v.handling === 'chuyen_don' ? (v.forwardedTo ?? null) : null,
            followUp: v.followUp ?? null,
            note: v.note ?? null,
          };
          if (visit) await call('reception.updateVisit', { id: visit.id, version: visit.version, fields });
          else await call('reception.createVisit', fields);
          onSaved();
        })
      }
    >
      <Flex gap={16}>
        <Form.Item name="receivedOn" label={t.receivedOn} rules={[{ required: true }]} style={{ flex: 1 }}>
          <DateField autoFocus />
        </Form.Item>
        <Field name="citizens" label={t.citizens} style={{ flex: 1 }}>
          <InputNumber style={{ width: '100%' }} />
        </Field>
      </Flex>
      <Form.Item name="group" valuePropName="checked" extra={t.groupHelp}>
        <Checkbox>{t.group}</Checkbox>
      </Form.Item>
      <Form.Item name="host" label={t.host} rules={[{ required: true }]}>
        <Radio.Group options={labelOptions(HOST_LABELS)} />
      </Form.Item>
      <Form.Item name="content" label={t.content} rules={[{ required: true }]}>
        <Radio.Group options={labelOptions(CONTENT_LABELS)} />
      </Form.Item>
      {denunciation ? (
        <>
          <DenouncerNotice />
          <Field name="secretRef" label={t.secretRef}>
            <Input />
          </Field>
        </>
      ) : (
        <>
          <Field name="citizenName" label={t.citizenName}>
            <Input />
          </Field>
          <Flex gap={16}>
            <Field name="citizenAddress" label={t.citizenAddress} style={{ flex: 2 }}>
              <Input />
            </Field>
            <Field name="citizenIdNumber" label={t.citizenIdNumber} style={{ flex: 1 }}>
              <Input />
            </Field>
          </Flex>
          {group ? (
            <Field name="representatives" label={t.representatives}>
              <Input.TextArea rows={2} />
            </Field>
          ) : null}
        </>
      )}
      <Field name="summary" label={t.summary} rules={[{ required: true }]}>
        <Input.TextArea rows={3} />
      </Field>
      <Form.Item name="handling" label={t.handling}>
        <Radio.Group options={labelOptions(VISIT_HANDLING_LABELS)} />
      </Form.Item>
      {handling === 'chuyen_don' ? (
        <Field name="forwardedTo" label={t.forwardedTo}>
          <Input />
        </Field>
      ) : null}
      <Field name="resolvedBy" label={t.resolvedBy}>
        <Input />
      </Field>
      <Field name="followUp" label={t.followUp}>
        <Input.TextArea rows={2} />
      </Field>
      <Field name="note" label={t.note}>
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
            <Descriptions.Item key={f} label={(t as Record<string, unknown>)[f] as string}>
              {formatReceptionValue(f, v[f])}
            </Descriptions.Item>
          ))}
        </Descriptions>
      ) : null}
      <h4 style={{ marginTop: 16 }}>{t.history}</h4>
      {history.data ? (
        <HistoryView
          entries={history.data}
          formatValue={formatReceptionValue}
          fieldOrder={VISIT_FIELDS}
          labels={{ receivedOn: t.receivedOn }}
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
