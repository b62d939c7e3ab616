import {
  App,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import {
  ACCOUNT_ROLES,
  ACCOUNT_ROLE_HELP,
  ACCOUNT_ROLE_LABELS,
  MODULES,
  MODULE_LABELS,
  type AccountRole,
  type Module,
} from '../../../shared/auth/roles';
import type { Account } from '../../../shared/auth/schema';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { FormModal } from '../../components/FormModal';
import { errorText } from '../../components/errors';
import { type RecordFormProps, useFormSubmit } from '../../components/useFormSubmit';
import { Field, LimitsProvider } from '../../components/Field';
import { callLimits } from '../../components/limits';
import { ui } from '../../i18n/ui';
import { call } from '../../src/api';
import { useAccess } from './AccessShell';
import { NewPasswordFields } from './NewPasswordFields';
import { RecoverySheet } from './RecoverySheet';
import { accessUi as t } from './text';
import { selectors, useAppStore } from '../../src/store';

/** The limits of the forms, from the schemas the server checks. */
const PROTECT_LIMITS = callLimits('auth.protect');
const IDLE_LIMITS = callLimits('account.setIdleLock');
const ACCOUNT_LIMITS = callLimits('account.create');

/** The access part of Cài đặt: protection of an unprotected installation, else passwords, accounts, idle lock. */
export function AccessSettings() {
  const { status } = useAccess();
  if (!status) return null;
  if (!status.protected) return <ProtectCard />;
  const isAdmin = status.session?.role === 'quan_tri';
  return (
    <>
      {isAdmin ? <AccountsCard /> : null}
      {isAdmin ? <IdleCard minutes={status.idleLockMinutes} /> : null}
      <MyPasswordCard />
      {isAdmin ? <RecoveryCard /> : null}
    </>
  );
}

function ProtectCard() {
  const { refresh } = useAccess();
  const installation = useAppStore(selectors.installation);
  const [form] = Form.useForm<{ name: string; password: string; confirm: string }>();
  const submit = useFormSubmit(form);
  const [done, setDone] = useState<{ recoveryCode: string; backupFile: string } | null>(null);
  return (
    <Card title={t.protectTitle} style={{ marginTop: 16 }} data-testid="protect-card">
      {done ? (
        <Flex vertical gap={12}>
          <Typography.Text type="success">{t.protectDone}</Typography.Text>
          <RecoverySheet
            code={done.recoveryCode}
            unit={installation?.name ?? ''}
            fingerprint={installation?.fingerprint}
          />
          <div>
            <Button type="primary" onClick={() => void refresh()}>
              {ui.common.close}
            </Button>
          </div>
        </Flex>
      ) : (
        <>
          <Typography.Paragraph>{t.protectIntro}</Typography.Paragraph>
          <FormFailureAlert failure={submit.failure} />
          <LimitsProvider limits={PROTECT_LIMITS}>
            <Form
              form={form}
              name="protect"
              layout="vertical"
              style={{ maxWidth: 420 }}
              onFinish={({ confirm: _c, ...v }) =>
                void submit.run(async () => {
                  const r = await call('auth.protect', v);
                  setDone({ recoveryCode: r.recoveryCode, backupFile: r.backupFile });
                }, t.protectDone)
              }
            >
              <Field name="name" label={t.adminName} rules={[{ required: true, whitespace: true }]}>
                <Input />
              </Field>
              <NewPasswordFields label={t.password} />
              <Button type="primary" htmlType="submit" loading={submit.submitting}>
                {t.protect}
              </Button>
            </Form>
          </LimitsProvider>
        </>
      )}
    </Card>
  );
}

function MyPasswordCard() {
  const [form] = Form.useForm<{ current: string; password: string; confirm: string }>();
  const submit = useFormSubmit(form);
  return (
    <Card title={t.myPassword} style={{ marginTop: 16 }}>
      <FormFailureAlert failure={submit.failure} />
      <Form
        form={form}
        name="my-password"
        layout="vertical"
        style={{ maxWidth: 420 }}
        onFinish={(v) =>
          void submit.run(async () => {
            await call('auth.changePassword', { current: v.current, next: v.password });
            form.resetFields();
          }, t.changed)
        }
      >
        <Field name="current" label={t.currentPassword} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Field>
        <NewPasswordFields />
        <Button type="primary" htmlType="submit" loading={submit.submitting}>
          {t.myPassword}
        </Button>
      </Form>
    </Card>
  );
}

function IdleCard({ minutes }: { minutes: number }) {
  const { refresh } = useAccess();
  const [form] = Form.useForm<{ minutes: number }>();
  const submit = useFormSubmit(form);
  return (
    <Card title={t.idleTitle} style={{ marginTop: 16 }}>
      <FormFailureAlert failure={submit.failure} />
      <LimitsProvider limits={IDLE_LIMITS}>
        <Form
          form={form}
          name="idle"
          layout="inline"
          initialValues={{ minutes }}
          onFinish={(v) =>
            void submit.run(async () => {
              await call('account.setIdleLock', v);
              await refresh();
            })
          }
        >
          <Field name="minutes" label={t.idleMinutes} extra={t.idleHelp} rules={[{ required: true }]}>
            <InputNumber style={{ width: 100 }} />
          </Field>
          <Button type="primary" htmlType="submit" loading={submit.submitting} data-testid="idle-save">
            {ui.common.save}
          </Button>
        </Form>
      </LimitsProvider>
    </Card>
  );
}

function RecoveryCard() {
  const { modal, message } = App.useApp();
  const installation = useAppStore(selectors.installation);
  const [code, setCode] = useState<string | null>(null);
  return (
    <Card title={t.recoveryTitle} style={{ marginTop: 16 }}>
      {code ? (
        <RecoverySheet code={code} unit={installation?.name ?? ''} fingerprint={installation?.fingerprint} />
      ) : (
        <Button
          onClick={() =>
            void modal.confirm({
              title: t.recoveryNew,
              content: t.recoveryNewConfirm,
              okText: t.recoveryNew,
              cancelText: ui.common.cancel,
              onOk: async () => {
                try {
                  setCode((await call('account.newRecoveryCode', {})).recoveryCode);
                } catch (e) {
                  void message.error(errorText(e));
                }
              },
            })
          }
        >
          {t.recoveryNew}
        </Button>
      )}
    </Card>
  );
}

interface AccountValues {
  name: string;
  role: AccountRole;
  modules: Module[];
  password: string;
  confirm: string;
}

function AccountsCard() {
  const { message } = App.useApp();
  const [items, setItems] = useState<Account[]>([]);
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const [passwordFor, setPasswordFor] = useState<Account | null>(null);
  const [version, setVersion] = useState(0);
  const load = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    let live = true;
    call('account.list', {}).then(
      (r) => live && setItems(r.items),
      (e: unknown) => live && void message.error(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [version, message]);
  const toggle = async (a: Account) => {
    try {
      await call('account.update', { id: a.id, disabled: !a.disabled });
      void message.success(ui.common.saved);
      load();
    } catch (e) {
      void message.error(errorText(e));
    }
  };
  return (
    <Card
      title={t.accountsTitle}
      style={{ marginTop: 16 }}
      extra={
        <Button type="primary" onClick={() => setEditing('new')} data-testid="add-account">
          {t.addAccount}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t.accountsIntro}</Typography.Paragraph>
      <Table<Account>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        data-testid="accounts-table"
        columns={[
          { title: t.accountName, dataIndex: 'name' },
          { title: t.role, dataIndex: 'role', render: (r: AccountRole) => ACCOUNT_ROLE_LABELS[r] },
          {
            title: t.modules,
            key: 'modules',
            render: (_: unknown, a) =>
              a.role === 'can_bo' ? a.modules.map((m) => MODULE_LABELS[m]).join('; ') || t.noModules : t.allModules,
          },
          {
            title: t.status,
            key: 'status',
            render: (_: unknown, a) =>
              a.disabled ? <Tag color="red">{t.disabled}</Tag> : <Tag color="green">{t.active}</Tag>,
          },
          {
            title: '',
            key: 'actions',
            render: (_: unknown, a) => (
              <Space wrap>
                <Button size="small" onClick={() => setEditing(a)}>
                  {t.edit}
                </Button>
                <Button size="small" onClick={() => setPasswordFor(a)}>
                  {t.setPassword}
                </Button>
                <Button
                  size="small"
                  danger={!a.disabled}
                  onClick={() => void toggle(a)}
                  title={a.disabled ? t.enableHint : undefined}
                >
                  {a.disabled ? t.enable : t.disable}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing ? (
        <AccountForm
          current={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => void load()}
        />
      ) : null}
      {passwordFor ? (
        <PasswordForm account={passwordFor} onClose={() => setPasswordFor(null)} onSaved={() => void load()} />
      ) : null}
    </Card>
  );
}

function AccountForm({ current: account, onClose, onSaved }: RecordFormProps<Account>) {
  const [form] = Form.useForm<AccountValues>();
  const submit = useFormSubmit(form);
  const role = Form.useWatch('role', form) ?? account?.role ?? 'can_bo';
  return (
    <FormModal<AccountValues>
      title={account ? `${t.edit}: ${account.name}` : t.addAccount}
      form={form}
      name="account"
      limits={ACCOUNT_LIMITS}
      submit={submit}
      onClose={onClose}
      initialValues={{ role: account?.role ?? 'can_bo', modules: account?.modules ?? [], name: account?.name }}
      onFinish={(v) =>
        void submit.run(async () => {
          if (account) await call('account.update', { id: account.id, role: v.role, modules: v.modules ?? [] });
          else
            await call('account.create', {
              name: v.name,
              role: v.role,
              modules: v.modules ?? [],
              password: v.password,
            });
          onSaved();
          onClose();
        })
      }
    >
      <Field name="name" label={t.accountName} rules={[{ required: true, whitespace: true }]}>
        <Input disabled={!!account} autoFocus={!account} />
      </Field>
      <Form.Item name="role" label={t.role} rules={[{ required: true }]}>
        <Radio.Group
          options={ACCOUNT_ROLES.map((r) => ({
            value: r,
            label: (
              <span>
                <b>{ACCOUNT_ROLE_LABELS[r]}</b> — {ACCOUNT_ROLE_HELP[r]}
              </span>
            ),
          }))}
          style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
        />
      </Form.Item>
      {role === 'can_bo' ? (
        <Form.Item name="modules" label={t.modules}>
          <Checkbox.Group options={MODULES.map((m) => ({ value: m, label: MODULE_LABELS[m] }))} />
        </Form.Item>
      ) : null}
      {account ? null : <NewPasswordFields label={t.password} />}
    </FormModal>
  );
}

function PasswordForm({ account, onClose, onSaved }: { account: Account; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<{ password: string; confirm: string }>();
  const submit = useFormSubmit(form);
  return (
    <FormModal<{ password: string; confirm: string }>
      title={`${t.setPassword}: ${account.name}`}
      form={form}
      name="set-password"
      submit={submit}
      onClose={onClose}
      onFinish={(v) =>
        void submit.run(async () => {
          await call('account.setPassword', { id: account.id, password: v.password });
          onSaved();
          onClose();
        })
      }
    >
      <NewPasswordFields />
    </FormModal>
  );
}
