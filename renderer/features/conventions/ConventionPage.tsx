import {
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Spin,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState, type ReactNode } from 'react';
import {
  CONVENTION_STATUS_LABELS,
  CONVENTION_TYPE_LABELS,
  REVIEW_OUTCOME_LABELS,
  VOTE_METHOD_LABELS,
  type ConventionStatus,
} from '../../../shared/convention/codes';
import { conventionRecord } from '../../../shared/convention/conventionRecord';
import type { Convention, ConventionAction } from '../../../shared/convention/schema';
import { formatDate, formatNumber } from '../../../shared/util/format';
import { AttachmentList } from '../../components/Attachments';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { HistoryView } from '../../components/HistoryView';
import { useCall } from '../../components/hooks';
import { labelOptions } from '../../components/options';
import { PageHeader } from '../../components/PageHeader';
import { conventionStatus } from './statusText';
import { todayIso } from '../../../shared/util/dates';
import { useFormSubmit } from '../../components/useFormSubmit';
import { Field } from '../../components/Field';
import { callLimits } from '../../components/limits';
import { ui } from '../../i18n/ui';
import { publicUi } from '../../i18n/publicUi';
import { call } from '../../src/api';
import { navigate } from '../../src/router';
import { selectors, useAppStore } from '../../src/store';
import { formatHistoryValue } from '../disclosure/DisclosuresPage';
import { CONVENTION_STATUS_COLORS, ConventionForm } from './ConventionsPage';

/** The limits of the form, from the schema the server checks. */
const STEP_LIMITS = callLimits('convention.act', 'step');

const t = publicUi.convention;
const C = conventionRecord.formLabels;

type StepName = ConventionAction['action'];

/** Which steps a status allows (domain.md §D.3), in the order the buttons show. */
const STEPS_BY_STATUS: Record<ConventionStatus, StepName[]> = {
  soan_thao: ['consult', 'vote'],
  lay_y_kien: ['consult', 'vote'],
  da_thong_qua: ['submit', 'recognize', 'repeal'],
  da_cong_nhan: ['review', 'amend', 'suspend', 'repeal'],
  tam_ngung: ['review', 'resume', 'amend', 'repeal'],
  bai_bo: [],
};

const STEP_LABELS: Record<StepName, string> = {
  consult: t.consult,
  vote: t.vote,
  submit: t.submit,
  recognize: t.recognize,
  review: t.review,
  amend: t.amend,
  suspend: t.suspend,
  resume: t.resume,
  repeal: t.repeal,
};

/** One convention: its details, lifecycle steps, votes with the two >50% checks, reviews, versions, history. */
export function ConventionPage({ id }: { id: string }) {
  const isCommune = useAppStore(selectors.isCommune);
  const loaded = useCall('convention.get', { id });
  const history = useCall('convention.history', { id });
  const [step, setStep] = useState<StepName | null>(null);
  const [editing, setEditing] = useState(false);
  const c = loaded.data;
  if (loaded.error && !c) return <Result status="404" title={loaded.error} />;
  if (!c) return <Spin />;
  const status = conventionStatus(c, todayIso());
  const reload = () => {
    loaded.reload();
    history.reload();
  };
  return (
    <>
      <PageHeader
        title={c.title}
        subtitle={`${c.communityName} · ${CONVENTION_TYPE_LABELS[c.type]} · ${t.versionNo(c.versionNo)}`}
        extra={
          <>
            <Button onClick={() => navigate('/conventions')}>{t.back}</Button>
            {isCommune ? <Button onClick={() => setEditing(true)}>{ui.common.edit}</Button> : null}
          </>
        }
      />
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <Tag color={CONVENTION_STATUS_COLORS[c.status]} data-testid="convention-status" style={{ fontSize: 15 }}>
          {status.label}
        </Tag>
        <Typography.Text type="secondary" data-testid="convention-since">
          {status.since}
        </Typography.Text>
        {c.supersedesId ? (
          <Button size="small" type="link" onClick={() => navigate(`/conventions/${c.supersedesId}`)}>
            {t.supersedes}
          </Button>
        ) : null}
        {c.supersededById ? (
          <Button
            size="small"
            type="link"
            data-testid="superseded-by"
            onClick={() => navigate(`/conventions/${c.supersededById}`)}
          >
            {t.supersededBy}
          </Button>
        ) : null}
      </Flex>
      {c.warnings.length > 0 ? (
        <Flex vertical gap={4} align="flex-start" style={{ marginBottom: 12 }}>
          {c.warnings.map((w) => (
            <Tag key={w.code} color="orange" data-testid="convention-warning" style={{ whiteSpace: 'normal' }}>
              {w.message}
            </Tag>
          ))}
        </Flex>
      ) : null}
      {isCommune && STEPS_BY_STATUS[c.status].length > 0 ? (
        <Card size="small" title={t.steps} style={{ marginBottom: 12 }}>
          <Flex gap={8} wrap>
            {STEPS_BY_STATUS[c.status]
              .filter((s) => !(s === 'amend' && c.supersededById))
              .map((s) => (
                <Button
                  key={s}
                  data-testid={`step-${s}`}
                  danger={s === 'repeal' || s === 'suspend'}
                  onClick={() => setStep(s)}
                >
                  {STEP_LABELS[s]}
                </Button>
              ))}
          </Flex>
        </Card>
      ) : null}
      <Tabs
        items={[
          { key: 'details', label: t.details, children: <Details c={c} /> },
          {
            key: 'history',
            label: publicUi.disclosure.history,
            children: (
              <HistoryView
                entries={history.data ?? []}
                labels={conventionRecord.labels}
                formatValue={formatHistoryValue}
              />
            ),
          },
        ]}
      />
      {step ? (
        <StepDialog
          convention={c}
          step={step}
          onClose={() => setStep(null)}
          onDone={(next) => {
            setStep(null);
            if (next.id !== c.id) navigate(`/conventions/${next.id}`);
            else reload();
          }}
        />
      ) : null}
      {editing ? (
        <ConventionForm
          convention={c}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            reload();
          }}
        />
      ) : null}
    </>
  );
}

function Check({ ok, applies = true }: { ok: boolean; applies?: boolean }) {
  if (!applies) return <Typography.Text type="secondary">{t.notNeeded}</Typography.Text>;
  return <Tag color={ok ? 'green' : 'red'}>{ok ? 'Đạt' : 'Không đạt'}</Tag>;
}

function Details({ c }: { c: Convention }) {
  const d = (v: string | null) => (v ? formatDate(v) : t.none);
  return (
    <Flex vertical gap={16}>
      <Descriptions
        bordered
        size="small"
        column={2}
        items={[
          {
            label: t.consultFrom,
            children: c.consultationFrom
              ? `${formatDate(c.consultationFrom)} – ${formatDate(c.consultationTo)}`
              : t.none,
          },
          { label: t.consultPlace, children: c.consultationPlace ?? '' },
          { label: C.adoptedOn, children: d(c.adoptedOn) },
          { label: C.submittedOn, children: d(c.submittedOn) },
          {
            label: C.recognizedOn,
            children: c.recognizedOn ? `${formatDate(c.recognizedOn)} (${c.decisionRef ?? ''})` : t.none,
          },
          { label: C.effectiveOn, children: d(c.effectiveOn) },
          {
            label: t.legalBasis,
            children: (
              <span data-testid="convention-basis">
                {t.legalBasisText(c.legalBasis.legalRef, c.legalBasis.recognizer)}
                {c.legalBasis.unconfirmed ? ` (${t.unconfirmedRule})` : ''}
              </span>
            ),
            span: 2,
          },
          { label: C.draftingTeam, children: c.draftingTeam ?? '', span: 2 },
          { label: C.signatories, children: c.signatories ?? '', span: 2 },
          { label: C.attachments, children: <AttachmentList attachments={c.attachments} />, span: 2 },
        ]}
      />
      <Section title={t.votes}>
        <Table
          data-testid="votes-table"
          size="small"
          rowKey={(_, i) => String(i)}
          pagination={false}
          dataSource={c.votes}
          columns={[
            { title: t.voteOn, dataIndex: 'on', render: (v: string) => formatDate(v) },
            {
              title: t.method,
              dataIndex: 'method',
              render: (m: keyof typeof VOTE_METHOD_LABELS) => VOTE_METHOD_LABELS[m],
            },
            { title: t.households, dataIndex: 'households', align: 'right', render: (n: number) => formatNumber(n) },
            { title: t.present, dataIndex: 'present', align: 'right', render: (n: number) => formatNumber(n) },
            { title: t.approving, dataIndex: 'approving', align: 'right', render: (n: number) => formatNumber(n) },
            {
              title: t.quorum,
              key: 'q',
              render: (_: unknown, v) => <Check ok={v.quorum} applies={v.method === 'hop'} />,
            },
            { title: t.majority, key: 'm', render: (_: unknown, v) => <Check ok={v.majority} /> },
            {
              title: C.status,
              key: 'p',
              render: (_: unknown, v) => (
                <Tag color={v.passed ? 'green' : 'red'} data-testid="vote-result">
                  {v.passed ? t.passed : t.failed}
                </Tag>
              ),
            },
          ]}
        />
      </Section>
      <Section title={t.reviews}>
        <Table
          data-testid="reviews-table"
          size="small"
          rowKey={(r) => `${r.on}-${r.outcome}`}
          pagination={false}
          dataSource={c.reviews}
          columns={[
            { title: t.reviewOn, dataIndex: 'on', render: (v: string) => formatDate(v) },
            {
              title: t.outcome,
              dataIndex: 'outcome',
              render: (o: keyof typeof REVIEW_OUTCOME_LABELS) => REVIEW_OUTCOME_LABELS[o],
            },
            { title: C.note, dataIndex: 'note' },
          ]}
        />
      </Section>
      <Section title={t.statusLog}>
        <Table
          size="small"
          rowKey={(e) => `${e.on}-${e.status}`}
          pagination={false}
          dataSource={c.statusLog}
          columns={[
            { title: C.statusOn, dataIndex: 'on', render: (v: string) => formatDate(v) },
            { title: C.status, dataIndex: 'status', render: (s: ConventionStatus) => CONVENTION_STATUS_LABELS[s] },
            { title: C.decisionRef, dataIndex: 'decisionRef' },
            { title: t.deadline, dataIndex: 'deadline', render: (v: string | null) => formatDate(v) },
            { title: t.reason, dataIndex: 'note' },
          ]}
        />
      </Section>
    </Flex>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <Typography.Title level={5}>{title}</Typography.Title>
      {children}
    </div>
  );
}

type StepValues = Record<string, unknown>;

/** The step's call input from the dialog's values. */
function stepOf(step: StepName, v: StepValues): ConventionAction {
  const s = (k: string) => (v[k] as string | null | undefined) ?? null;
  const n = (k: string) => Number(v[k] ?? 0);
  switch (step) {
    case 'consult':
      return { action: 'consult', from: s('from') ?? '', to: s('to') ?? '', place: s('place'), result: s('result') };
    case 'vote':
      return {
        action: 'vote',
        vote: {
          method: (s('method') as 'hop' | 'phieu') ?? 'hop',
          on: s('on') ?? '',
          households: n('households'),
          present: n('present'),
          approving: n('approving'),
        },
      };
    case 'submit':
      return { action: 'submit', on: s('on') ?? '' };
    case 'recognize':
      return {
        action: 'recognize',
        on: s('on') ?? '',
        decisionRef: s('decisionRef') ?? '',
        effectiveOn: s('effectiveOn'),
      };
    case 'suspend':
      return {
        action: 'suspend',
        on: s('on') ?? '',
        decisionRef: s('decisionRef') ?? '',
        deadline: s('deadline'),
        note: s('note'),
      };
    case 'resume':
      return { action: 'resume', on: s('on') ?? '', decisionRef: s('decisionRef') };
    case 'repeal':
      return { action: 'repeal', on: s('on') ?? '', decisionRef: s('decisionRef') ?? '', note: s('note') };
    case 'review':
      return {
        action: 'review',
        on: s('on') ?? '',
        outcome: (s('outcome') as 'giu_nguyen') ?? 'giu_nguyen',
        note: s('note'),
      };
    case 'amend':
      return { action: 'amend', title: s('title') };
  }
}

const STEP_TITLES: Record<StepName, string> = {
  consult: t.consultTitle,
  vote: t.voteTitle,
  submit: t.submitTitle,
  recognize: t.recognizeTitle,
  review: t.reviewTitle,
  amend: t.amendTitle,
  suspend: t.suspendTitle,
  resume: t.resumeTitle,
  repeal: t.repealTitle,
};

function required(label: string, name: string, child: ReactNode, limitPath?: string) {
  return (
    <Field name={name} label={label} rules={[{ required: true, message: ui.common.required }]} limitPath={limitPath}>
      {child}
    </Field>
  );
}

function StepFields({ step, households }: { step: StepName; households: number | null }) {
  switch (step) {
    case 'consult':
      return (
        <>
          <Flex gap={16}>
            <div style={{ flex: 1 }}>{required(t.consultFrom, 'from', <DateField autoFocus />)}</div>
            <div style={{ flex: 1 }}>{required(t.consultTo, 'to', <DateField />)}</div>
          </Flex>
          <Field name="place" label={t.consultPlace}>
            <Input />
          </Field>
          <Field name="result" label={t.consultResult}>
            <Input.TextArea rows={3} />
          </Field>
        </>
      );
    case 'vote':
      return (
        <>
          {required(t.method, 'method', <Radio.Group options={labelOptions(VOTE_METHOD_LABELS)} />)}
          {required(t.voteOn, 'on', <DateField />)}
          <Flex gap={16}>
            <div style={{ flex: 1 }}>
              {required(
                t.households,
                'households',
                <InputNumber style={{ width: '100%' }} placeholder={households ? String(households) : undefined} />,
                'vote.households',
              )}
            </div>
            <div style={{ flex: 1 }}>
              {required(t.present, 'present', <InputNumber style={{ width: '100%' }} />, 'vote.present')}
            </div>
            <div style={{ flex: 1 }}>
              {required(t.approving, 'approving', <InputNumber style={{ width: '100%' }} />, 'vote.approving')}
            </div>
          </Flex>
        </>
      );
    case 'submit':
      return required(C.submittedOn, 'on', <DateField autoFocus />);
    case 'recognize':
      return (
        <>
          <Flex gap={16}>
            <div style={{ flex: 1 }}>{required(C.decisionRef, 'decisionRef', <Input autoFocus />)}</div>
            <div style={{ flex: 1 }}>{required(t.decisionOn, 'on', <DateField />)}</div>
          </Flex>
          <Form.Item name="effectiveOn" label={C.effectiveOn}>
            <DateField />
          </Form.Item>
        </>
      );
    case 'suspend':
    case 'repeal':
    case 'resume':
      return (
        <>
          <Flex gap={16}>
            <div style={{ flex: 1 }}>
              {step === 'resume' ? (
                <Field name="decisionRef" label={C.decisionRef}>
                  <Input autoFocus />
                </Field>
              ) : (
                required(C.decisionRef, 'decisionRef', <Input autoFocus />)
              )}
            </div>
            <div style={{ flex: 1 }}>{required(t.decisionOn, 'on', <DateField />)}</div>
          </Flex>
          {step === 'suspend' ? (
            <Form.Item name="deadline" label={t.deadline}>
              <DateField />
            </Form.Item>
          ) : null}
          {step !== 'resume' ? (
            <Field name="note" label={t.reason}>
              <Input.TextArea rows={2} />
            </Field>
          ) : null}
        </>
      );
    case 'review':
      return (
        <>
          {required(t.reviewOn, 'on', <DateField autoFocus />)}
          {required(t.outcome, 'outcome', <Radio.Group options={labelOptions(REVIEW_OUTCOME_LABELS)} />)}
          <Field name="note" label={C.note}>
            <Input.TextArea rows={2} />
          </Field>
        </>
      );
    case 'amend':
      return (
        <>
          <Typography.Paragraph type="secondary">{t.amendHint}</Typography.Paragraph>
          <Field name="title" label={t.newTitle}>
            <Input autoFocus />
          </Field>
        </>
      );
  }
}

/** One lifecycle step in a dialog; a vote that fails the 50% rule is kept and said so. */
function StepDialog({
  convention,
  step,
  onClose,
  onDone,
}: {
  convention: Convention;
  step: StepName;
  onClose: () => void;
  onDone: (c: Convention) => void;
}) {
  const [form] = Form.useForm<StepValues>();
  const submit = useFormSubmit(form, conventionRecord.labels);
  const communities = useAppStore(selectors.communities);
  const households = communities.find((c) => c.id === convention.communityId)?.households ?? null;
  const lastVote = convention.votes[convention.votes.length - 1];
  return (
    <FormModal
      title={STEP_TITLES[step]}
      submit={submit}
      onClose={onClose}
      form={form}
      name={`step-${step}`}
      limits={STEP_LIMITS}
      draft={`convention-step:${convention.id}:${step}`}
      initialValues={
        step === 'vote'
          ? {
              method: lastVote && !lastVote.passed ? 'phieu' : 'hop',
              households: lastVote?.households ?? households ?? undefined,
            }
          : step === 'review'
            ? { outcome: 'giu_nguyen' }
            : {}
      }
      onFinish={(v) =>
        void submit.run(async () => {
          const next = await call('convention.act', {
            id: convention.id,
            version: convention.version,
            step: stepOf(step, v),
          });
          onDone(next);
        })
      }
    >
      {step === 'vote' && lastVote && !lastVote.passed ? (
        <Typography.Paragraph type="warning">{t.voteFailedHint}</Typography.Paragraph>
      ) : null}
      <StepFields step={step} households={households} />
    </FormModal>
  );
}
