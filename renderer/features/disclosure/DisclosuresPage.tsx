import { Button, Checkbox, Flex, Form, Input, InputNumber, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { AttachmentRef } from '../../../shared/attachment/schema';
import { CONVENTION_STATUS_LABELS, REVIEW_OUTCOME_LABELS } from '../../../shared/convention/codes';
import { catalogOn, type CatalogCode } from '../../../shared/disclosure/catalog';
import { DISCLOSURE_FORMS, DISCLOSURE_FORM_LABELS, type DisclosureForm } from '../../../shared/disclosure/codes';
import { postedDays, postingPeriod } from '../../../shared/disclosure/compliance';
import { disclosureRecord, formsText } from '../../../shared/disclosure/disclosureRecord';
import type { Disclosure } from '../../../shared/disclosure/schema';
import type { RequestOf } from '../../../shared/contract/index';
import { formatDate, formatNumber } from '../../../shared/util/format';
import { AttachmentField, AttachmentList } from '../../components/Attachments';
import { DateField } from '../../components/DateField';
import { EmptyState } from '../../components/EmptyState';
import { actionsColumn } from '../../components/editColumn';
import { ExportButton } from '../../components/ExportButton';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { FormModal } from '../../components/FormModal';
import { HistoryView } from '../../components/HistoryView';
import { useCall } from '../../components/hooks';
import { useDelete } from '../../components/useDelete';
import { PageHeader } from '../../components/PageHeader';
import { formValuesOf, inputOf } from '../../components/record';
import { SearchBox } from '../../components/SearchBox';
import { Field } from '../../components/Field';
import { callLimits } from '../../components/limits';
import { type RecordFormProps, useRecordForm } from '../../components/useFormSubmit';
import { useEditing } from '../../components/useEditing';
import { ui } from '../../i18n/ui';
import { publicUi } from '../../i18n/publicUi';
import { call } from '../../src/api';
import { navigate } from '../../src/router';
import { selectors, useAppStore } from '../../src/store';
import { foldFilter } from '../mediation/pickers';
import { CATALOG_OPTIONS, CATALOG_SHORT, itemOptions } from './labels';

/** The limits of the form, from the schema the server checks. */
const DISCLOSURE_LIMITS = callLimits('disclosure.create');

const t = publicUi.disclosure;
const L = disclosureRecord.formLabels;
const PAGE = 20;

/** Các lần công khai: search (diacritics ignored), catalog and item filters, paging; add, edit, history, delete. */
export function DisclosuresPage() {
  const isCommune = useAppStore(selectors.isCommune);
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [catalog, setCatalog] = useState<CatalogCode | null>(null);
  const [item, setItem] = useState<number | null>(null);
  const [page, setPage] = useState(1);
  const [history, setHistory] = useState<Disclosure | null>(null);
  const list = useCall('disclosure.list', { search, catalog, item, offset: (page - 1) * PAGE, limit: PAGE });
  const edit = useEditing<Disclosure>(list.reload);

  const deleteRow = useDelete(list.reload);
  const remove = (d: Disclosure) => deleteRow(() => call('disclosure.delete', { id: d.id, version: d.version }));

  return (
    <>
      <PageHeader
        title={t.title}
        extra={
          <>
            <ExportButton input={{ list: 'disclosures', filters: { search, catalog, item, offset: 0, limit: 100 } }} />
            <Button onClick={() => navigate('/disclosure/board')}>{publicUi.board.title}</Button>
            {isCommune ? (
              <Button type="primary" data-testid="add-disclosure" onClick={() => edit.open('new')}>
                {t.add}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <SearchBox
          value={text}
          onChange={setText}
          onSearch={(s) => {
            setSearch(s);
            setPage(1);
          }}
          placeholder={t.search}
          testId="disclosure-search"
          style={{ width: 420 }}
        />
        <Select<CatalogCode>
          allowClear
          aria-label={L.catalog}
          placeholder={t.allCatalogs}
          style={{ width: 260 }}
          value={catalog ?? undefined}
          options={CATALOG_OPTIONS}
          onChange={(v) => {
            setCatalog(v ?? null);
            setItem(null);
            setPage(1);
          }}
        />
        {catalog ? (
          <Select<number>
            allowClear
            aria-label={L.item}
            placeholder={t.allItems}
            style={{ width: 320 }}
            value={item ?? undefined}
            options={itemOptions(catalog)}
            onChange={(v) => {
              setItem(v ?? null);
              setPage(1);
            }}
          />
        ) : null}
      </Flex>
      {list.error ? <FormFailureAlert failure={{ message: list.error, unplaced: [] }} /> : null}
      <div data-testid="disclosures-table">
        <Table<Disclosure>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          locale={{
            emptyText: <EmptyState text={search.trim() || catalog || item ? t.emptySearch : t.empty} />,
          }}
          pagination={{
            current: page,
            pageSize: PAGE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
            showTotal: (n) => `${formatNumber(n)} lần công khai`,
          }}
          columns={[
            { title: L.publishedOn, dataIndex: 'publishedOn', width: 110, render: (d: string) => formatDate(d) },
            {
              title: L.item,
              key: 'item',
              width: 260,
              render: (_: unknown, d) => (
                <>
                  <div>
                    {d.item}. {d.itemLabel}
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {CATALOG_SHORT[d.catalog]}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: L.title,
              dataIndex: 'title',
              render: (title: string, d) => (
                <>
                  <div>{title}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {[d.documentRef, formatDate(d.documentDate)].filter(Boolean).join(' ngày ')}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: L.forms,
              key: 'forms',
              width: 230,
              render: (_: unknown, d) => (
                <>
                  <div>{formsText(d.forms)}</div>
                  {d.forms.includes('niem_yet') && d.postedFrom ? (
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {postingPeriod(d, formatDate)}
                      {postedDays(d) !== null ? ` (${t.postingDays(postedDays(d)!)})` : ''}
                    </Typography.Text>
                  ) : null}
                </>
              ),
            },
            {
              title: L.attachments,
              key: 'attachments',
              width: 150,
              render: (_: unknown, d) => <AttachmentList attachments={d.attachments} size={40} />,
            },
            {
              title: ui.teams.warnings,
              key: 'warnings',
              width: 220,
              render: (_: unknown, d) =>
                d.warnings.length === 0 ? (
                  <Tag color="green">{t.noWarnings}</Tag>
                ) : (
                  <Flex vertical gap={4} align="flex-start">
                    {d.warnings.map((w) => (
                      <Tag
                        key={w.code}
                        color="orange"
                        style={{ whiteSpace: 'normal' }}
                        data-testid="disclosure-warning"
                      >
                        {w.message}
                      </Tag>
                    ))}
                  </Flex>
                ),
            },
            actionsColumn<Disclosure>({
              width: 220,
              lead: (d) => (
                <Button size="small" onClick={() => setHistory(d)}>
                  {t.history}
                </Button>
              ),
              editable: isCommune,
              onEdit: edit.open,
              onDelete: remove,
              what: (d) => t.deleteWhat(d.title),
            }),
          ]}
        />
      </div>
      {edit.form ? <DisclosureForm {...edit.form} /> : null}
      {history ? <DisclosureHistory disclosure={history} onClose={() => setHistory(null)} /> : null}
    </>
  );
}

type DisclosureValues = Partial<RequestOf<'disclosure.create'>>;

/** Add or edit one disclosure; the catalog follows the publication date unless chosen. */
function DisclosureForm({ current: disclosure, onClose, onSaved }: RecordFormProps<Disclosure>) {
  const { form, submit } = useRecordForm<DisclosureValues>(disclosureRecord);
  const catalog = Form.useWatch('catalog', form) ?? disclosure?.catalog ?? 'LUAT10_2022';
  const forms = Form.useWatch('forms', form) ?? disclosure?.forms ?? [];
  return (
    <FormModal<DisclosureValues>
      title={disclosure ? t.editTitle : t.addTitle}
      submit={submit}
      onClose={onClose}
      form={form}
      name="disclosure"
      limits={DISCLOSURE_LIMITS}
      draft={`disclosure:${disclosure?.id ?? 'new'}`}
      initialValues={
        disclosure
          ? formValuesOf(disclosureRecord, disclosure)
          : { catalog: 'LUAT10_2022', forms: ['niem_yet'], attachments: [], noRadioSystem: false }
      }
      onValuesChange={(changed: DisclosureValues) => {
        if (changed.publishedOn && !disclosure) {
          const code = catalogOn(changed.publishedOn).code;
          if (code !== form.getFieldValue('catalog')) form.setFieldsValue({ catalog: code, item: undefined });
        }
        if (changed.catalog) form.setFieldsValue({ item: undefined });
      }}
      onFinish={(v) =>
        void submit.run(async () => {
          const posted = (v.forms ?? []).includes('niem_yet');
          const fields = {
            ...inputOf(disclosureRecord, v),
            catalog: v.catalog ?? catalog,
            item: v.item as number,
            title: v.title ?? '',
            forms: v.forms ?? [],
            publishedOn: v.publishedOn ?? '',
            // Posting dates and place only go with a posting (niêm yết).
            ...(posted ? {} : { postedFrom: null, postedTo: null, place: null }),
          };
          if (disclosure) await call('disclosure.update', { id: disclosure.id, version: disclosure.version, fields });
          else await call('disclosure.create', fields);
          onSaved();
        })
      }
    >
      <Flex gap={16}>
        <Form.Item
          name="publishedOn"
          label={L.publishedOn}
          rules={[{ required: true, message: ui.common.required }]}
          style={{ flex: 1 }}
        >
          <DateField autoFocus />
        </Form.Item>
        <Form.Item name="catalog" label={L.catalog} style={{ flex: 2 }}>
          <Select<CatalogCode> options={CATALOG_OPTIONS} />
        </Form.Item>
      </Flex>
      <Form.Item name="item" label={L.item} rules={[{ required: true, message: ui.common.required }]}>
        <Select<number>
          showSearch={{ filterOption: foldFilter }}
          placeholder={t.itemPlaceholder}
          options={itemOptions(catalog)}
        />
      </Form.Item>
      <Field name="title" label={L.title} rules={[{ required: true, message: ui.common.required }]}>
        <Input />
      </Field>
      <Flex gap={16}>
        <Field name="documentRef" label={L.documentRef} style={{ flex: 1 }}>
          <Input />
        </Field>
        <Form.Item name="documentDate" label={L.documentDate} style={{ flex: 1 }}>
          <DateField />
        </Form.Item>
      </Flex>
      <Form.Item name="forms" label={L.forms} rules={[{ required: true, message: ui.common.required }]}>
        <Checkbox.Group options={DISCLOSURE_FORMS.map((f) => ({ value: f, label: DISCLOSURE_FORM_LABELS[f] }))} />
      </Form.Item>
      {forms.includes('niem_yet') ? (
        <>
          <Flex gap={16}>
            <Form.Item name="postedFrom" label={L.postedFrom} style={{ flex: 1 }}>
              <DateField />
            </Form.Item>
            <Form.Item name="postedTo" label={L.postedTo} style={{ flex: 1 }}>
              <DateField />
            </Form.Item>
          </Flex>
          <Field name="place" label={L.place}>
            <Input />
          </Field>
        </>
      ) : null}
      <Flex gap={16} align="center">
        <Field name="broadcastDays" label={L.broadcastDays} style={{ flex: 1 }}>
          <InputNumber style={{ width: '100%' }} />
        </Field>
        <Form.Item name="noRadioSystem" valuePropName="checked" style={{ flex: 1, marginTop: 24 }}>
          <Checkbox>{L.noRadioSystem}</Checkbox>
        </Form.Item>
      </Flex>
      <Field name="official" label={L.official}>
        <Input />
      </Field>
      <Form.Item name="attachments" label={L.attachments}>
        <AttachmentField label={L.attachments} hint={t.attachHint} />
      </Form.Item>
      <Field name="note" label={L.note}>
        <Input.TextArea rows={2} />
      </Field>
    </FormModal>
  );
}

/** The edit history of one disclosure. */
function DisclosureHistory({ disclosure, onClose }: { disclosure: Disclosure; onClose: () => void }) {
  const history = useCall('disclosure.history', { id: disclosure.id });
  return (
    <Modal open title={t.historyTitle(disclosure.title)} onCancel={onClose} footer={null} width={760} destroyOnHidden>
      {history.data ? (
        <HistoryView entries={history.data} labels={disclosureRecord.labels} formatValue={formatHistoryValue} />
      ) : null}
    </Modal>
  );
}

/** A stored value as the history shows it. */
export function formatHistoryValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  if (field === 'forms' && Array.isArray(value)) return formsText(value as DisclosureForm[]);
  if (field === 'attachments' && Array.isArray(value))
    return (value as AttachmentRef[]).map((a) => a.name).join(', ') || '—';
  if (field === 'votes' && Array.isArray(value)) {
    return (value as { on: string; approving: number; households: number }[])
      .map((v) => `${formatDate(v.on)}: ${formatNumber(v.approving)}/${formatNumber(v.households)} hộ tán thành`)
      .join('; ');
  }
  if ((field === 'reviews' || field === 'statusLog') && Array.isArray(value)) {
    return (value as { on: string; outcome?: string; status?: string }[])
      .map((r) => `${formatDate(r.on)}: ${labelOf(r.outcome ?? r.status ?? '')}`)
      .join('; ');
  }
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function labelOf(code: string): string {
  return (
    (CONVENTION_STATUS_LABELS as Record<string, string>)[code] ??
    (REVIEW_OUTCOME_LABELS as Record<string, string>)[code] ??
    code
  );
}
