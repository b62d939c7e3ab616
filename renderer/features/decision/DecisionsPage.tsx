import { Alert, Flex, Form, Input, InputNumber, Radio, Select, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { RequestOf } from '../../../shared/contract/index';
import {
  DECISION_FORM_LABELS,
  DECISION_MATTER_LABELS,
  DECISION_OUTCOME_LABELS,
  type DecisionMatter,
  type DecisionOutcome,
} from '../../../shared/decision/codes';
import { decisionRecord } from '../../../shared/decision/decisionRecord';
import { householdOutcome, outcomeReason } from '../../../shared/decision/outcome';
import type { CommunityDecision } from '../../../shared/decision/schema';
import { formatDate, formatNumber } from '../../../shared/util/format';
import { DateField } from '../../components/DateField';
import { actionsColumn } from '../../components/editColumn';
import { FormModal } from '../../components/FormModal';
import { defaultCommunity, rememberCommunity } from '../../components/lastCommunity';
import { labelOptions } from '../../components/options';
import { PagedTable } from '../../components/PagedTable';
import { inputOf } from '../../components/record';
import { type RecordFormProps, useRecordForm } from '../../components/useFormSubmit';
import { usePagedSearch } from '../../components/usePagedSearch';
import { peopleUi } from '../../i18n/people';
import { call } from '../../src/api';
import { selectors, useAppStore } from '../../src/store';
import { CodeFilter, HistoryButton, ListHeader, PAGE_SIZE, usePeopleList } from '../people/parts';

const t = peopleUi.decisions;
const L = decisionRecord.formLabels;

const OUTCOME_COLORS: Record<DecisionOutcome, string> = {
  thong_qua: 'green',
  khong_thong_qua: 'red',
  khong_du_nguoi: 'orange',
};

/** Nhân dân bàn và quyết định: what each thôn decided, with the outcome derived from the households. */
export function DecisionsPage() {
  const isCommune = useAppStore(selectors.isCommune);
  const communities = useAppStore(selectors.communities);
  const { text, setText, search, runSearch, page, setPage, refine } = usePagedSearch();
  const [communityId, setCommunityId] = useState<string | null>(null);
  const [matter, setMatter] = useState<DecisionMatter | null>(null);
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  const filters = { search, communityId, matter, outcome };
  const { list, edit, deleteRow, filtered } = usePeopleList('decision.list', filters, page);
  return (
    <>
      <ListHeader
        title={t.title}
        intro={t.intro}
        exportInput={{ list: 'decisions', filters }}
        add={isCommune ? { label: t.add, testId: 'add-decision', onClick: () => edit.open('new') } : null}
        search={{ text, onChange: setText, onSearch: runSearch, placeholder: t.search, testId: 'decision-search' }}
      >
        <Select<string>
          style={{ minWidth: 200 }}
          value={communityId ?? ''}
          onChange={(v) => refine(setCommunityId)(v === '' ? null : v)}
          options={[
            { value: '', label: peopleUi.common.allCommunities },
            ...communities.map((c) => ({ value: c.id, label: c.name })),
          ]}
          data-testid="filter-community"
        />
        <CodeFilter
          value={matter}
          onChange={refine(setMatter)}
          labels={DECISION_MATTER_LABELS}
          all={peopleUi.common.allMatters}
          testId="filter-matter"
        />
        <CodeFilter
          value={outcome}
          onChange={refine(setOutcome)}
          labels={DECISION_OUTCOME_LABELS}
          all={t.allOutcomes}
          testId="filter-outcome"
          minWidth={180}
        />
      </ListHeader>
      <PagedTable<CommunityDecision>
        list={list}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        empty={filtered ? t.noMatch : t.empty}
        testId="decisions-table"
        columns={[
          { title: L.heldOn, dataIndex: 'heldOn', width: 110, render: (d: string) => formatDate(d) },
          { title: L.communityId, dataIndex: 'communityName', width: 160 },
          { title: L.title, dataIndex: 'title' },
          {
            title: L.matter,
            dataIndex: 'matter',
            width: 200,
            render: (m: DecisionMatter) => DECISION_MATTER_LABELS[m],
          },
          {
            title: decisionRecord.labels.householdsApproving,
            key: 'counts',
            width: 120,
            align: 'right',
            render: (_: unknown, d) => `${formatNumber(d.householdsApproving)}/${formatNumber(d.households)}`,
          },
          {
            title: t.outcome,
            dataIndex: 'outcome',
            width: 170,
            render: (o: DecisionOutcome) => (
              <Tag color={OUTCOME_COLORS[o]} data-testid="decision-outcome">
                {DECISION_OUTCOME_LABELS[o]}
              </Tag>
            ),
          },
          actionsColumn<CommunityDecision>({
            editable: isCommune,
            width: 260,
            lead: (d) => <HistoryButton call="decision.history" id={d.id} definition={decisionRecord} />,
            onEdit: edit.open,
            onDelete: (d) => deleteRow(() => call('decision.delete', { id: d.id, version: d.version })),
            what: (d) => t.deleteWhat(d.title),
          }),
        ]}
      />
      {edit.form ? <DecisionForm {...edit.form} /> : null}
    </>
  );
}

type DecisionValues = Partial<RequestOf<'decision.create'>>;

/** The outcome as the clerk types the counts, and why ("cần trên 60 hộ tán thành"). */
function LiveOutcome({ values }: { values: DecisionValues }) {
  const { households, householdsParticipating, householdsApproving, form } = values;
  if (!households || householdsParticipating == null || householdsApproving == null || !form) return null;
  const count = { form, households, participating: householdsParticipating, approving: householdsApproving };
  const o = householdOutcome(count);
  const type = o.outcome === 'thong_qua' ? 'success' : o.outcome === 'khong_du_nguoi' ? 'warning' : 'error';
  return (
    <Alert
      type={type}
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="decision-live-outcome"
      title={`${t.outcomeLive}: ${DECISION_OUTCOME_LABELS[o.outcome]}`}
      description={outcomeReason(count, o)}
    />
  );
}

function DecisionForm({ current: decision, onClose, onSaved }: RecordFormProps<CommunityDecision>) {
  const { form, submit } = useRecordForm<DecisionValues>(decisionRecord);
  const communities = useAppStore(selectors.communities);
  const values = (Form.useWatch([], form) ?? {}) as DecisionValues;
  const community = communities.find((c) => c.id === values.communityId);
  const suggested = decision ? undefined : defaultCommunity(communities.map((c) => c.id));

  // A new decision starts on the last thôn used, with its households from the list of thôn.
  useEffect(() => {
    if (!suggested || form.getFieldValue('communityId')) return;
    form.setFieldValue('communityId', suggested);
    const households = communities.find((c) => c.id === suggested)?.households;
    if (households) form.setFieldValue('households', households);
  }, [suggested, form, communities]);

  return (
    <FormModal<DecisionValues>
      title={decision ? t.editTitle : t.addTitle}
      submit={submit}
      onClose={onClose}
      form={form}
      name="decision"
      initialValues={
        decision ? inputOf(decisionRecord, decision) : { form: 'hoi_nghi', matter: 'cong_trinh_cong_cong' }
      }
      onValuesChange={(changed: DecisionValues) => {
        if (!changed.communityId || decision) return;
        const households = communities.find((c) => c.id === changed.communityId)?.households;
        if (households) form.setFieldValue('households', households);
      }}
      onFinish={(v) =>
        void submit.run(async () => {
          const fields = { ...inputOf(decisionRecord, v), communityId: v.communityId ?? '', title: v.title ?? '' };
          rememberCommunity(fields.communityId);
          if (decision) await call('decision.update', { id: decision.id, version: decision.version, fields });
          else await call('decision.create', fields);
          onSaved();
        })
      }
    >
      <Flex gap={16} wrap>
        <Form.Item
          name="communityId"
          label={L.communityId}
          rules={[{ required: true }]}
          style={{ flex: 1, minWidth: 200 }}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={communities.map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <Form.Item name="heldOn" label={L.heldOn} rules={[{ required: true }]} style={{ flex: 1, minWidth: 200 }}>
          <DateField autoFocus />
        </Form.Item>
      </Flex>
      <Form.Item name="title" label={L.title} rules={[{ required: true }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name="matter" label={L.matter} rules={[{ required: true }]}>
        <Select options={labelOptions(DECISION_MATTER_LABELS)} />
      </Form.Item>
      <Form.Item name="form" label={L.form} rules={[{ required: true }]}>
        <Radio.Group options={labelOptions(DECISION_FORM_LABELS)} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item
          name="households"
          label={L.households}
          rules={[{ required: true }]}
          extra={community?.households ? t.householdsFromCommunity(community.households) : undefined}
          style={{ flex: 1, minWidth: 160 }}
        >
          <InputNumber min={1} max={100_000} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="householdsParticipating"
          label={L.householdsParticipating}
          rules={[{ required: true }]}
          style={{ flex: 1, minWidth: 160 }}
        >
          <InputNumber min={0} max={100_000} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="householdsApproving"
          label={L.householdsApproving}
          rules={[{ required: true }]}
          style={{ flex: 1, minWidth: 160 }}
        >
          <InputNumber min={0} max={100_000} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <LiveOutcome values={values} />
      <Flex gap={16} wrap>
        <Form.Item name="decisionRef" label={L.decisionRef} style={{ flex: 1, minWidth: 200 }}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="resultPublishedOn" label={L.resultPublishedOn} style={{ flex: 1, minWidth: 200 }}>
          <DateField />
        </Form.Item>
      </Flex>
      <Form.Item name="note" label={L.note}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
