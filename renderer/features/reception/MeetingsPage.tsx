import { Alert, Button, Card, Flex, Form, Input, InputNumber, Radio, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { SUPERVISION_BODY_LABELS } from '../../../shared/i18n/vi';
import type { RequestOf } from '../../../shared/contract/index';
import { dialogueRecord } from '../../../shared/reception/dialogueRecord';
import type { Dialogue, Supervision } from '../../../shared/reception/schema';
import type { SupervisionBody as SupervisionBodyCode } from '../../../shared/reception/codes';
import { supervisionRecord } from '../../../shared/reception/supervisionRecord';
import { activeBody } from '../../../shared/supervision/codes';
import { formatDate, formatNumber } from '../../../shared/util/format';
import { DateField } from '../../components/DateField';
import { actionsColumn } from '../../components/editColumn';
import { ExportButton } from '../../components/ExportButton';
import { FormModal } from '../../components/FormModal';
import { useCall } from '../../components/hooks';
import { useDelete } from '../../components/useDelete';
import { labelOptions } from '../../components/options';
import { PagedTable, type PagedList } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { Field } from '../../components/Field';
import { callLimits } from '../../components/limits';
import { inputOf } from '../../components/record';
import { type RecordFormProps, useRecordForm } from '../../components/useFormSubmit';
import { useEditing } from '../../components/useEditing';
import { peopleUi } from '../../i18n/people';
import { ui } from '../../i18n/ui';
import { call } from '../../src/api';
import { selectors, useAppStore } from '../../src/store';
import { PAGE_SIZE } from './shared';

/** The limits of the form, from the schema the server checks. */
const DIALOGUE_LIMITS = callLimits('reception.createDialogue');
/** The limits of the form, from the schema the server checks. */
const SUPERVISION_LIMITS = callLimits('reception.createSupervision');

const t = ui.reception.meetings;
const D = dialogueRecord.formLabels;
const S = supervisionRecord.formLabels;

/** Hội nghị đối thoại and community supervision: small dated records (Luật 10/2022). */
export function MeetingsPage() {
  return (
    <>
      <PageHeader title={t.title} />
      <Flex vertical gap={16}>
        <DialoguesCard />
        <SupervisionsCard />
      </Flex>
    </>
  );
}

/** What differs between the two kinds of meeting record: their calls, list and words. */
const MEETINGS = {
  dialogue: {
    list: 'reception.listDialogues',
    remove: 'reception.deleteDialogue',
    exportList: 'dialogues',
    title: t.dialogues,
    add: t.addDialogue,
    empty: t.emptyDialogues,
  },
  supervision: {
    list: 'reception.listSupervisions',
    remove: 'reception.deleteSupervision',
    exportList: 'supervisions',
    title: t.supervisions,
    add: t.addSupervision,
    empty: t.emptySupervisions,
  },
} as const;

const participantsColumn = {
  title: D.participants,
  dataIndex: 'participants',
  align: 'right' as const,
  width: 140,
  render: (n: number | null) => (n === null ? '' : formatNumber(n)),
};

/**
 * One kind of meeting record as a card: a paged list with its export, "add", and per row edit and
 * delete for the commune; `form` opens the record's form (null: a new record).
 */
function MeetingCard<T extends Dialogue | Supervision>({
  kind,
  columns,
  form,
}: {
  kind: keyof typeof MEETINGS;
  columns: TableColumnsType<T>;
  form: (record: T | null, close: () => void, saved: () => void) => ReactNode;
}) {
  const m = MEETINGS[kind];
  const isCommune = useAppStore(selectors.isCommune);
  const [page, setPage] = useState(1);
  const list = useCall(m.list, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const edit = useEditing<T>(list.reload);
  const deleteRow = useDelete(list.reload);
  const remove = (row: T) => deleteRow(() => call(m.remove, { id: row.id, version: row.version }));
  return (
    <Card
      title={m.title}
      extra={
        <Flex gap={8}>
          <ExportButton input={{ list: m.exportList, filters: {} }} />
          {isCommune ? (
            <Button type="primary" data-testid={`add-${kind}`} onClick={() => edit.open('new')}>
              {m.add}
            </Button>
          ) : null}
        </Flex>
      }
    >
      <PagedTable<T>
        list={list as PagedList<T>}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        empty={m.empty}
        testId={`${m.exportList}-table`}
        columns={[
          { title: D.heldOn, dataIndex: 'heldOn', width: 120, render: (d: string) => formatDate(d) },
          ...columns,
          participantsColumn,
          ...(isCommune
            ? [
                actionsColumn<T>({
                  editable: true,
                  onEdit: edit.open,
                  onDelete: remove,
                  what: (row) => t.deleteWhat(formatDate(row.heldOn)),
                }),
              ]
            : []),
        ]}
      />
      {edit.form ? form(edit.form.current, edit.form.onClose, edit.form.onSaved) : null}
    </Card>
  );
}

function DialoguesCard() {
  return (
    <MeetingCard<Dialogue>
      kind="dialogue"
      columns={[
        { title: D.topic, dataIndex: 'topic' },
        { title: D.chairedBy, dataIndex: 'chairedBy' },
      ]}
      form={(dialogue, onClose, onSaved) => <DialogueForm current={dialogue} onClose={onClose} onSaved={onSaved} />}
    />
  );
}

type DialogueValues = Partial<RequestOf<'reception.createDialogue'>>;

function DialogueForm({ current: dialogue, onClose, onSaved }: RecordFormProps<Dialogue>) {
  const { form, submit } = useRecordForm<DialogueValues>(dialogueRecord);
  return (
    <FormModal
      title={t.dialogueTitle}
      submit={submit}
      onClose={onClose}
      form={form}
      name="dialogue"
      limits={DIALOGUE_LIMITS}
      initialValues={dialogue ? inputOf(dialogueRecord, dialogue) : {}}
      onFinish={(v) =>
        void submit.run(async () => {
          const fields = { ...inputOf(dialogueRecord, v), heldOn: v.heldOn ?? '', topic: v.topic ?? '' };
          if (dialogue) await call('reception.updateDialogue', { id: dialogue.id, version: dialogue.version, fields });
          else await call('reception.createDialogue', fields);
          onSaved();
        })
      }
    >
      <Flex gap={16}>
        <Form.Item name="heldOn" label={D.heldOn} rules={[{ required: true }]} style={{ flex: 1 }}>
          <DateField autoFocus />
        </Form.Item>
        <Field name="participants" label={D.participants} style={{ flex: 1 }}>
          <InputNumber style={{ width: '100%' }} />
        </Field>
      </Flex>
      <Field name="topic" label={D.topic} rules={[{ required: true }]}>
        <Input.TextArea rows={2} />
      </Field>
      <Field name="chairedBy" label={D.chairedBy}>
        <Input />
      </Field>
      <Field name="note" label={D.note}>
        <Input.TextArea rows={2} />
      </Field>
    </FormModal>
  );
}

function SupervisionsCard() {
  return (
    <MeetingCard<Supervision>
      kind="supervision"
      columns={[
        { title: S.body, dataIndex: 'body', render: (b: Supervision['body']) => SUPERVISION_BODY_LABELS[b] },
        { title: S.subject, dataIndex: 'subject' },
        {
          title: S.recommendations,
          key: 'recommendations',
          width: 130,
          align: 'right' as const,
          render: (_: unknown, s: Supervision) =>
            s.recommendations == null
              ? ''
              : `${formatNumber(s.recommendationsResolved ?? 0)}/${formatNumber(s.recommendations)}`,
        },
      ]}
      form={(supervision, onClose, onSaved) => (
        <SupervisionForm current={supervision} onClose={onClose} onSaved={onSaved} />
      )}
    />
  );
}

type SupervisionValues = Partial<RequestOf<'reception.createSupervision'>>;

function SupervisionForm({ current: supervision, onClose, onSaved }: RecordFormProps<Supervision>) {
  const { form, submit } = useRecordForm<SupervisionValues>(supervisionRecord);
  const body = Form.useWatch('body', form) ?? 'ban_ttnd';
  const heldOn = Form.useWatch('heldOn', form) ?? null;
  return (
    <FormModal
      title={t.supervisionTitle}
      submit={submit}
      onClose={onClose}
      form={form}
      name="supervision"
      limits={SUPERVISION_LIMITS}
      initialValues={supervision ? inputOf(supervisionRecord, supervision) : { body: 'ban_ttnd' }}
      onFinish={(v) =>
        void submit.run(async () => {
          const fields = { ...inputOf(supervisionRecord, v), heldOn: v.heldOn ?? '', subject: v.subject ?? '' };
          if (supervision)
            await call('reception.updateSupervision', { id: supervision.id, version: supervision.version, fields });
          else await call('reception.createSupervision', fields);
          onSaved();
        })
      }
    >
      <Form.Item name="body" label={S.body} rules={[{ required: true }]}>
        <Radio.Group options={labelOptions(SUPERVISION_BODY_LABELS)} />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item name="heldOn" label={S.heldOn} rules={[{ required: true }]} style={{ flex: 1 }}>
          <DateField />
        </Form.Item>
        <Field name="participants" label={S.participants} style={{ flex: 1 }}>
          <InputNumber style={{ width: '100%' }} />
        </Field>
      </Flex>
      <ActiveBody body={body} on={heldOn} />
      <Field name="subject" label={S.subject} rules={[{ required: true }]}>
        <Input.TextArea rows={2} />
      </Field>
      <Field name="project" label={S.project}>
        <Input />
      </Field>
      <Flex gap={16}>
        <Field name="recommendations" label={S.recommendations} style={{ flex: 1 }}>
          <InputNumber style={{ width: '100%' }} />
        </Field>
        <Field name="recommendationsResolved" label={S.recommendationsResolved} style={{ flex: 1 }}>
          <InputNumber style={{ width: '100%' }} />
        </Field>
      </Flex>
      <Field name="conclusion" label={S.conclusion}>
        <Input.TextArea rows={2} />
      </Field>
      <Field name="note" label={S.note}>
        <Input.TextArea rows={2} />
      </Field>
    </FormModal>
  );
}

/** The body active on the supervision's date (interchange.md v2: a supervision links to it), or a note that none is. */
function ActiveBody({ body, on }: { body: SupervisionBodyCode; on: string | null }) {
  const bodies = useCall('supervision.listBodies', { body, activeOnly: false, limit: 1000 }, !on);
  if (!on || !bodies.data) return null;
  const found = activeBody(bodies.data.items, body, on);
  return (
    <Alert
      type={found ? 'info' : 'warning'}
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="supervision-body"
      title={
        found
          ? peopleUi.supervision.activeBody(SUPERVISION_BODY_LABELS[body], formatDate(found.establishedOn))
          : peopleUi.supervision.noActiveBody(SUPERVISION_BODY_LABELS[body])
      }
    />
  );
}
