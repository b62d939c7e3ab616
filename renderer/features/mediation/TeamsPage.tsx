import { App, Button, Flex, Form, Input, Modal, Table, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { RequestOf } from '../../../shared/contract/index';
import type { MediationTeam } from '../../../shared/mediation/schema';
import { teamRecord } from '../../../shared/mediation/teamRecord';
import { formatDate, formatNumber } from '../../../shared/util/format';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { DateField } from '../../components/DateField';
import { ExportButton } from '../../components/ExportButton';
import { EmptyState } from '../../components/EmptyState';
import { errorText } from '../../components/errors';
import { FormActions } from '../../components/FormActions';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { FormModal } from '../../components/FormModal';
import { defaultCommunity, rememberCommunity } from '../../components/lastCommunity';
import { PageHeader } from '../../components/PageHeader';
import { inputOf } from '../../components/record';
import { useFormSubmit } from '../../components/useFormSubmit';
import { Field } from '../../components/Field';
import { callLimits } from '../../components/limits';
import { ui } from '../../i18n/ui';
import { call } from '../../src/api';
import { navigate } from '../../src/router';
import { selectors, useAppStore } from '../../src/store';
import { CommunityPicker } from './pickers';

/** The limits of the form, from the schema the server checks. */
const TEAM_LIMITS = callLimits('mediation.createTeam');
const L = teamRecord.formLabels;

/** Tổ hòa giải: one per thôn / tổ dân phố, with composition figures and the Điều 12 warnings. */
export function TeamsPage() {
  const { message } = App.useApp();
  const isCommune = useAppStore(selectors.isCommune);
  const teams = useAppStore(selectors.teams);
  const teamsLoaded = useAppStore(selectors.teamsLoaded);
  const communities = useAppStore(selectors.communities);
  const refreshTeams = useAppStore(selectors.refreshTeams);
  const refreshCommunities = useAppStore(selectors.refreshCommunities);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editing, setEditing] = useState<MediationTeam | 'new' | null>(null);
  const [printing, setPrinting] = useState<MediationTeam | null>(null);

  useEffect(() => {
    refreshTeams().then(
      () => setLoadError(null),
      (e: unknown) => setLoadError(errorText(e)),
    );
    void refreshCommunities().catch(() => undefined);
  }, [refreshTeams, refreshCommunities]);

  async function remove(t: MediationTeam) {
    try {
      await call('mediation.deleteTeam', { id: t.id, version: t.version });
      void message.success(ui.common.deleted);
      await refreshTeams();
    } catch (e) {
      void message.error(errorText(e));
    }
  }

  const canAdd = communities.length > 0;
  return (
    <>
      <PageHeader
        title={ui.teams.title}
        extra={
          <>
            <ExportButton input={{ list: 'teams', search: '' }} />
            {isCommune ? (
              <Button type="primary" data-testid="add-team" disabled={!canAdd} onClick={() => setEditing('new')}>
                {ui.teams.add}
              </Button>
            ) : null}
          </>
        }
      />
      {isCommune && !canAdd && teamsLoaded ? (
        <Typography.Paragraph type="warning">{ui.teams.needCommunity}</Typography.Paragraph>
      ) : null}
      {loadError ? <FormFailureAlert failure={{ message: loadError, unplaced: [] }} /> : null}
      <div data-testid="teams-table">
        <Table<MediationTeam>
          rowKey="id"
          loading={!teamsLoaded}
          dataSource={teams}
          pagination={false}
          locale={{ emptyText: <EmptyState text={ui.teams.empty} /> }}
          columns={[
            { title: L.communityId, dataIndex: 'communityName' },
            {
              title: L.name,
              dataIndex: 'name',
              render: (name: string, t) => (
                <>
                  <div>{name}</div>
                  {t.decisionRef || t.establishedOn ? (
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {[t.decisionRef, formatDate(t.establishedOn)].filter(Boolean).join(' — ')}
                    </Typography.Text>
                  ) : null}
                </>
              ),
            },
            {
              title: ui.teams.activeMediators,
              dataIndex: 'activeMediators',
              align: 'right',
              width: 130,
              render: (n: number) => formatNumber(n),
            },
            {
              title: ui.teams.women,
              dataIndex: 'femaleMediators',
              align: 'right',
              width: 80,
              render: (n: number) => formatNumber(n),
            },
            {
              title: ui.teams.warnings,
              key: 'warnings',
              render: (_: unknown, t) =>
                t.warnings.length === 0 ? (
                  <Tag color="green">{ui.teams.ok}</Tag>
                ) : (
                  <Flex vertical gap={4} align="flex-start">
                    {t.warnings.map((w) => (
                      <Tag key={w.code} color="red" style={{ whiteSpace: 'normal' }} data-testid="team-warning">
                        {w.message}
                      </Tag>
                    ))}
                  </Flex>
                ),
            },
            {
              title: ui.common.actions,
              key: 'actions',
              width: 330,
              render: (_: unknown, t) => (
                <Flex gap={8} wrap>
                  <Button
                    size="small"
                    onClick={() => navigate(`/mediation/mediators?teamId=${encodeURIComponent(t.id)}`)}
                  >
                    {ui.teams.mediators}
                  </Button>
                  <Button size="small" onClick={() => setPrinting(t)}>
                    {ui.teams.printRegister}
                  </Button>
                  {isCommune ? (
                    <>
                      <Button size="small" onClick={() => setEditing(t)}>
                        {ui.common.edit}
                      </Button>
                      <ConfirmDelete what={ui.teams.deleteWhat(t.name)} onConfirm={() => remove(t)} />
                    </>
                  ) : null}
                </Flex>
              ),
            },
          ]}
        />
      </div>
      {editing ? (
        <TeamForm
          team={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(created, addMediator) => {
            setEditing(null);
            void refreshTeams().catch(() => undefined);
            // "Lưu và thêm hòa giải viên": a new team has no mediators yet, go on to add the first one.
            if (created && addMediator) {
              navigate(`/mediation/mediators?teamId=${encodeURIComponent(created)}&add=1`);
            }
          }}
        />
      ) : null}
      {printing ? <PrintRegisterDialog team={printing} onClose={() => setPrinting(null)} /> : null}
    </>
  );
}

type TeamValues = Partial<RequestOf<'mediation.createTeam'>>;

/** Add or edit a team. Communities that already have a team are not offered (one team per community). */
function TeamForm({
  team,
  onClose,
  onSaved,
}: {
  team: MediationTeam | null;
  onClose: () => void;
  /** Called after a save, with the id of a team just created and whether its first mediator comes next. */
  onSaved: (created?: string, addMediator?: boolean) => void;
}) {
  const [form] = Form.useForm<TeamValues>();
  const submit = useFormSubmit(form, teamRecord.labels);
  // Set by "Lưu và thêm hòa giải viên" for the one save it starts.
  const thenMediator = useRef(false);
  const teams = useAppStore(selectors.teams);
  const taken = new Set(teams.filter((t) => t.id !== team?.id).map((t) => t.communityId));
  const communities = useAppStore(selectors.communities);
  const free = communities.filter((c) => !taken.has(c.id)).map((c) => c.id);
  const suggested = team ? undefined : defaultCommunity(free);

  // A new team starts on the last thôn used, or the only one still without a team.
  useEffect(() => {
    if (suggested && !form.getFieldValue('communityId')) form.setFieldValue('communityId', suggested);
  }, [suggested, form]);
  return (
    <FormModal
      title={team ? ui.teams.editTitle : ui.teams.addTitle}
      submit={submit}
      onClose={onClose}
      form={form}
      name="team"
      limits={TEAM_LIMITS}
      extraAction={
        team ? null : (
          <Button
            data-testid="save-add-mediator"
            loading={submit.submitting}
            onClick={() => {
              thenMediator.current = true;
              form.submit();
            }}
          >
            {ui.teams.saveAndAddMediator}
          </Button>
        )
      }
      initialValues={team ? inputOf(teamRecord, team) : {}}
      onFinishFailed={() => (thenMediator.current = false)}
      onFinish={(v) =>
        void submit.run(async () => {
          const addMediator = thenMediator.current;
          thenMediator.current = false;
          const fields = { ...inputOf(teamRecord, v), communityId: v.communityId ?? '' };
          rememberCommunity(fields.communityId);
          if (!team) return onSaved((await call('mediation.createTeam', fields)).id, addMediator);
          await call('mediation.updateTeam', { id: team.id, version: team.version, fields });
          onSaved();
        })
      }
    >
      <Form.Item name="communityId" label={L.communityId} rules={[{ required: true, message: ui.common.required }]}>
        <CommunityPicker autoFocus placeholder={ui.teams.communityPlaceholder} exclude={taken} />
      </Form.Item>
      <Field name="name" label={L.name}>
        <Input placeholder={ui.teams.namePlaceholder} />
      </Field>
      <Flex gap={16}>
        <Form.Item name="establishedOn" label={L.establishedOn} style={{ flex: 1 }}>
          <DateField />
        </Form.Item>
        <Field name="decisionRef" label={L.decisionRef} style={{ flex: 1 }}>
          <Input />
        </Field>
      </Flex>
      <Field name="note" label={L.note}>
        <Input.TextArea rows={2} />
      </Field>
    </FormModal>
  );
}

/** Chooses an optional period, then opens the printable Sổ theo dõi hoạt động hòa giải (domain.md §B.4). */
function PrintRegisterDialog({ team, onClose }: { team: MediationTeam; onClose: () => void }) {
  const [form] = Form.useForm<{ from?: string | null; to?: string | null }>();
  return (
    <Modal
      open
      title={`${ui.teams.printTitle} — ${team.name}`}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <FormActions
          onCancel={onClose}
          onOk={() => form.submit()}
          okText={ui.teams.printOpen}
          okTestId="print-register-open"
        />
      }
    >
      <Typography.Paragraph type="secondary">{ui.teams.printIntro}</Typography.Paragraph>
      <Form
        form={form}
        name="print-register"
        layout="vertical"
        onFinish={(v) => {
          const q = new URLSearchParams({ teamId: team.id });
          if (v.from) q.set('from', v.from);
          if (v.to) q.set('to', v.to);
          navigate(`/print/register?${q.toString()}`);
        }}
      >
        <Flex gap={16}>
          <Form.Item name="from" label={ui.teams.printFrom} style={{ flex: 1 }}>
            <DateField />
          </Form.Item>
          <Form.Item name="to" label={ui.teams.printTo} style={{ flex: 1 }}>
            <DateField />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
