import { Button, Flex, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { HOST_LABELS, SESSION_TYPE_LABELS } from '../../../shared/i18n/vi';
import type { Host } from '../../../shared/reception/codes';
import type { RequestOf } from '../../../shared/contract/index';
import type { ReceptionSession } from '../../../shared/reception/schema';
import { sessionRecord } from '../../../shared/reception/sessionRecord';
import { formatDate, formatNumber } from '../../../shared/util/format';
import { DateField } from '../../components/DateField';
import { actionsColumn } from '../../components/editColumn';
import { ExportButton } from '../../components/ExportButton';
import { FormModal } from '../../components/FormModal';
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
import { call } from '../../src/api';
import { selectors, useAppStore } from '../../src/store';
import { HostFilter, PAGE_SIZE } from './shared';

/** The limits of the form, from the schema the server checks. */
const SESSION_LIMITS = callLimits('reception.createSession');

const t = ui.reception.sessions;
const L = sessionRecord.formLabels;

/** Kỳ tiếp công dân: who received citizens, when and where (domain.md §C.1). */
export function SessionsPage() {
  const isCommune = useAppStore(selectors.isCommune);
  const { text, setText, search, runSearch, page, setPage, refine } = usePagedSearch();
  const [host, setHost] = useState<Host | null>(null);
  const list = useCall('reception.listSessions', {
    search,
    host,
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });
  const edit = useEditing<ReceptionSession>(list.reload);

  const deleteRow = useDelete(list.reload);
  const remove = (s: ReceptionSession) =>
    deleteRow(() => call('reception.deleteSession', { id: s.id, version: s.version }));

  return (
    <>
      <PageHeader
        title={t.title}
        extra={
          <>
            <ExportButton input={{ list: 'receptionSessions', filters: { search, host } }} />
            {isCommune ? (
              <Button type="primary" data-testid="add-session" onClick={() => edit.open('new')}>
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
          testId="session-search"
          style={{ maxWidth: 360 }}
        />
        <HostFilter value={host} onChange={refine(setHost)} />
      </Flex>
      <PagedTable<ReceptionSession>
        list={list}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        empty={t.empty}
        noMatch={t.emptySearch}
        filtered={Boolean(search.trim() || host)}
        testId="sessions-table"
        columns={[
          { title: L.heldOn, dataIndex: 'heldOn', width: 120, render: (d: string) => formatDate(d) },
          {
            title: L.host,
            key: 'host',
            render: (_: unknown, s) => [HOST_LABELS[s.host], s.hostName].filter(Boolean).join(' — '),
          },
          { title: L.type, dataIndex: 'type', render: (v: ReceptionSession['type']) => SESSION_TYPE_LABELS[v] },
          { title: L.place, dataIndex: 'place' },
          { title: t.visits, dataIndex: 'visits', align: 'right', width: 110, render: (n: number) => formatNumber(n) },
          ...(isCommune
            ? [
                actionsColumn<ReceptionSession>({
                  editable: true,
                  onEdit: edit.open,
                  onDelete: remove,
                  what: (s) => t.deleteWhat(formatDate(s.heldOn)),
                }),
              ]
            : []),
        ]}
      />
      {edit.form ? <SessionForm {...edit.form} /> : null}
    </>
  );
}

type SessionValues = Partial<RequestOf<'reception.createSession'>>;

function SessionForm({ current: session, onClose, onSaved }: RecordFormProps<ReceptionSession>) {
  const { form, submit } = useRecordForm<SessionValues>(sessionRecord);
  return (
    <FormModal
      title={session ? t.editTitle : t.addTitle}
      submit={submit}
      onClose={onClose}
      form={form}
      name="session"
      limits={SESSION_LIMITS}
      initialValues={session ? inputOf(sessionRecord, session) : { type: 'dinh_ky', host: 'chu_tich_ubnd' }}
      onFinish={(v) =>
        void submit.run(async () => {
          const fields = { ...inputOf(sessionRecord, v), heldOn: v.heldOn ?? '' };
          if (session) await call('reception.updateSession', { id: session.id, version: session.version, fields });
          else await call('reception.createSession', fields);
          onSaved();
        })
      }
    >
      <Flex gap={16}>
        <Form.Item name="heldOn" label={L.heldOn} rules={[{ required: true }]} style={{ flex: 1 }}>
          <DateField autoFocus />
        </Form.Item>
        <Form.Item name="type" label={L.type} style={{ flex: 1 }}>
          <Select options={labelOptions(SESSION_TYPE_LABELS)} />
        </Form.Item>
      </Flex>
      <Form.Item name="host" label={L.host} rules={[{ required: true }]}>
        <Radio.Group options={labelOptions(HOST_LABELS)} />
      </Form.Item>
      <Field name="hostName" label={L.hostName}>
        <Input />
      </Field>
      <Field name="place" label={L.place}>
        <Input />
      </Field>
      <Field name="note" label={L.note}>
        <Input.TextArea rows={2} />
      </Field>
    </FormModal>
  );
}
