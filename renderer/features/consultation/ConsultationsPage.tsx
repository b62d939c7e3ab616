import { Checkbox, Flex, Form, Input, InputNumber, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  CONSULTATION_FORM_LABELS,
  CONSULTATION_MATTER_LABELS,
  type ConsultationMatter,
} from '../../../shared/consultation/codes';
import { consultationFormsText, consultationRecord } from '../../../shared/consultation/consultationRecord';
import type { Consultation } from '../../../shared/consultation/schema';
import type { RequestOf } from '../../../shared/contract/index';
import { formatDate, formatNumber, formatPercent, rate } from '../../../shared/util/format';
import { DateField } from '../../components/DateField';
import { actionsColumn } from '../../components/editColumn';
import { FormModal } from '../../components/FormModal';
import { labelOptions } from '../../components/options';
import { PagedTable } from '../../components/PagedTable';
import { inputOf } from '../../components/record';
import { type RecordFormProps, useRecordForm } from '../../components/useFormSubmit';
import { usePagedSearch } from '../../components/usePagedSearch';
import { peopleUi } from '../../i18n/people';
import { call } from '../../src/api';
import { useRoute } from '../../src/router';
import { selectors, useAppStore } from '../../src/store';
import { CodeFilter, HistoryButton, ListHeader, PAGE_SIZE, usePeopleList } from '../people/parts';

const t = peopleUi.consultations;
const L = consultationRecord.formLabels;

/** Lấy ý kiến Nhân dân: what was put to the people, what was taken in, and whether the result is public. */
export function ConsultationsPage() {
  const isCommune = useAppStore(selectors.isCommune);
  const { text, setText, search, runSearch, page, setPage, refine } = usePagedSearch();
  const [matter, setMatter] = useState<ConsultationMatter | null>(null);
  // The home board links here with ?unpublished=1.
  const { params } = useRoute();
  const [unpublished, setUnpublished] = useState(params.get('unpublished') === '1');
  const filters = { search, matter, unpublished };
  const { list, edit, deleteRow, filtered } = usePeopleList('consultation.list', filters, page);
  return (
    <>
      <ListHeader
        title={t.title}
        intro={t.intro}
        exportInput={{ list: 'consultations', filters }}
        add={isCommune ? { label: t.add, testId: 'add-consultation', onClick: () => edit.open('new') } : null}
        search={{ text, onChange: setText, onSearch: runSearch, placeholder: t.search, testId: 'consultation-search' }}
      >
        <CodeFilter
          value={matter}
          onChange={refine(setMatter)}
          labels={CONSULTATION_MATTER_LABELS}
          all={peopleUi.common.allMatters}
          testId="filter-matter"
        />
        <Checkbox
          checked={unpublished}
          onChange={(e) => refine(setUnpublished)(e.target.checked)}
          data-testid="filter-unpublished"
        >
          {t.unpublishedOnly}
        </Checkbox>
      </ListHeader>
      <PagedTable<Consultation>
        list={list}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        empty={filtered ? t.noMatch : t.empty}
        testId="consultations-table"
        columns={[
          {
            title: `${L.startedOn} – ${L.endedOn}`,
            key: 'period',
            width: 200,
            render: (_: unknown, c) => `${formatDate(c.startedOn)} – ${formatDate(c.endedOn)}`,
          },
          { title: L.title, dataIndex: 'title' },
          { title: t.scope, key: 'scope', width: 150, render: (_: unknown, c) => c.communityName ?? t.wholeCommune },
          {
            title: `${L.accepted} / ${L.opinions}`,
            key: 'opinions',
            width: 170,
            align: 'right',
            render: (_: unknown, c) =>
              `${formatNumber(c.accepted)}/${formatNumber(c.opinions)} (${formatPercent(rate(c.accepted, c.opinions))})`,
          },
          {
            title: L.resultPublishedOn,
            dataIndex: 'resultPublishedOn',
            width: 150,
            render: (d: string | null) => (d ? formatDate(d) : <Tag color="orange">{t.notPublished}</Tag>),
          },
          actionsColumn<Consultation>({
            editable: isCommune,
            width: 260,
            lead: (c) => <HistoryButton call="consultation.history" id={c.id} definition={consultationRecord} />,
            onEdit: edit.open,
            onDelete: (c) => deleteRow(() => call('consultation.delete', { id: c.id, version: c.version })),
            what: (c) => t.deleteWhat(c.title),
          }),
        ]}
        expandable={{
          expandedRowRender: (c) => (
            <Typography.Text>
              {CONSULTATION_MATTER_LABELS[c.matter]} — {consultationFormsText(c.forms)}
            </Typography.Text>
          ),
        }}
      />
      {edit.form ? <ConsultationForm {...edit.form} /> : null}
    </>
  );
}

type ConsultationValues = Partial<RequestOf<'consultation.create'>>;

function ConsultationForm({ current: consultation, onClose, onSaved }: RecordFormProps<Consultation>) {
  const { form, submit } = useRecordForm<ConsultationValues>(consultationRecord);
  const communities = useAppStore(selectors.communities);
  return (
    <FormModal<ConsultationValues>
      title={consultation ? t.editTitle : t.addTitle}
      submit={submit}
      onClose={onClose}
      form={form}
      name="consultation"
      initialValues={
        consultation
          ? inputOf(consultationRecord, consultation)
          : { matter: 'ke_hoach_ktxh', forms: ['hoi_nghi'], opinions: 0, accepted: 0 }
      }
      onFinish={(v) =>
        void submit.run(async () => {
          const fields = {
            ...inputOf(consultationRecord, v),
            title: v.title ?? '',
            startedOn: v.startedOn ?? '',
            endedOn: v.endedOn ?? '',
            communityId: v.communityId ?? null,
          };
          if (consultation)
            await call('consultation.update', { id: consultation.id, version: consultation.version, fields });
          else await call('consultation.create', fields);
          onSaved();
        })
      }
    >
      <Form.Item name="title" label={L.title} rules={[{ required: true }]}>
        <Input.TextArea rows={2} maxLength={500} autoFocus />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item name="startedOn" label={L.startedOn} rules={[{ required: true }]} style={{ flex: 1, minWidth: 180 }}>
          <DateField />
        </Form.Item>
        <Form.Item name="endedOn" label={L.endedOn} rules={[{ required: true }]} style={{ flex: 1, minWidth: 180 }}>
          <DateField />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item name="matter" label={L.matter} rules={[{ required: true }]} style={{ flex: 2, minWidth: 240 }}>
          <Select options={labelOptions(CONSULTATION_MATTER_LABELS)} />
        </Form.Item>
        <Form.Item name="communityId" label={L.communityId} style={{ flex: 1, minWidth: 200 }}>
          <Select
            allowClear
            placeholder={t.wholeCommune}
            options={communities.map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
      </Flex>
      <Form.Item name="forms" label={L.forms} rules={[{ required: true }]}>
        <Checkbox.Group options={labelOptions(CONSULTATION_FORM_LABELS)} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item name="opinions" label={L.opinions} rules={[{ required: true }]} style={{ flex: 1, minWidth: 160 }}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="accepted" label={L.accepted} rules={[{ required: true }]} style={{ flex: 1, minWidth: 160 }}>
          <InputNumber min={0} style={{ width: '100%' }} />
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
