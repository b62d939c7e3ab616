import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Space,
  Spin,
  Steps,
  Typography,
} from 'antd';
import { lazy, Suspense, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { CommunityType } from '../../../shared/community/schema';
import { communityRecord } from '../../../shared/community/communityRecord';
import { COMMUNITY_TYPE_LABELS, ROLE_LABELS } from '../../../shared/i18n/vi';
import type { Installation, Role } from '../../../shared/installation/schema';
import { formatNumber } from '../../../shared/util/format';
import { submitOnEnter } from '../../components/DialogForm';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { labelOptions } from '../../components/options';
import { useFormSubmit } from '../../components/useFormSubmit';
import { Field, LimitsProvider } from '../../components/Field';
import { callLimits } from '../../components/limits';
import { ui } from '../../i18n/ui';
import { call } from '../../src/api';
import { navigate } from '../../src/router';
import { selectors, useAppStore } from '../../src/store';
import { useAccess } from '../access/AccessShell';
import { NewPasswordFields } from '../access/NewPasswordFields';
import { RecoverySheet } from '../access/RecoverySheet';
import { accessUi } from '../access/text';
import { backupUi } from '../backup/text';
import { setupDoneUi } from '../../i18n/setupDone';

// Restoring from a backup is the other way in; its screens load only when chosen.
const FreshRestore = lazy(() => import('../backup/FreshRestore').then((m) => ({ default: m.FreshRestore })));

/** The limits of the set-up form, from the schema the server checks. */
const SETUP_LIMITS = callLimits('installation.setup');

interface CommunityRow {
  name?: string;
  type?: CommunityType;
  households?: number | null;
}

interface SetupValues {
  role: Role;
  code?: string;
  name?: string;
  province?: string;
  userName?: string;
  communities?: CommunityRow[];
  adminName?: string;
  password?: string;
  confirm?: string;
}

// The role is asked on the unit step: most installations are communes, chosen already, so the clerk
// starts typing the code at once (the account step of issue 12 costs no more steps than before).
type StepKey = 'unit' | 'communities' | 'account' | 'confirm';

/** Which step shows each top-level field, to send the clerk back to a field the server rejected. */
const STEP_OF_FIELD: Record<string, StepKey> = {
  role: 'unit',
  code: 'unit',
  name: 'unit',
  province: 'unit',
  userName: 'unit',
  communities: 'communities',
  admin: 'account',
};

const UNIT_FIELDS = ['role', 'code', 'name', 'province', 'userName'] as const;
/** The fields of each step a clerk types in, in order: the focus lands on the first one still empty. */
const TYPED_FIELDS: Record<StepKey, (string | number)[][]> = {
  unit: [['code'], ['name'], ['province'], ['userName']],
  communities: [['communities', 0, 'name']],
  account: [['adminName'], ['password'], ['confirm']],
  confirm: [],
};

/** The field to focus on a step: the first one still empty, else the first (null: the step has none). */
function firstEmptyField(step: StepKey, values: SetupValues): (string | number)[] | null {
  const fields = TYPED_FIELDS[step];
  const empty = fields.find((path) => {
    const value = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], values);
    return value === undefined || value === null || (typeof value === 'string' && !value.trim());
  });
  return empty ?? fields[0] ?? null;
}

/** The administrator's name the account step proposes: the user's name typed on the unit step, if it fits. */
function proposedAdminName(values: SetupValues): string | undefined {
  const name = values.userName?.trim();
  return name && [...name].length >= 2 && [...name].length <= 60 ? name : undefined;
}

/**
 * The code rule of the shared set-up schema (5 digits for a commune, Quyết định 19/2025/QĐ-TTg),
 * run as the clerk types so the server's own message shows under the field before submitting. The
 * schema (and zod) load on first use: they are not part of the first screen.
 */
async function codeIssue(values: SetupValues): Promise<string | null> {
  const { setupInput } = await import('../../../shared/installation/schema');
  const parsed = setupInput.safeParse({ ...toSetupInput(values), name: values.name || '-', communities: [] });
  return parsed.error?.issues.find((i) => i.path[0] === 'code')?.message ?? null;
}

/** The input of `installation.setup` from the wizard's values. */
function toSetupInput(v: SetupValues) {
  return {
    role: v.role,
    code: (v.code ?? '').trim(),
    name: v.name ?? '',
    province: v.province ?? null,
    userName: v.userName ?? null,
    communities:
      v.role === 'commune'
        ? (v.communities ?? []).map((c) => ({
            name: c.name ?? '',
            type: c.type ?? 'thon',
            households: c.households ?? null,
          }))
        : [],
    // The desktop set-up always protects the installation (issue 12).
    admin: { name: (v.adminName ?? '').trim(), password: v.password ?? '' },
  };
}

/**
 * First run (architecture.md §1): role, code, name, province, clerk, and for a commune its thôn /
 * tổ dân phố; then `installation.setup` creates the keys and the wizard shows the key fingerprint.
 */
export function SetupWizard() {
  const [form] = Form.useForm<SetupValues>();
  const submit = useFormSubmit(form);
  const setInstallation = useAppStore(selectors.setInstallation);
  const [step, setStep] = useState<StepKey>('unit');
  const [done, setDone] = useState<(Installation & { recoveryCode: string | null }) | null>(null);
  const [restoring, setRestoring] = useState(false);
  const access = useAccess();
  const submitButton = useRef<HTMLButtonElement>(null);
  const proposedName = useRef<string | undefined>(undefined);
  const role = Form.useWatch('role', form) ?? 'commune';
  const steps: StepKey[] =
    role === 'commune' ? ['unit', 'communities', 'account', 'confirm'] : ['unit', 'account', 'confirm'];
  const index = Math.max(0, steps.indexOf(step));
  const checkCode = async (_rule: unknown, code: string | undefined) => {
    if (!code?.trim()) return;
    const issue = await codeIssue({ ...(form.getFieldsValue(true) as SetupValues), code });
    if (issue) throw new Error(issue);
  };
  const last = index === steps.length - 1;

  useEffect(() => {
    const first = firstEmptyField(step, form.getFieldsValue(true) as SetupValues);
    // The confirm step has no field: Enter there submits (the button has the focus).
    if (first) form.focusField(first);
    else submitButton.current?.focus();
  }, [step, form]);

  async function next(e: FormEvent) {
    e.preventDefault();
    // A thôn row left empty means "none": it is dropped rather than refused.
    if (step === 'communities') {
      const kept = ((form.getFieldValue('communities') ?? []) as CommunityRow[]).filter(
        (c) => c.name?.trim() || c.households != null,
      );
      form.setFieldValue('communities', kept);
    }
    const names =
      step === 'unit'
        ? [...UNIT_FIELDS]
        : step === 'communities'
          ? ['communities']
          : step === 'account'
            ? ['adminName', 'password', 'confirm']
            : [];
    try {
      await form.validateFields(names, { recursive: true });
    } catch {
      return;
    }
    const values = form.getFieldsValue(true) as SetupValues;
    if (!last) {
      submit.clear();
      const nextStep = steps[index + 1] ?? 'confirm';
      // The thôn step opens with a first row ready to type in.
      if (nextStep === 'communities' && !values.communities?.length) {
        form.setFieldValue('communities', [{ type: 'thon', households: null }]);
      }
      // The first administrator is most often the clerk named on the unit step. The name stays
      // editable; once the clerk changed it, going back and forth keeps the clerk's own.
      if (nextStep === 'account' && (!values.adminName?.trim() || values.adminName === proposedName.current)) {
        proposedName.current = proposedAdminName(values);
        form.setFieldValue('adminName', proposedName.current);
      }
      setStep(nextStep);
      return;
    }
    let issueStep: StepKey | null = null;
    const ok = await submit.run(async () => {
      try {
        setDone(await call('installation.setup', toSetupInput(values)));
      } catch (err) {
        const field = (err as { error?: { issues?: { field: string }[] } }).error?.issues?.[0]?.field;
        issueStep = field ? (STEP_OF_FIELD[field.split('.')[0] ?? ''] ?? null) : null;
        throw err;
      }
    }, null);
    if (!ok && issueStep) setStep(issueStep);
  }

  if (restoring) {
    return (
      <SetupFrame>
        <Suspense fallback={<Spin />}>
          <FreshRestore onBack={() => setRestoring(false)} />
        </Suspense>
      </SetupFrame>
    );
  }

  if (done) {
    return (
      <SetupFrame>
        <Result
          status="success"
          title={ui.setup.doneTitle}
          subTitle={done.role === 'office' ? setupDoneUi.doneTextOffice : setupDoneUi.doneTextCommune}
          extra={
            <Flex vertical align="center" gap={16}>
              <Card size="small">
                <Descriptions
                  column={1}
                  items={[
                    {
                      key: 'fp',
                      label: ui.setup.fingerprint,
                      children: (
                        <Typography.Text
                          strong
                          copyable
                          style={{ fontSize: 20, letterSpacing: 1 }}
                          data-testid="fingerprint"
                        >
                          {done.fingerprint}
                        </Typography.Text>
                      ),
                    },
                    {
                      key: 'kid',
                      label: ui.setup.keyId,
                      children: <Typography.Text code>{done.keyId}</Typography.Text>,
                    },
                  ]}
                />
              </Card>
              {done.recoveryCode ? (
                <RecoverySheet code={done.recoveryCode} unit={done.name ?? ''} fingerprint={done.fingerprint} />
              ) : null}
              <Typography.Paragraph data-testid="setup-next-steps" style={{ maxWidth: 560, margin: 0 }}>
                {done.role === 'office' ? setupDoneUi.nextOffice : setupDoneUi.nextCommune}
              </Typography.Paragraph>
              <Button
                type="primary"
                size="large"
                autoFocus
                data-testid="setup-home"
                onClick={() => {
                  setInstallation(done);
                  navigate('/');
                  void access.refresh();
                }}
              >
                {ui.setup.goHome}
              </Button>
            </Flex>
          }
        />
      </SetupFrame>
    );
  }

  const values = form.getFieldsValue(true) as SetupValues;
  const rows = values.communities ?? [];

  return (
    <SetupFrame>
      <Typography.Paragraph>{ui.setup.intro}</Typography.Paragraph>
      {index === 0 ? (
        <Alert
          type="info"
          style={{ marginBottom: 16 }}
          title={backupUi.freshOffer}
          action={
            <Button data-testid="setup-restore" onClick={() => setRestoring(true)}>
              {backupUi.freshOpen}
            </Button>
          }
        />
      ) : null}
      <Steps
        current={index}
        style={{ marginBottom: 24 }}
        items={steps.map((s) => ({
          title: {
            unit: ui.setup.stepUnit,
            communities: ui.setup.stepCommunities,
            account: accessUi.adminStepTitle,
            confirm: ui.setup.stepConfirm,
          }[s],
        }))}
      />
      <FormFailureAlert failure={submit.failure} />
      <LimitsProvider limits={SETUP_LIMITS}>
        <Form
          form={form}
          name="setup"
          layout="vertical"
          component={false}
          initialValues={{ role: 'commune', communities: [] }}
          requiredMark="optional"
        >
          <form id="setup" onSubmit={(e) => void next(e)} onKeyDown={submitOnEnter} noValidate>
            <div hidden={step !== 'unit'}>
              <Form.Item
                name="role"
                label={ui.setup.roleQuestion}
                rules={[{ required: true, message: ui.common.required }]}
              >
                <Radio.Group
                  orientation="vertical"
                  options={[
                    {
                      value: 'commune',
                      label: (
                        <span>
                          <b>{ROLE_LABELS.commune}</b> — {ui.setup.roleCommuneHelp}
                        </span>
                      ),
                    },
                    {
                      value: 'office',
                      label: (
                        <span>
                          <b>{ROLE_LABELS.office}</b> — {ui.setup.roleOfficeHelp}
                        </span>
                      ),
                    },
                  ]}
                />
              </Form.Item>
              <Field
                name="code"
                label={role === 'commune' ? ui.setup.code : ui.setup.officeCodeLabel}
                extra={role === 'commune' ? ui.setup.codeHelp : ui.setup.officeCodeHelp}
                dependencies={['role']}
                rules={[{ required: true, whitespace: true, message: ui.common.required }, { validator: checkCode }]}
              >
                <Input inputMode={role === 'commune' ? 'numeric' : 'text'} style={{ maxWidth: 240 }} />
              </Field>
              <Field
                name="name"
                label={ui.setup.name}
                rules={[{ required: true, whitespace: true, message: ui.common.required }]}
              >
                <Input
                  placeholder={role === 'commune' ? ui.setup.namePlaceholderCommune : ui.setup.namePlaceholderOffice}
                />
              </Field>
              <Field name="province" label={ui.setup.province}>
                <Input placeholder={ui.setup.provincePlaceholder} />
              </Field>
              <Field name="userName" label={ui.setup.userName} extra={ui.setup.userNameHelp}>
                <Input />
              </Field>
            </div>

            <div hidden={step !== 'communities'}>
              <Typography.Paragraph type="secondary">{ui.setup.communitiesIntro}</Typography.Paragraph>
              <CommunityRows />
            </div>

            <div hidden={step !== 'account'}>
              <Typography.Paragraph>{accessUi.adminIntro}</Typography.Paragraph>
              <Field
                name="adminName"
                limitPath="admin.name"
                label={accessUi.adminName}
                rules={[{ required: true, whitespace: true, message: ui.common.required }]}
              >
                <Input autoComplete="username" style={{ maxWidth: 360 }} />
              </Field>
              <div style={{ maxWidth: 360 }}>
                <NewPasswordFields label={accessUi.password} />
              </div>
            </div>

            <div hidden={step !== 'confirm'}>
              <Typography.Paragraph>{ui.setup.confirmIntro}</Typography.Paragraph>
              <Descriptions
                bordered
                column={1}
                size="small"
                items={[
                  { key: 'role', label: ui.setup.stepRole, children: ROLE_LABELS[values.role ?? 'commune'] },
                  {
                    key: 'code',
                    label: values.role === 'office' ? ui.app.officeCode : ui.app.communeCode,
                    children: values.code,
                  },
                  { key: 'name', label: ui.setup.name, children: values.name },
                  { key: 'province', label: ui.setup.province, children: values.province },
                  { key: 'user', label: ui.setup.userName, children: values.userName },
                  { key: 'admin', label: accessUi.adminName, children: values.adminName },
                  ...(values.role === 'commune'
                    ? [
                        {
                          key: 'communities',
                          label: ui.setup.stepCommunities,
                          children:
                            rows.length === 0
                              ? ui.common.none
                              : `${ui.setup.communitiesCount(formatNumber(rows.length))}: ${rows
                                  .map((r) => r.name)
                                  .filter(Boolean)
                                  .join(', ')}`,
                        },
                      ]
                    : []),
                ]}
              />
            </div>

            <Flex justify="space-between" style={{ marginTop: 24 }}>
              <Button disabled={index === 0} onClick={() => setStep(steps[index - 1] ?? 'unit')}>
                {ui.common.back}
              </Button>
              <Button
                ref={submitButton}
                type="primary"
                htmlType="submit"
                loading={submit.submitting}
                data-testid={last ? 'setup-submit' : 'setup-next'}
              >
                {last ? ui.setup.submit : ui.common.next}
              </Button>
            </Flex>
          </form>
        </Form>
      </LimitsProvider>
    </SetupFrame>
  );
}

/** The editable list of thôn / tổ dân phố of the wizard. */
function CommunityRows() {
  return (
    <Form.List name="communities">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.length === 0 ? <Typography.Text type="secondary">{ui.setup.noCommunities}</Typography.Text> : null}
          {fields.map((field, i) => (
            <Card key={field.key} size="small" data-testid="setup-community-row">
              <Space wrap align="start">
                <Field
                  name={[field.name, 'name']}
                  limitPath="communities.*.name"
                  label={`${ui.setup.communityName} ${i + 1}`}
                  rules={[{ required: true, whitespace: true, message: ui.common.required }]}
                  style={{ marginBottom: 0, minWidth: 260 }}
                >
                  <Input placeholder={ui.communities.namePlaceholder} />
                </Field>
                <Field
                  name={[field.name, 'households']}
                  limitPath="communities.*.households"
                  label={communityRecord.formLabels.households}
                  style={{ marginBottom: 0 }}
                >
                  <InputNumber style={{ width: 120 }} />
                </Field>
                <Form.Item
                  name={[field.name, 'type']}
                  label={ui.setup.communityType}
                  initialValue="thon"
                  style={{ marginBottom: 0 }}
                >
                  <Radio.Group options={labelOptions(COMMUNITY_TYPE_LABELS)} />
                </Form.Item>
                <Form.Item label=" " style={{ marginBottom: 0 }}>
                  <Button onClick={() => remove(field.name)}>{ui.setup.removeRow}</Button>
                </Form.Item>
              </Space>
            </Card>
          ))}
          <div>
            <Button
              type="dashed"
              data-testid="setup-add-community"
              onClick={() => {
                add({ type: 'thon', households: null });
              }}
            >
              {ui.setup.addCommunity}
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  );
}

function SetupFrame({ children }: { children: ReactNode }) {
  return (
    <Flex justify="center" style={{ minHeight: '100vh', padding: 24, background: '#f0f2f5' }}>
      <Card style={{ width: '100%', maxWidth: 860, alignSelf: 'flex-start' }} title={ui.setup.title}>
        {children}
      </Card>
    </Flex>
  );
}
