import { Button, Card, Flex, Form, Input, InputNumber, Radio, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { SUPERVISION_BODY_LABELS } from '../../../shared/i18n/vi';
import type { Dialogue, Supervision } from '../../../shared/reception/schema';
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
import { useFormSubmit } from '../../components/useFormSubmit';
import { Field } from '../../components/Field';
import { callLimits } from '../../components/limits';
import { ui } from '../../i18n/ui';
import { call } from '../../src/api';
import { selectors, useAppStore } from '../../src/store';
import { PAGE_SIZE } from './shared';

/** The limits of the form, from the schema the server checks. */
const DIALOGUE_LIMITS = callLimits('reception.createDialogue');
/** The limits of the form, from the schema the server checks. */
const SUPERVISION_LIMITS = callLimits('reception.createSupervision');

const t = ui.reception.meetings;

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
  title: t.participants,
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
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const list = useCall(m.list, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const deleteRow = useDelete(list.reload);
  const remove = (row: T) => deleteRow(() => call(m.remove, { id: row.id, version: row.version }));
  return (
    <Card
      title={m.title}
      extra={
        <Flex gap={8}>
          <ExportButton input={{ list: m.exportList, filters: {} }} />
          {isCommune ? (
            <Button type="primary" data-testid={`add-${kind}`} onClick={() => setEditing('new')}>
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
          { title: t.heldOn, dataIndex: 'heldOn', width: 120, render: (d: string) => formatDate(d) },
          ...columns,
          participantsColumn,
          ...(isCommune
            ? [
                actionsColumn<T>({
                  editable: true,
                  onEdit: setEditing,
                  onDelete: remove,
                  what: (row) => t.deleteWhat(formatDate(row.heldOn)),
                }),
              ]
            : []),
        ]}
      />
      {editing
        ? form(
            editing === 'new' ? null : editing,
            () => setEditing(null),
            () => {
              setEditing(null);
              list.reload();
            },
          )
        : null}
    </Card>
  );
}

function DialoguesCard() {
  return (
    <MeetingCard<Dialogue>
      kind="dialogue"
      columns={[
        { title: t.topic, dataIndex: 'topic' },
        { title: t.chairedBy, dataIndex: 'chairedBy' },
      ]}
      form={(dialogue, onClose, onSaved) => <DialogueForm dialogue={dialogue} onClose={onClose} onSaved={onSaved} />}
    />
  );
}

interface DialogueValues {
  heldOn?: string | null;
  topic?: string;
  participants?: number | null;
  chairedBy?: string | null;
  note?: string | null;
}

function DialogueForm({
  dialogue,
  onClose,
  onSaved,
}: {
  dialogue: Dialogue | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<DialogueValues>();
  const submit = useFormSubmit(form);
  return (
    <FormModal
      title={t.dialogueTitle}
      submit={submit}
      onClose={onClose}
      form={form}
      name="dialogue"
      limits={DIALOGUE_LIMITS}
      initialValues={dialogue ?? {}}
      onFinish={(v) =>
        void submit.run(async () => {
          const fields = {
            heldOn: v.heldOn ?? '',
            topic: v.topic ?? '',
            participants: v.participants ?? null,
            chairedBy: v.chairedBy ?? null,
            note: v.note ?? null,
          };
          if (dialogue) await call('reception.updateDialogue', { id: dialogue.id, version: dialogue.version, fields });
          else await call('reception.createDialogue', fields);
          onSaved();
        })
      }
    >
      <Flex gap={16}>
        <Form.Item name="heldOn" label={t.heldOn} rules={[{ required: true }]} style={{ flex: 1 }}>
          <DateField autoFocus />
        </Form.Item>
        <Field name="participants" label={t.participants} style={{ flex: 1 }}>
          <InputNumber style={{ width: '100%' }} />
        </Field>
      </Flex>
      <Field name="topic" label={t.topic} rules={[{ required: true }]}>
        <Input.TextArea rows={2} />
      </Field>
      <Field name="chairedBy" label={t.chairedBy}>
        <Input />
      </Field>
      <Field name="note" label={t.note}>
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
        { title: t.body, dataIndex: 'body', render: (b: Supervision['body']) => SUPERVISION_BODY_LABELS[b] },
        { title: t.subject, dataIndex: 'subject' },
      ]}
      form={(supervision, onClose, onSaved) => (
        <SupervisionForm supervision={supervision} onClose={onClose} onSaved={onSaved} />
      )}
    />
  );
}

interface SupervisionValues {
  body?: Supervision['body'];
  heldOn?: string | null;
  subject?: string;
  participants?: number | null;
  conclusion?: string | null;
  note?: string | null;
}

function SupervisionForm({
  supervision,
  onClose,
  onSaved,
}: {
  supervision: Supervision | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<SupervisionValues>();
  const submit = useFormSubmit(form);
  return (
    <FormModal
      title={t.supervisionTitle}
      submit={submit}
      onClose={onClose}
      form={form}
      name="supervision"
      limits={SUPERVISION_LIMITS}
      initialValues={supervision ?? { body: 'ban_ttnd' }}
      onFinish={(v) =>
        void submit.run(async () => {
          const fields = {
            body: v.body ?? 'ban_ttnd',
            heldOn: v.heldOn ?? '',
            subject: v.subject ?? '',
            participants: v.participants ?? null,
            conclusion: v.conclusion ?? null,
            note: v.note ?? null,
          };
          if (supervision)
            await call('reception.updateSupervision', { id: supervision.id, version: supervision.version, fields });
          else await call('reception.createSupervision', fields);
          onSaved();
        })
      }
    >
      <Form.Item name="body" label={t.body} rules={[{ required: true }]}>
        <Radio.Group options={labelOptions(SUPERVISION_BODY_LABELS)} />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item name="heldOn" label={t.heldOn} rules={[{ required: true }]} style={{ flex: 1 }}>
          <DateField />
        </Form.Item>
        <Field name="participants" label={t.participants} style={{ flex: 1 }}>
          <InputNumber style={{ width: '100%' }} />
        </Field>
      </Flex>
      <Field name="subject" label={t.subject} rules={[{ required: true }]}>
        <Input.TextArea rows={2} />
      </Field>
      <Field name="conclusion" label={t.conclusion}>
        <Input.TextArea rows={2} />
      </Field>
      <Field name="note" label={t.note}>
        <Input.TextArea rows={2} />
      </Field>
    </FormModal>
  );
}
