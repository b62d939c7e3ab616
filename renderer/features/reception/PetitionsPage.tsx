import {
  Alert,
  App,
  Button,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Tag,
} from 'antd';
import { useEffect, useState } from 'react';
import { CONTENT_LABELS, HANDLING_LABELS, PETITION_STATUS_LABELS } from '../../../shared/i18n/vi';
import { deadlineState } from '../../../shared/reception/deadlines';
import type { Content, PetitionHandling, PetitionStatus } from '../../../shared/reception/codes';
import type { RequestOf } from '../../../shared/contract/index';
import { identityFields } from '../../../shared/reception/identity';
import { petitionRecord } from '../../../shared/reception/petitionRecord';
import type { Petition } from '../../../shared/reception/schema';
import { todayIso } from '../../../shared/util/dates';
import { formatDate, formatNumber } from '../../../shared/util/format';
import { DateField } from '../../components/DateField';
import { actionsColumn } from '../../components/editColumn';
import { ExportButton } from '../../components/ExportButton';
import { errorText } from '../../components/errors';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { FormModal } from '../../components/FormModal';
import { HistoryView } from '../../components/HistoryView';
import { useCall } from '../../components/hooks';
import { useDelete } from '../../components/useDelete';
import { labelOptions } from '../../components/options';
import { PageHeader } from '../../components/PageHeader';
import { inputOf } from '../../components/record';
import { PagedTable } from '../../components/PagedTable';
import { SearchBox } from '../../components/SearchBox';
import { usePagedSearch } from '../../components/usePagedSearch';
import { Field } from '../../components/Field';
import { callLimits } from '../../components/limits';
import { type RecordFormProps, useRecordForm } from '../../components/useFormSubmit';
import { useEditing } from '../../components/useEditing';
import { ui } from '../../i18n/ui';
import { limitsUi } from '../../i18n/limits';
import { call } from '../../src/api';
import { navigate, useRoute } from '../../src/router';
import { selectors, useAppStore } from '../../src/store';
import { DeadlineBoard } from './DeadlineBoard';
import { ContentFilter, formatReceptionValue, PAGE_SIZE, PersonCell, PersonOrSecret } from './shared';
import { petitionFromVisit, type PetitionFromVisit } from './petitionFromVisit';
import { RECEPTION_TEXT } from './text';

/** The limits of the form, from the schema the server checks. */
const PETITION_LIMITS = callLimits('reception.createPetition');

const t = ui.reception.petitions;
const L = petitionRecord.formLabels;

/** Đơn thư: petitions with their legal deadlines and the "sắp đến hạn / quá hạn" board. */
export function PetitionsPage() {
  const { message } = App.useApp();
  const isCommune = useAppStore(selectors.isCommune);
  const { text, setText, search, runSearch, page, setPage, refine } = usePagedSearch();
  const [content, setContent] = useState<Content | null>(null);
  const [status, setStatus] = useState<PetitionStatus | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const fromVisit = useFromVisit(isCommune);
  const board = useCall('reception.deadlines', {});
  const list = useCall('reception.listPetitions', {
    search,
    content,
    status,
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });
  const reload = () => {
    list.reload();
    board.reload();
  };
  const edit = useEditing<Petition>(reload);

  async function editRow(p: Petition) {
    try {
      edit.open(await call('reception.getPetition', { id: p.id }));
    } catch (e) {
      void message.error(errorText(e));
    }
  }

  const deleteRow = useDelete(reload);
  const remove = (p: Petition) => deleteRow(() => call('reception.deletePetition', { id: p.id, version: p.version }));

  const today = todayIso();
  return (
    <>
      <PageHeader
        title={t.title}
        subtitle={ui.reception.visits.masked}
        extra={
          <>
            <ExportButton input={{ list: 'petitions', filters: { search, content, status } }} />
            {isCommune ? (
              <Button type="primary" data-testid="add-petition" onClick={() => edit.open('new')}>
                {t.add}
              </Button>
            ) : null}
          </>
        }
      />
      <DeadlineBoard items={board.data ?? []} onOpen={setViewing} />
      <Flex gap={12} wrap style={{ marginBottom: 12 }}>
        <SearchBox
          value={text}
          onChange={setText}
          onSearch={runSearch}
          placeholder={t.search}
          testId="petition-search"
          style={{ maxWidth: 360 }}
        />
        <ContentFilter value={content} onChange={refine(setContent)} />
        <Select<PetitionStatus | ''>
          style={{ minWidth: 200 }}
          value={status ?? ''}
          onChange={refine((v: PetitionStatus | '') => setStatus(v === '' ? null : v))}
          options={[{ value: '', label: t.allStatuses }, ...labelOptions(PETITION_STATUS_LABELS)]}
        />
      </Flex>
      <PagedTable<Petition>
        list={list}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        empty={t.empty}
        noMatch={t.emptySearch}
        filtered={Boolean(search.trim() || content || status)}
        testId="petitions-table"
        columns={[
          { title: L.receivedOn, dataIndex: 'receivedOn', width: 110, render: (d: string) => formatDate(d) },
          { title: L.content, dataIndex: 'content', render: (c: Content) => CONTENT_LABELS[c] },
          {
            title: t.petitioner,
            key: 'petitioner',
            render: (_: unknown, p) => <PersonCell content={p.content} name={p.petitionerName} />,
          },
          { title: L.summary, dataIndex: 'summary' },
          { title: L.handling, dataIndex: 'handling', render: (h: PetitionHandling) => HANDLING_LABELS[h] },
          {
            title: L.status,
            dataIndex: 'status',
            render: (s: PetitionStatus | null) => (s ? PETITION_STATUS_LABELS[s] : ''),
          },
          {
            title: t.deadline,
            key: 'deadline',
            width: 170,
            render: (_: unknown, p) => <DeadlineCell petition={p} today={today} />,
          },
          actionsColumn<Petition>({
            width: 210,
            lead: (p) => (
              <Button size="small" data-testid="open-petition" onClick={() => setViewing(p.id)}>
                {t.open}
              </Button>
            ),
            editable: isCommune,
            editTestId: 'edit-petition',
            onEdit: (p) => void editRow(p),
            onDelete: remove,
            what: (p) => t.deleteWhat(formatDate(p.receivedOn)),
          }),
        ]}
      />
      {edit.form ? <PetitionForm {...edit.form} /> : null}
      {viewing ? <PetitionView id={viewing} onClose={() => setViewing(null)} /> : null}
      {fromVisit ? (
        <PetitionForm
          current={null}
          fromVisit={fromVisit}
          onClose={() => navigate('/reception/petitions')}
          onSaved={() => {
            navigate('/reception/petitions');
            reload();
          }}
        />
      ) : null}
    </>
  );
}

/** The visit named by `?fromVisit=ID` (from the visit's "Lập đơn" button), as the new petition's values. */
function useFromVisit(isCommune: boolean): (PetitionFromVisit & { visitId: string }) | null {
  const { message } = App.useApp();
  const visitId = useRoute().params.get('fromVisit');
  const [values, setValues] = useState<(PetitionFromVisit & { visitId: string }) | null>(null);
  useEffect(() => {
    if (!visitId || !isCommune) return;
    let live = true;
    call('reception.getVisit', { id: visitId }).then(
      (v) => live && setValues({ ...petitionFromVisit(v), visitId }),
      (e: unknown) => live && void message.error(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [visitId, isCommune, message]);
  // Values of an earlier visit (or of none, once the form closed) are not this address's.
  return values && values.visitId === visitId ? values : null;
}

function DeadlineCell({ petition, today }: { petition: Petition; today: string }) {
  const d = petition.resolveDeadline;
  if (!d || petition.handling !== 'thu_ly') return null;
  const pending = petition.status === 'dang_giai_quyet';
  const state = pending ? deadlineState(d.due, today) : 'con_han';
  return (
    <Flex gap={6} align="center" wrap>
      <span>{formatDate(d.due)}</span>
      {state === 'qua_han' ? <Tag color="red">{t.overdue}</Tag> : null}
      {state === 'sap_den_han' ? <Tag color="gold">{t.dueSoon}</Tag> : null}
      {d.fromKind === 'acceptDeadline' ? <Tag>{t.noAcceptedOn}</Tag> : null}
    </Flex>
  );
}

type PetitionValues = Partial<RequestOf<'reception.createPetition'>>;

function PetitionForm({
  current: petition,
  fromVisit,
  onClose,
  onSaved,
}: RecordFormProps<Petition> & {
  /** A new petition started from a reception visit, with what the visit carried over. */
  fromVisit?: PetitionFromVisit & { visitId: string };
}) {
  const { form, submit } = useRecordForm<PetitionValues>(petitionRecord);
  const content = Form.useWatch('content', form);
  const summaryText = Form.useWatch('summary', form);
  const handling = Form.useWatch('handling', form);
  const status = Form.useWatch('status', form);
  const complex = Form.useWatch('complex', form);
  const especiallyComplex = Form.useWatch('especiallyComplex', form);
  const denunciation = content === 'to_cao';
  const maxExtensions = especiallyComplex ? 2 : complex ? 1 : 0;
  const accepted = handling === 'thu_ly';
  const finished = accepted && (status === 'da_giai_quyet' || status === 'rut_don');
  return (
    <FormModal
      title={petition ? t.editTitle : fromVisit ? RECEPTION_TEXT.fromVisitTitle : t.addTitle}
      submit={submit}
      onClose={onClose}
      form={form}
      name="petition"
      limits={PETITION_LIMITS}
      draft={`petition:${petition?.id ?? (fromVisit ? `visit:${fromVisit.visitId}` : 'new')}`}
      initialValues={
        petition
          ? { ...inputOf(petitionRecord, petition), round: petition.round === 2 ? 2 : 1 }
          : (fromVisit ?? {
              receivedOn: todayIso(),
              inCompetence: true,
              handling: 'thu_ly',
              status: 'dang_giai_quyet',
              round: 1,
              extensions: 0,
            })
      }
      onFinish={(v) =>
        void submit.run(async () => {
          const isKn = v.content === 'khieu_nai';
          const denouncing = v.content === 'to_cao';
          const fields = {
            ...inputOf(petitionRecord, v),
            receivedOn: v.receivedOn ?? '',
            summary: v.summary ?? '',
            status: v.handling === 'thu_ly' ? (v.status ?? 'dang_giai_quyet') : null,
            acceptedOn: v.handling === 'thu_ly' ? (v.acceptedOn ?? null) : null,
            resolvedOn: finished ? (v.resolvedOn ?? null) : null,
            especiallyComplex: denouncing ? (v.especiallyComplex ?? false) : false,
            multiplePlaces: denouncing ? (v.multiplePlaces ?? false) : false,
            round: isKn ? (v.round ?? 1) : 1,
            extensions: denouncing ? (v.extensions ?? 0) : 0,
            // A denouncer's identity is never sent (domain.md §C.5).
            ...(denunciation ? Object.fromEntries(identityFields(petitionRecord.stored).map((f) => [f, null])) : {}),
            secretRef: denunciation ? (v.secretRef ?? null) : null,
            ...(v.summaryChecked ? { summaryChecked: true } : {}),
          };
          if (petition) await call('reception.updatePetition', { id: petition.id, version: petition.version, fields });
          else await call('reception.createPetition', fields);
          onSaved();
        })
      }
    >
      {fromVisit ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="from-visit-notice"
          title={fromVisit.content === 'to_cao' ? RECEPTION_TEXT.fromVisitDenunciation : RECEPTION_TEXT.fromVisitIntro}
        />
      ) : null}
      <Form.Item name="receivedOn" label={L.receivedOn} rules={[{ required: true }]}>
        <DateField autoFocus />
      </Form.Item>
      <Form.Item name="content" label={L.content} rules={[{ required: true }]}>
        <Radio.Group options={labelOptions(CONTENT_LABELS)} />
      </Form.Item>
      <PersonOrSecret
        denunciation={denunciation}
        fields={{ name: 'petitionerName', address: 'petitionerAddress', idNumber: 'petitionerIdNumber' }}
        labels={L}
        summary={summaryText}
      />
      <Form.Item name="inCompetence" valuePropName="checked">
        <Checkbox>{L.inCompetence}</Checkbox>
      </Form.Item>
      <Form.Item name="handling" label={L.handling} rules={[{ required: true }]}>
        <Radio.Group options={labelOptions(HANDLING_LABELS)} />
      </Form.Item>
      {accepted ? (
        <Flex gap={16} wrap>
          <Form.Item name="acceptedOn" label={L.acceptedOn} extra={t.acceptedOnHelp} style={{ flex: 1, minWidth: 200 }}>
            <DateField />
          </Form.Item>
          <Form.Item name="status" label={L.status} style={{ flex: 1, minWidth: 200 }}>
            <Select options={labelOptions(PETITION_STATUS_LABELS)} />
          </Form.Item>
          {finished ? (
            <Form.Item name="resolvedOn" label={L.resolvedOn} rules={[{ required: true }]} style={{ flex: 1 }}>
              <DateField />
            </Form.Item>
          ) : null}
        </Flex>
      ) : null}
      <Flex gap={24} wrap>
        <Form.Item name="complex" valuePropName="checked">
          <Checkbox>{L.complex}</Checkbox>
        </Form.Item>
        {denunciation ? (
          <Form.Item name="especiallyComplex" valuePropName="checked">
            <Checkbox>{L.especiallyComplex}</Checkbox>
          </Form.Item>
        ) : null}
        <Form.Item name="remoteArea" valuePropName="checked">
          <Checkbox>{L.remoteArea}</Checkbox>
        </Form.Item>
        {denunciation ? (
          <Form.Item name="multiplePlaces" valuePropName="checked">
            <Checkbox>{L.multiplePlaces}</Checkbox>
          </Form.Item>
        ) : null}
      </Flex>
      {content === 'khieu_nai' ? (
        <Form.Item name="round" label={L.round}>
          <Radio.Group options={[1, 2].map((n) => ({ value: n, label: t.roundOptions[n] ?? '' }))} />
        </Form.Item>
      ) : null}
      {denunciation ? (
        <Field
          name="extensions"
          label={L.extensions}
          extra={t.extensionsHelp(maxExtensions)}
          dependencies={['complex', 'especiallyComplex']}
          rules={[
            {
              validator: (_rule, v: unknown) =>
                typeof v === 'number' && v > maxExtensions
                  ? Promise.reject(new Error(limitsUi.atMost(maxExtensions)))
                  : Promise.resolve(),
            },
          ]}
        >
          <InputNumber />
        </Field>
      ) : null}
      {handling === 'chuyen_don' ? (
        <Field name="forwardedTo" label={L.forwardedTo}>
          <Input />
        </Field>
      ) : null}
      <Field name="resolution" label={L.resolution}>
        <Input.TextArea rows={2} />
      </Field>
      <Field name="note" label={L.note}>
        <Input.TextArea rows={2} />
      </Field>
    </FormModal>
  );
}

const PETITION_FIELDS = [
  'receivedOn',
  'content',
  'petitionerName',
  'petitionerAddress',
  'petitionerIdNumber',
  'secretRef',
  'summary',
  'inCompetence',
  'handling',
  'status',
  'acceptedOn',
  'resolvedOn',
  'complex',
  'especiallyComplex',
  'remoteArea',
  'multiplePlaces',
  'round',
  'extensions',
  'forwardedTo',
  'resolution',
  'note',
] as const;

const DENUNCIATION_ONLY = new Set(['secretRef', 'especiallyComplex', 'multiplePlaces', 'extensions']);

/** Whether the opened petition shows a field: a denunciation has no petitioner, only it has levels and extensions. */
function shownFor(field: (typeof PETITION_FIELDS)[number], p: Petition): boolean {
  if (p.content === 'to_cao') return !field.startsWith('petitioner') && field !== 'round';
  if (field === 'round') return p.content === 'khieu_nai';
  return !DENUNCIATION_ONLY.has(field);
}

function deadlineText(d: Petition['resolveDeadline']): string {
  if (!d) return ui.common.none;
  const unit = t.dayType[d.dayType] ?? '';
  const from = t.countedFrom[d.fromKind](formatDate(d.from));
  return `${formatDate(d.due)} (${formatNumber(d.days)} ${unit}, ${from})`;
}

/**
 * How a deadline was counted, for the clerk to check by hand: the rule and its legal source, and
 * the days not counted — weekends as a number, every holiday and make-up day by date and name.
 */
function DeadlineDetail({ deadline: d }: { deadline: NonNullable<Petition['resolveDeadline']> }) {
  const weekends = d.skipped.filter((s) => s.kind === 'weekend').length;
  const holidays = d.skipped.filter((s) => s.kind !== 'weekend');
  const parts = [
    ...(weekends > 0 ? [t.skippedWeekends(formatNumber(weekends))] : []),
    ...holidays.map((h) => `${formatDate(h.date)} (${h.reason})`),
  ];
  return (
    <Flex vertical gap={2} data-testid="deadline-detail">
      <span>
        {t.deadlineRule}: {d.legalRef}
        {d.unconfirmed ? ` (${t.unconfirmed})` : ''}
      </span>
      <span>
        {t.skippedDays}: {parts.length > 0 ? parts.join('; ') : t.skippedNone}
        {d.calendarUnconfirmed ? ` (${t.calendarUnconfirmed})` : ''}
      </span>
    </Flex>
  );
}

/** The opened petition: every field, its deadlines and its edit history. */
function PetitionView({ id, onClose }: { id: string; onClose: () => void }) {
  const petition = useCall('reception.getPetition', { id });
  const history = useCall('reception.petitionHistory', { id });
  const p = petition.data;
  return (
    <Modal open title={t.viewTitle} onCancel={onClose} footer={null} width={760} destroyOnHidden>
      {petition.error ? <FormFailureAlert failure={{ message: petition.error, unplaced: [] }} /> : null}
      {p?.lateAcceptance ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t.lateAcceptance} />
      ) : null}
      {p ? (
        <Descriptions column={1} bordered size="small" data-testid="petition-view">
          {PETITION_FIELDS.filter((f) => shownFor(f, p)).map((f) => (
            <Descriptions.Item key={f} label={L[f]}>
              {formatReceptionValue(petitionRecord, f, p[f])}
            </Descriptions.Item>
          ))}
          {p.acceptDeadline ? (
            <Descriptions.Item label={t.acceptDeadline}>
              {deadlineText(p.acceptDeadline)}
              <DeadlineDetail deadline={p.acceptDeadline} />
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t.deadline}>
            <span data-testid="resolve-deadline">{deadlineText(p.resolveDeadline)}</span>
            {p.resolveDeadline ? <DeadlineDetail deadline={p.resolveDeadline} /> : null}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      <h4 style={{ marginTop: 16 }}>{t.history}</h4>
      {history.data ? (
        <HistoryView
          entries={history.data}
          labels={{ ...petitionRecord.labels, receivedOn: petitionRecord.formLabels.receivedOn }}
          formatValue={(f, v) => formatReceptionValue(petitionRecord, f, v)}
          fieldOrder={PETITION_FIELDS}
        />
      ) : null}
    </Modal>
  );
}
