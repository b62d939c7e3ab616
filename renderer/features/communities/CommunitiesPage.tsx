import { App, Button, Flex, Form, Input, InputNumber, Radio, Table, Tag } from 'antd';
import { useState } from 'react';
import { communityRecord } from '../../../shared/community/communityRecord';
import type { Community } from '../../../shared/community/schema';
import { COMMUNITY_TYPE_LABELS } from '../../../shared/i18n/vi';
import { formatNumber } from '../../../shared/util/format';
import { ExportButton } from '../../components/ExportButton';
import { EmptyState } from '../../components/EmptyState';
import { editColumn } from '../../components/editColumn';
import { errorText } from '../../components/errors';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { FormModal } from '../../components/FormModal';
import { useCall } from '../../components/hooks';
import { labelOptions } from '../../components/options';
import { PageHeader } from '../../components/PageHeader';
import { inputOf } from '../../components/record';
import { SearchBox } from '../../components/SearchBox';
import { Field } from '../../components/Field';
import { callLimits } from '../../components/limits';
import { type RecordFormProps, useRecordForm } from '../../components/useFormSubmit';
import { useEditing } from '../../components/useEditing';
import { ui } from '../../i18n/ui';
import { call } from '../../src/api';
import { selectors, useAppStore } from '../../src/store';

/** The limits of the form, from the schema the server checks. */
const COMMUNITY_LIMITS = callLimits('community.create');
const L = communityRecord.formLabels;

/** Thôn / tổ dân phố: list with diacritic-insensitive search, add, edit, delete. */
export function CommunitiesPage() {
  const { message } = App.useApp();
  const isCommune = useAppStore(selectors.isCommune);
  const refreshCommunities = useAppStore(selectors.refreshCommunities);
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const list = useCall('community.list', { search, limit: 1000 });
  function changed() {
    list.reload();
    void refreshCommunities().catch(() => undefined);
  }
  const edit = useEditing<Community>(changed);

  async function remove(c: Community) {
    try {
      await call('community.delete', { id: c.id, version: c.version });
      void message.success(ui.common.deleted);
      changed();
    } catch (e) {
      void message.error(errorText(e));
    }
  }

  const items = list.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={ui.communities.title}
        extra={
          <>
            <ExportButton input={{ list: 'communities', search }} />
            {isCommune ? (
              <Button type="primary" data-testid="add-community" onClick={() => edit.open('new')}>
                {ui.communities.add}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap={8} style={{ marginBottom: 16 }}>
        <SearchBox
          value={searchText}
          onChange={setSearchText}
          onSearch={setSearch}
          placeholder={ui.communities.searchPlaceholder}
          testId="community-search"
          style={{ maxWidth: 420 }}
        />
      </Flex>
      {list.error ? <FormFailureAlert failure={{ message: list.error, unplaced: [] }} /> : null}
      <div data-testid="communities-table">
        <Table<Community>
          rowKey="id"
          loading={list.loading}
          dataSource={items}
          pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{
            emptyText: (
              <EmptyState
                text={search ? ui.communities.emptySearch : ui.communities.empty}
                action={
                  !search && isCommune ? (
                    <Button type="primary" onClick={() => edit.open('new')}>
                      {ui.communities.add}
                    </Button>
                  ) : undefined
                }
              />
            ),
          }}
          columns={[
            { title: L.name, dataIndex: 'name' },
            {
              title: L.type,
              dataIndex: 'type',
              width: 160,
              render: (t: Community['type']) => (
                <Tag color={t === 'thon' ? 'green' : 'blue'}>{COMMUNITY_TYPE_LABELS[t]}</Tag>
              ),
            },
            {
              title: L.households,
              dataIndex: 'households',
              width: 120,
              align: 'right',
              render: (n: number | null) => (n === null ? '' : formatNumber(n)),
            },
            { title: L.note, dataIndex: 'note' },
            ...(isCommune ? [editColumn<Community>(edit.open, remove)] : []),
          ]}
        />
      </div>
      {edit.form ? <CommunityForm {...edit.form} /> : null}
    </>
  );
}

type CommunityValues = Partial<Community>;

/** Add or edit one thôn / tổ dân phố, in a modal. */
function CommunityForm({ current: community, onClose, onSaved }: RecordFormProps<Community>) {
  const { form, submit } = useRecordForm<CommunityValues>(communityRecord);
  return (
    <FormModal
      title={community ? ui.communities.editTitle : ui.communities.addTitle}
      submit={submit}
      onClose={onClose}
      form={form}
      name="community"
      limits={COMMUNITY_LIMITS}
      initialValues={community ? inputOf(communityRecord, community) : { type: 'thon', households: null }}
      onFinish={(values) =>
        void submit.run(async () => {
          const fields = inputOf(communityRecord, values);
          if (community) await call('community.update', { id: community.id, version: community.version, fields });
          else await call('community.create', fields);
          onSaved();
        })
      }
    >
      <Field name="name" label={L.name} rules={[{ required: true, whitespace: true, message: ui.common.required }]}>
        <Input autoFocus placeholder={ui.communities.namePlaceholder} />
      </Field>
      <Form.Item name="type" label={L.type} rules={[{ required: true, message: ui.common.required }]}>
        <Radio.Group options={labelOptions(COMMUNITY_TYPE_LABELS)} />
      </Form.Item>
      <Field name="households" label={L.households}>
        <InputNumber style={{ width: 160 }} />
      </Field>
      <Field name="note" label={L.note}>
        <Input.TextArea rows={2} />
      </Field>
    </FormModal>
  );
}
