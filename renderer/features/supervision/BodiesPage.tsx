import { DeleteOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Input, Radio, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { RequestOf } from '../../../shared/contract/index';
import { GENDER_LABELS, SUPERVISION_BODY_LABELS } from '../../../shared/i18n/vi';
import type { SupervisionBody as BodyCode } from '../../../shared/reception/codes';
import { bodyRecord, memberText } from '../../../shared/supervision/bodyRecord';
import { MEMBER_ROLE_LABELS } from '../../../shared/supervision/codes';
import type { SupervisionBody } from '../../../shared/supervision/schema';
import { formatDate } from '../../../shared/util/format';
import { todayIso } from '../../../shared/util/dates';
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
import { selectors, useAppStore } from '../../src/store';
import { CodeFilter, HistoryButton, ListHeader, PAGE_SIZE, usePeopleList } from '../people/parts';

const t = peopleUi.bodies;
const L = bodyRecord.formLabels;

/** Ban thanh tra nhân dân and Ban giám sát đầu tư của cộng đồng, term by term, with their members. */
export function BodiesPage() {
  const isCommune = useAppStore(selectors.isCommune);
  const { text, setText, search, runSearch, page, setPage, refine } = usePagedSearch();
  const [body, setBody] = useState<BodyCode | null>(null);
  const [activeOnly, setActiveOnly] = useState(false);
  const filters = { search, body, activeOnly };
  const { list, edit, deleteRow, filtered } = usePeopleList('supervision.listBodies', filters, page);
  return (
    <>
      <ListHeader
        title={t.title}
        intro={t.intro}
        exportInput={{ list: 'supervisionBodies', filters }}
        add={isCommune ? { label: t.add, testId: 'add-body', onClick: () => edit.open('new') } : null}
        search={{ text, onChange: setText, onSearch: runSearch, placeholder: t.search, testId: 'body-search' }}
      >
        <CodeFilter
          value={body}
          onChange={refine(setBody)}
          labels={SUPERVISION_BODY_LABELS}
          all={t.allBodies}
          testId="filter-body"
        />
        <Checkbox checked={activeOnly} onChange={(e) => refine(setActiveOnly)(e.target.checked)}>
          {t.activeOnly}
        </Checkbox>
      </ListHeader>
      <PagedTable<SupervisionBody>
        list={list}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        empty={filtered ? t.noMatch : t.empty}
        testId="bodies-table"
        columns={[
          { title: L.body, dataIndex: 'body', width: 260, render: (b: BodyCode) => SUPERVISION_BODY_LABELS[b] },
          {
            title: L.establishedOn,
            dataIndex: 'establishedOn',
            width: 130,
            render: (d: string) => formatDate(d),
          },
          { title: L.decisionRef, dataIndex: 'decisionRef', width: 140 },
          {
            title: t.members,
            key: 'members',
            render: (_: unknown, b) => b.members.map(memberText).join('; '),
          },
          {
            title: '',
            key: 'state',
            width: 150,
            render: (_: unknown, b) =>
              b.active ? (
                <Tag color="green">{t.active}</Tag>
              ) : (
                <Tag>{b.establishedOn > todayIso() ? t.notYet : t.inactive}</Tag>
              ),
          },
          actionsColumn<SupervisionBody>({
            editable: isCommune,
            width: 260,
            lead: (b) => <HistoryButton call="supervision.bodyHistory" id={b.id} definition={bodyRecord} />,
            onEdit: edit.open,
            onDelete: (b) => deleteRow(() => call('supervision.deleteBody', { id: b.id, version: b.version })),
            what: (b) =>
              t.deleteWhat(`${SUPERVISION_BODY_LABELS[b.body]} thành lập ngày ${formatDate(b.establishedOn)}`),
          }),
        ]}
      />
      {edit.form ? <BodyForm {...edit.form} /> : null}
    </>
  );
}

type BodyValues = Partial<RequestOf<'supervision.createBody'>>;

function BodyForm({ current, onClose, onSaved }: RecordFormProps<SupervisionBody>) {
  const { form, submit } = useRecordForm<BodyValues>(bodyRecord);

  return (
    <FormModal<BodyValues>
      title={current ? t.editTitle : t.addTitle}
      submit={submit}
      onClose={onClose}
      form={form}
      name="body"
      initialValues={
        current
          ? inputOf(bodyRecord, current)
          : { body: 'ban_ttnd', members: [{ name: '', role: 'truong_ban', gender: null }] }
      }
      onFinish={(v) =>
        void submit.run(async () => {
          const fields = {
            ...inputOf(bodyRecord, v),
            establishedOn: v.establishedOn ?? '',
            // Rows nobody typed a name in are dropped rather than refused.
            members: (v.members ?? [])
              .filter((m) => m.name?.trim())
              .map((m) => ({ name: m.name ?? '', role: m.role, gender: m.gender ?? null })),
          };
          if (current) await call('supervision.updateBody', { id: current.id, version: current.version, fields });
          else await call('supervision.createBody', fields);
          onSaved();
        })
      }
    >
      <Form.Item name="body" label={L.body} rules={[{ required: true }]}>
        <Radio.Group options={labelOptions(SUPERVISION_BODY_LABELS)} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item
          name="establishedOn"
          label={L.establishedOn}
          rules={[{ required: true }]}
          style={{ flex: 1, minWidth: 200 }}
        >
          <DateField autoFocus />
        </Form.Item>
        <Form.Item name="decisionRef" label={L.decisionRef} style={{ flex: 1, minWidth: 160 }}>
          <Input maxLength={100} />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item name="termTo" label={L.termTo} style={{ flex: 1, minWidth: 180 }}>
          <DateField />
        </Form.Item>
        <Form.Item name="dissolvedOn" label={L.dissolvedOn} style={{ flex: 1, minWidth: 180 }}>
          <DateField />
        </Form.Item>
      </Flex>
      <Typography.Text strong>{t.members}</Typography.Text>
      <Form.List name="members">
        {(rows, { add, remove }) => (
          <Flex vertical gap={4} style={{ marginTop: 8 }} data-testid="members">
            {rows.map((row) => (
              <Flex key={row.key} gap={8} align="start">
                <Form.Item name={[row.name, 'name']} style={{ flex: 2, marginBottom: 8 }}>
                  <Input placeholder={t.memberName} aria-label={t.memberName} maxLength={120} />
                </Form.Item>
                <Form.Item name={[row.name, 'role']} style={{ flex: 1, marginBottom: 8 }} rules={[{ required: true }]}>
                  <Select aria-label={t.memberRole} options={labelOptions(MEMBER_ROLE_LABELS)} />
                </Form.Item>
                <Form.Item name={[row.name, 'gender']} style={{ width: 110, marginBottom: 8 }}>
                  <Select
                    allowClear
                    aria-label={t.memberGender}
                    placeholder={t.memberGender}
                    options={labelOptions(GENDER_LABELS)}
                  />
                </Form.Item>
                <Button icon={<DeleteOutlined />} aria-label={t.removeMember} onClick={() => remove(row.name)} />
              </Flex>
            ))}
            <Button onClick={() => add({ name: '', role: 'thanh_vien', gender: null })} data-testid="add-member">
              {t.addMember}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Form.Item name="note" label={L.note} style={{ marginTop: 12 }}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
