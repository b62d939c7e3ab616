import { Alert, Button, Flex, Form, Input, Radio, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { CONVENTION_TYPE_LABELS, type ConventionStatus } from '../../../shared/convention/codes';
import type { RequestOf } from '../../../shared/contract/index';
import { conventionRecord } from '../../../shared/convention/conventionRecord';
import type { Convention } from '../../../shared/convention/schema';
import { todayIso } from '../../../shared/util/dates';
import { formatDate } from '../../../shared/util/format';
import { AttachmentField } from '../../components/Attachments';
import { EmptyState } from '../../components/EmptyState';
import { ExportButton } from '../../components/ExportButton';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { FormModal } from '../../components/FormModal';
import { useCall } from '../../components/hooks';
import { labelOptions } from '../../components/options';
import { PageHeader } from '../../components/PageHeader';
import { conventionStatus, effectiveFrom } from './statusText';
import { formValuesOf, inputOf } from '../../components/record';
import { SearchBox } from '../../components/SearchBox';
import { useFormSubmit } from '../../components/useFormSubmit';
import { Field } from '../../components/Field';
import { callLimits } from '../../components/limits';
import { ui } from '../../i18n/ui';
import { publicUi } from '../../i18n/publicUi';
import { call } from '../../src/api';
import { navigate } from '../../src/router';
import { selectors, useAppStore } from '../../src/store';
import { CommunityPicker } from '../mediation/pickers';

/** The limits of the form, from the schema the server checks. */
const CONVENTION_LIMITS = callLimits('convention.create');

const t = publicUi.convention;
const C = conventionRecord.formLabels;

/** Tag colours of the convention statuses. */
export const CONVENTION_STATUS_COLORS: Record<ConventionStatus, string> = {
  soan_thao: 'default',
  lay_y_kien: 'blue',
  da_thong_qua: 'cyan',
  da_cong_nhan: 'green',
  tam_ngung: 'orange',
  bai_bo: 'red',
};

/** Hương ước, quy ước: the coverage of communities, then every convention and version. */
export function ConventionsPage() {
  const isCommune = useAppStore(selectors.isCommune);
  const refreshCommunities = useAppStore(selectors.refreshCommunities);
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const list = useCall('convention.list', { search, limit: 500 });
  const today = todayIso();
  const coverage = useCall('convention.coverage', { on: today });

  useEffect(() => {
    void refreshCommunities().catch(() => undefined);
  }, [refreshCommunities]);

  const missing = coverage.data?.rows.filter((r) => !r.inForce) ?? [];
  return (
    <>
      <PageHeader
        title={t.title}
        extra={
          <>
            <ExportButton input={{ list: 'conventions', search }} />
            <Button data-testid="print-conventions" onClick={() => navigate(`/print/conventions?on=${todayIso()}`)}>
              {t.print}
            </Button>
            {isCommune ? (
              <Button type="primary" data-testid="add-convention" onClick={() => setAdding(true)}>
                {t.add}
              </Button>
            ) : null}
          </>
        }
      />
      {coverage.data ? (
        <Alert
          data-testid="convention-coverage"
          style={{ marginBottom: 12 }}
          type={missing.length === 0 ? 'success' : 'warning'}
          showIcon
          title={t.coverageSummary(coverage.data.withConvention, coverage.data.communities)}
          description={
            missing.length === 0 ? (
              t.coverageAll
            ) : (
              <>
                {t.coverage}: {missing.map((r) => r.communityName).join(', ')}
              </>
            )
          }
        />
      ) : null}
      <Flex gap={8} style={{ marginBottom: 12 }}>
        <SearchBox
          value={text}
          onChange={setText}
          onSearch={setSearch}
          placeholder={ui.common.search}
          testId="convention-search"
          style={{ width: 420 }}
        />
      </Flex>
      {list.error ? <FormFailureAlert failure={{ message: list.error, unplaced: [] }} /> : null}
      <div data-testid="conventions-table">
        <Table<Convention>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: <EmptyState text={search.trim() ? t.emptySearch : t.empty} /> }}
          onRow={(c) => ({ onDoubleClick: () => navigate(`/conventions/${c.id}`) })}
          columns={[
            { title: C.communityId, dataIndex: 'communityName', width: 200 },
            {
              title: C.title,
              key: 'title',
              render: (_: unknown, c) => (
                <>
                  <div>{c.title}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {CONVENTION_TYPE_LABELS[c.type]} · {t.versionNo(c.versionNo)}
                    {c.decisionRef ? ` · ${c.decisionRef} ngày ${formatDate(c.recognizedOn)}` : ''}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: C.status,
              key: 'status',
              width: 240,
              render: (_: unknown, c) => (
                <Flex vertical gap={2} align="flex-start">
                  <Tag color={CONVENTION_STATUS_COLORS[c.status]} data-testid="convention-status">
                    {conventionStatus(c, today).label}
                  </Tag>
                  {c.supersededById ? <Tag>{t.supersededBy}</Tag> : null}
                  {c.warnings.map((w) => (
                    <Tag key={w.code} color="orange" style={{ whiteSpace: 'normal' }}>
                      {w.message}
                    </Tag>
                  ))}
                </Flex>
              ),
            },
            {
              title: C.statusOn,
              key: 'since',
              width: 130,
              render: (_: unknown, c) => formatDate(c.status === 'da_cong_nhan' ? effectiveFrom(c) : c.statusOn),
            },
            {
              title: ui.common.actions,
              key: 'actions',
              width: 100,
              render: (_: unknown, c) => (
                <Button size="small" onClick={() => navigate(`/conventions/${c.id}`)}>
                  {t.open}
                </Button>
              ),
            },
          ]}
        />
      </div>
      {adding ? (
        <ConventionForm
          convention={null}
          onClose={() => setAdding(false)}
          onSaved={(c) => {
            setAdding(false);
            navigate(`/conventions/${c.id}`);
          }}
        />
      ) : null}
    </>
  );
}

type ConventionValues = Partial<RequestOf<'convention.create'>>;

/** Add a convention (in drafting) or edit its descriptive fields. */
export function ConventionForm({
  convention,
  onClose,
  onSaved,
}: {
  convention: Convention | null;
  onClose: () => void;
  onSaved: (c: Convention) => void;
}) {
  const [form] = Form.useForm<ConventionValues>();
  const submit = useFormSubmit(form, conventionRecord.labels);
  return (
    <FormModal
      title={convention ? t.editTitle : t.addTitle}
      submit={submit}
      onClose={onClose}
      form={form}
      name="convention"
      limits={CONVENTION_LIMITS}
      draft={`convention:${convention?.id ?? 'new'}`}
      initialValues={convention ? formValuesOf(conventionRecord, convention) : { type: 'huong_uoc', attachments: [] }}
      onFinish={(v) =>
        void submit.run(async () => {
          const fields = {
            ...inputOf(conventionRecord, v),
            communityId: v.communityId ?? '',
            type: v.type ?? 'huong_uoc',
            title: v.title ?? '',
          };
          const saved = convention
            ? await call('convention.update', { id: convention.id, version: convention.version, fields })
            : await call('convention.create', fields);
          onSaved(saved);
        })
      }
    >
      <Form.Item name="communityId" label={C.communityId} rules={[{ required: true, message: ui.common.required }]}>
        <CommunityPicker autoFocus disabled={Boolean(convention?.supersedesId)} />
      </Form.Item>
      <Form.Item name="type" label={C.type}>
        <Radio.Group options={labelOptions(CONVENTION_TYPE_LABELS)} />
      </Form.Item>
      <Field name="title" label={C.title} rules={[{ required: true, message: ui.common.required }]}>
        <Input />
      </Field>
      <Field name="draftingTeam" label={C.draftingTeam}>
        <Input.TextArea rows={2} />
      </Field>
      <Form.Item name="content" label={C.content}>
        <Input.TextArea rows={4} />
      </Form.Item>
      <Field name="signatories" label={C.signatories}>
        <Input.TextArea rows={2} />
      </Field>
      <Field name="officer" label={C.officer}>
        <Input />
      </Field>
      <Form.Item name="attachments" label={C.attachments}>
        <AttachmentField label={C.attachments} />
      </Form.Item>
      <Field name="note" label={C.note}>
        <Input.TextArea rows={2} />
      </Field>
    </FormModal>
  );
}
