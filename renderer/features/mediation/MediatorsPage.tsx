import { App, Button, Checkbox, Drawer, Flex, Form, Input, InputNumber, Radio, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { GENDER_LABELS, MEDIATOR_ROLE_LABELS } from '../../../shared/i18n/vi';
import type { RequestOf } from '../../../shared/contract/index';
import { mediatorRecord } from '../../../shared/mediation/mediatorRecord';
import type { Mediator } from '../../../shared/mediation/schema';
import { formatDate } from '../../../shared/util/format';
import { todayIso } from '../../../shared/util/dates';
import { DateField } from '../../components/DateField';
import { DialogForm } from '../../components/DialogForm';
import { ExportButton } from '../../components/ExportButton';
import { EmptyState } from '../../components/EmptyState';
import { editColumn } from '../../components/editColumn';
import { errorText } from '../../components/errors';
import { FormActions } from '../../components/FormActions';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { useCall } from '../../components/hooks';
import { labelOptions } from '../../components/options';
import { PageHeader } from '../../components/PageHeader';
import { inputOf } from '../../components/record';
import { SearchBox } from '../../components/SearchBox';
import { useFormSubmit } from '../../components/useFormSubmit';
import { useGuardedForm } from '../../components/useGuardedForm';
import { Field } from '../../components/Field';
import { callLimits } from '../../components/limits';
import { useEditing } from '../../components/useEditing';
import { ui } from '../../i18n/ui';
import { call } from '../../src/api';
import { navigate, useRoute } from '../../src/router';
import { selectors, useAppStore } from '../../src/store';
import { TeamPicker } from './pickers';

/** The limits of the form, from the schema the server checks. */
const MEDIATOR_LIMITS = callLimits('mediation.createMediator');
const L = mediatorRecord.formLabels;

/** True while the mediator serves (no leaving date, or one still ahead), as the team figures count. */
export function isActiveMediator(m: Pick<Mediator, 'leftOn'>, on: string = todayIso()): boolean {
  return !m.leftOn || m.leftOn > on;
}

/** Hòa giải viên: filter by team (kept in the address, `?teamId=`), search, add, edit, delete. */
export function MediatorsPage() {
  const { message } = App.useApp();
  const route = useRoute();
  const teamId = route.params.get('teamId');
  const isCommune = useAppStore(selectors.isCommune);
  const teams = useAppStore(selectors.teams);
  const refreshTeams = useAppStore(selectors.refreshTeams);
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const list = useCall('mediation.listMediators', { search, teamId, includeLeft: true });
  // `?add=1` (right after a team is created) opens the form for its first mediator.
  const edit = useEditing<Mediator>(changed, route.params.get('add') === '1' && isCommune ? 'new' : null);
  // `?add=1` (right after a team is created) opens the form for its first mediator.

  useEffect(() => {
    void refreshTeams().catch(() => undefined);
  }, [refreshTeams]);

  function changed() {
    list.reload();
    void refreshTeams().catch(() => undefined);
  }

  async function remove(m: Mediator) {
    try {
      await call('mediation.deleteMediator', { id: m.id, version: m.version });
      void message.success(ui.common.deleted);
      changed();
    } catch (e) {
      void message.error(errorText(e));
    }
  }

  const items = list.data ?? [];
  const teamName = (id: string) => teams.find((t) => t.id === id)?.name ?? '';
  return (
    <>
      <PageHeader
        title={ui.mediators.title}
        extra={
          <>
            <ExportButton input={{ list: 'mediators', search, teamId }} />
            {isCommune ? (
              <Button
                type="primary"
                data-testid="add-mediator"
                disabled={teams.length === 0}
                onClick={() => edit.open('new')}
              >
                {ui.mediators.add}
              </Button>
            ) : null}
          </>
        }
      />
      {isCommune && teams.length === 0 ? (
        <Typography.Paragraph type="warning">{ui.mediators.needTeam}</Typography.Paragraph>
      ) : null}
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <TeamPicker
          allowClear
          aria-label={ui.mediators.teamFilter}
          placeholder={ui.mediators.teamFilter}
          style={{ minWidth: 300 }}
          value={teamId ?? undefined}
          data-testid="mediator-team-filter"
          onChange={(v) =>
            navigate(v ? `/mediation/mediators?teamId=${encodeURIComponent(v)}` : '/mediation/mediators')
          }
        />
        <SearchBox
          value={searchText}
          onChange={setSearchText}
          onSearch={setSearch}
          placeholder={ui.mediators.searchPlaceholder}
          testId="mediator-search"
          style={{ maxWidth: 360 }}
        />
      </Flex>
      {list.error ? <FormFailureAlert failure={{ message: list.error, unplaced: [] }} /> : null}
      <div data-testid="mediators-table">
        <Table<Mediator>
          rowKey="id"
          loading={list.loading}
          dataSource={items}
          pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{
            emptyText: <EmptyState text={search ? ui.mediators.emptySearch : ui.mediators.empty} />,
          }}
          columns={[
            {
              title: L.name,
              dataIndex: 'name',
              render: (name: string, m) => (
                <>
                  {name}
                  {m.role === 'to_truong' ? (
                    <Tag color="gold" style={{ marginInlineStart: 8 }}>
                      {MEDIATOR_ROLE_LABELS.to_truong}
                    </Tag>
                  ) : null}
                </>
              ),
            },
            {
              title: L.gender,
              dataIndex: 'gender',
              width: 100,
              render: (g: Mediator['gender']) => GENDER_LABELS[g],
            },
            { title: L.birthYear, dataIndex: 'birthYear', width: 100 },
            {
              title: L.teamId,
              dataIndex: 'teamId',
              render: (id: string, m) => teamName(id) || m.communityName,
            },
            {
              title: ui.mediators.recognition,
              key: 'recognition',
              render: (_: unknown, m) => [m.decisionRef, formatDate(m.recognizedOn)].filter(Boolean).join(' — '),
            },
            {
              title: ui.mediators.status,
              key: 'status',
              width: 170,
              render: (_: unknown, m) =>
                isActiveMediator(m) ? (
                  <Tag color="green">{ui.mediators.active}</Tag>
                ) : (
                  <Tag>{ui.mediators.left(formatDate(m.leftOn))}</Tag>
                ),
            },
            ...(isCommune ? [editColumn<Mediator>(edit.open, remove)] : []),
          ]}
        />
      </div>
      {edit.form ? (
        <MediatorForm
          mediator={edit.form.current}
          defaultTeamId={teamId ?? (teams.length === 1 ? (teams[0]?.id ?? null) : null)}
          onClose={edit.form.onClose}
          onSaved={edit.form.onSaved}
        />
      ) : null}
    </>
  );
}

type MediatorValues = Partial<RequestOf<'mediation.createMediator'>>;

/** Add or edit a mediator (Điều 7–8, 11: recognition and leaving). */
function MediatorForm({
  mediator,
  defaultTeamId,
  onClose,
  onSaved,
}: {
  mediator: Mediator | null;
  defaultTeamId: string | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<MediatorValues>();
  const guard = useGuardedForm(form);
  const close = () => guard.close(onClose);
  const submit = useFormSubmit(form, mediatorRecord.labels);
  const initial: MediatorValues = mediator
    ? inputOf(mediatorRecord, mediator)
    : { teamId: defaultTeamId ?? undefined, ethnicMinority: false, role: 'hoa_giai_vien' };
  return (
    <Drawer
      open
      // The name field takes the focus once the drawer is open: its autoFocus alone loses to the drawer's
      // focus trap when the drawer opens without animation (reduced motion).
      autoFocus={false}
      afterOpenChange={(opened) => opened && form.focusField('name')}
      size={560}
      title={mediator ? ui.mediators.editTitle : ui.mediators.addTitle}
      onClose={close}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <FormActions onCancel={close} onOk={() => form.submit()} loading={submit.submitting} />
        </Flex>
      }
    >
      <DialogForm
        form={form}
        failure={submit.failure}
        guard={guard}
        name="mediator"
        limits={MEDIATOR_LIMITS}
        initialValues={initial}
        onFinish={(v) =>
          void submit.run(async () => {
            const fields = { ...inputOf(mediatorRecord, v), teamId: v.teamId ?? '', name: v.name ?? '' };
            if (mediator)
              await call('mediation.updateMediator', { id: mediator.id, version: mediator.version, fields });
            else await call('mediation.createMediator', fields);
            onSaved();
          })
        }
      >
        <Field name="name" label={L.name} rules={[{ required: true, whitespace: true, message: ui.common.required }]}>
          <Input autoFocus />
        </Field>
        <Form.Item name="teamId" label={L.teamId} rules={[{ required: true, message: ui.common.required }]}>
          <TeamPicker placeholder={ui.mediators.teamPlaceholder} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="gender" label={L.gender} rules={[{ required: true, message: ui.common.required }]}>
            <Radio.Group options={labelOptions(GENDER_LABELS)} />
          </Form.Item>
          <Field name="birthYear" label={L.birthYear}>
            <InputNumber style={{ width: 120 }} />
          </Field>
        </Flex>
        <Form.Item name="ethnicMinority" valuePropName="checked" extra={ui.mediators.ethnicMinorityHelp}>
          <Checkbox>{L.ethnicMinority}</Checkbox>
        </Form.Item>
        <Form.Item name="role" label={L.role}>
          <Radio.Group options={labelOptions(MEDIATOR_ROLE_LABELS)} />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item name="recognizedOn" label={L.recognizedOn} style={{ flex: 1 }}>
            <DateField />
          </Form.Item>
          <Field name="decisionRef" label={L.decisionRef} style={{ flex: 1 }}>
            <Input />
          </Field>
        </Flex>
        <Flex gap={16}>
          <Form.Item name="leftOn" label={L.leftOn} style={{ flex: 1 }}>
            <DateField />
          </Form.Item>
          <Field name="phone" label={L.phone} style={{ flex: 1 }}>
            <Input inputMode="tel" />
          </Field>
        </Flex>
        <Field name="note" label={L.note}>
          <Input.TextArea rows={2} />
        </Field>
      </DialogForm>
    </Drawer>
  );
}
