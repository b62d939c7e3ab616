import { App, Button, Card, Flex, Form, Input, InputNumber, Radio } from 'antd';
import { useState } from 'react';
import { SUPERVISION_BODY_LABELS } from '../../../shared/i18n/vi';
import type { Dialogue, Supervision } from '../../../shared/reception/schema';
import { formatDate, formatNumber } from '../../../shared/util/format';
import { DateField } from '../../components/DateField';
import { actionsColumn } from '../../components/editColumn';
import { ExportButton } from '../../components/ExportButton';
import { errorText } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { useCall } from '../../components/hooks';
import { labelOptions } from '../../components/options';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { useFormSubmit } from '../../components/useFormSubmit';
import { ui } from '../../i18n/ui';
import { call } from '../../src/api';
import { selectors, useAppStore } from '../../src/store';
import { PAGE_SIZE } from './shared';

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

function useRemove(reload: () => void) {
  const { message } = App.useApp();
  return async (run: () => Promise<unknown>) => {
    try {
      await run();
      void message.success(ui.common.deleted);
      reload();
    } catch (e) {
      void message.error(errorText(e));
    }
  };
}

function DialoguesCard() {
  const isCommune = useAppStore(selectors.isCommune);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Dialogue | 'new' | null>(null);
  const list = useCall('reception.listDialogues', { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const remove = useRemove(list.reload);
  return (
    <Card
      title={t.dialogues}
      extra={
        <Flex gap={8}>
          <ExportButton input={{ list: 'dialogues', filters: {} }} />
          {isCommune ? (
            <Button type="primary" data-testid="add-dialogue" onClick={() => setEditing('new')}>
              {t.addDialogue}
            </Button>
          ) : null}
        </Flex>
      }
    >
      <PagedTable<Dialogue>
        list={list}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        empty={t.emptyDialogues}
        testId="dialogues-table"
        columns={[
          { title: t.heldOn, dataIndex: 'heldOn', width: 120, render: (d: string) => formatDate(d) },
          { title: t.topic, dataIndex: 'topic' },
          { title: t.chairedBy, dataIndex: 'chairedBy' },
          {
            title: t.participants,
            dataIndex: 'participants',
            align: 'right',
            width: 140,
            render: (n: number | null) => (n === null ? '' : formatNumber(n)),
          },
          ...(isCommune
            ? [
                actionsColumn<Dialogue>({
                  editable: true,
                  onEdit: setEditing,
                  onDelete: (d) => remove(() => call('reception.deleteDialogue', { id: d.id, version: d.version })),
                  what: (d) => t.deleteWhat(formatDate(d.heldOn)),
                }),
              ]
            : []),
        ]}
      />
      {editing ? (
        <DialogueForm
          dialogue={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.reload();
          }}
        />
      ) : null}
    </Card>
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
        <Form.Item name="participants" label={t.participants} style={{ flex: 1 }}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="topic" label={t.topic} rules={[{ required: true }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name="chairedBy" label={t.chairedBy}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="note" label={t.note}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

function SupervisionsCard() {
  const isCommune = useAppStore(selectors.isCommune);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Supervision | 'new' | null>(null);
  const list = useCall('reception.listSupervisions', { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const remove = useRemove(list.reload);
  return (
    <Card
      title={t.supervisions}
      extra={
        <Flex gap={8}>
          <ExportButton input={{ list: 'supervisions', filters: {} }} />
          {isCommune ? (
            <Button type="primary" data-testid="add-supervision" onClick={() => setEditing('new')}>
              {t.addSupervision}
            </Button>
          ) : null}
        </Flex>
      }
    >
      <PagedTable<Supervision>
        list={list}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        empty={t.emptySupervisions}
        testId="supervisions-table"
        columns={[
          { title: t.heldOn, dataIndex: 'heldOn', width: 120, render: (d: string) => formatDate(d) },
          { title: t.body, dataIndex: 'body', render: (b: Supervision['body']) => SUPERVISION_BODY_LABELS[b] },
          { title: t.subject, dataIndex: 'subject' },
          {
            title: t.participants,
            dataIndex: 'participants',
            align: 'right',
            width: 140,
            render: (n: number | null) => (n === null ? '' : formatNumber(n)),
          },
          ...(isCommune
            ? [
                actionsColumn<Supervision>({
                  editable: true,
                  onEdit: setEditing,
                  onDelete: (s) => remove(() => call('reception.deleteSupervision', { id: s.id, version: s.version })),
                  what: (s) => t.deleteWhat(formatDate(s.heldOn)),
                }),
              ]
            : []),
        ]}
      />
      {editing ? (
        <SupervisionForm
          supervision={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.reload();
          }}
        />
      ) : null}
    </Card>
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
        <Form.Item name="participants" label={t.participants} style={{ flex: 1 }}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="subject" label={t.subject} rules={[{ required: true }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name="conclusion" label={t.conclusion}>
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
      <Form.Item name="note" label={t.note}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
