import {
  Alert,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Input,
  Radio,
  Space,
  Table,
  Tag,
  Typography,
  message,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { CommuneSync, SyncEvent } from '../../../shared/sync/schema';
import { formatNumber } from '../../../shared/util/format';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../components/errors';
import { call } from '../../src/api';
import { platform } from '../../src/platform';
import { navigate } from '../../src/router';
import { EnrollDialog } from './EnrollDialog';
import { OwnCardButton } from './OwnCardButton';
import { countLines, formatDateTime, seqRange } from './format';
import { SYNC_TEXT as T } from './text';

/**
 * `#/send` (commune): the office the data goes to, what it has not acknowledged yet, the export of a
 * signed, encrypted bundle to a file the clerk chooses, its printable cover sheet, receipts, history.
 */
export function SendPage() {
  const [status, setStatus] = useState<CommuneSync | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [enrolling, setEnrolling] = useState(false);
  const reload = useCallback(() => {
    call('sync.communeStatus', {}).then(setStatus, (e: unknown) => setError(errorText(e)));
  }, []);
  useEffect(reload, [reload]);

  if (error) return <Alert type="error" showIcon title={error} />;
  if (!status) return null;
  return (
    <Flex vertical gap={16}>
      <PageHeader title={T.sendTitle} subtitle={T.sendIntro} extra={<OwnCardButton />} />
      <OfficeCard status={status} onEnroll={() => setEnrolling(true)} />
      {status.office && <PendingCard status={status} />}
      {status.office && <ExportCard status={status} onDone={reload} />}
      {status.office && <ReceiptCard onDone={reload} />}
      <HistoryCard history={status.history} />
      <EnrollDialog
        open={enrolling}
        title={T.enrollTitleOffice}
        replacing={!!status.office}
        onClose={() => setEnrolling(false)}
        onDone={() => (setEnrolling(false), reload())}
      />
    </Flex>
  );
}

function OfficeCard({ status, onEnroll }: { status: CommuneSync; onEnroll: () => void }) {
  const { office } = status;
  return (
    <Card
      title={T.office}
      size="small"
      extra={
        <Button onClick={onEnroll} data-testid="enroll-office">
          {office ? T.changeOffice : T.enrollOffice}
        </Button>
      }
    >
      {office ? (
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={T.name}>
            <span data-testid="office-name">{office.name}</span>
          </Descriptions.Item>
          <Descriptions.Item label={T.code}>{office.code}</Descriptions.Item>
          <Descriptions.Item label={T.fingerprint}>{office.fingerprint}</Descriptions.Item>
        </Descriptions>
      ) : (
        <EmptyState text={T.noOffice} />
      )}
    </Card>
  );
}

function PendingCard({ status }: { status: CommuneSync }) {
  const rows = countLines(status.pending.counts);
  const delivered = status.lastReceipt !== null;
  return (
    <Card title={T.pendingTitle} size="small">
      <Flex vertical gap={12}>
        {delivered ? (
          <Alert
            type={status.pending.changes === 0 ? 'success' : 'info'}
            showIcon
            title={<span data-testid="sync-delivered">{T.delivered(formatNumber(status.acknowledgedSeq))}</span>}
          />
        ) : (
          <Typography.Text type="secondary">{T.notYetDelivered}</Typography.Text>
        )}
        {status.pending.changes === 0 ? (
          <Typography.Text strong data-testid="sync-pending">
            {T.pendingNone}
          </Typography.Text>
        ) : (
          <>
            <Typography.Text strong data-testid="sync-pending">
              {T.pending(formatNumber(status.pending.changes))}
            </Typography.Text>
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={rows}
              columns={[
                { title: T.kind, dataIndex: 'label' },
                { title: T.changes, dataIndex: 'value', align: 'right', render: (n: number) => formatNumber(n) },
              ]}
            />
          </>
        )}
      </Flex>
    </Card>
  );
}

/** Runs one action at a time with a busy flag; a failure shows its Vietnamese message. */
function useAction() {
  const [busy, setBusy] = useState(false);
  const [messageApi, holder] = message.useMessage();
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (e) {
      void messageApi.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, run, messageApi, holder };
}

function ExportCard({ status, onDone }: { status: CommuneSync; onDone: () => void }) {
  const [profile, setProfile] = useState<'minimal' | 'full'>('minimal');
  const [reason, setReason] = useState('');
  const [all, setAll] = useState(false);
  const [last, setLast] = useState<SyncEvent | null>(null);
  const { busy, run: act, messageApi, holder } = useAction();
  const nothing = status.pending.changes === 0 && !all;
  const run = () =>
    act(async () => {
      const out = await call('sync.exportBundle', { profile, all, ...(profile === 'full' ? { reason } : {}) });
      const saved = await platform.saveFile({
        suggestedName: out.fileName,
        base64: out.base64,
        mimeType: out.mimeType,
      });
      if (saved) void messageApi.success(T.exported(saved));
      setLast(out.event);
      onDone();
    });
  return (
    <Card title={T.exportTitle} size="small">
      {holder}
      <Form layout="vertical" onFinish={() => void run()}>
        <Form.Item label={T.profile}>
          <Radio.Group value={profile} onChange={(e) => setProfile(e.target.value as 'minimal' | 'full')}>
            <Space direction="vertical">
              <Radio value="minimal">{T.profileMinimal}</Radio>
              <Radio value="full">{T.profileFull}</Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        {profile === 'full' && (
          <Form.Item label={T.reason} required help={T.reasonRequired}>
            <Input.TextArea
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              count={{ show: true, max: 500 }}
              status={reason.length > 500 ? 'error' : undefined}
              rows={2}
            />
          </Form.Item>
        )}
        <Form.Item>
          <Checkbox checked={all} onChange={(e) => setAll(e.target.checked)}>
            {T.resendAll}
          </Checkbox>
        </Form.Item>
        <Space wrap>
          <Button
            type="primary"
            htmlType="submit"
            loading={busy}
            disabled={nothing || (profile === 'full' && !reason.trim())}
            data-testid="export-bundle"
          >
            {T.exportButton}
          </Button>
          {last && (
            <Button onClick={() => navigate(`/print/bundle-cover?id=${last.id}`)} data-testid="print-cover">
              {T.printCover}
            </Button>
          )}
        </Space>
      </Form>
    </Card>
  );
}

function ReceiptCard({ onDone }: { onDone: () => void }) {
  const { busy, run, messageApi, holder } = useAction();
  const load = async () => {
    const [file] = await platform.openFiles({ accept: '.qcdr', multiple: false });
    if (!file) return;
    await run(async () => {
      const result = await call('sync.importReceipt', { fileName: file.name, base64: file.base64 });
      void (result.alreadyKnown
        ? messageApi.info(T.receiptOld)
        : messageApi.success(T.receiptLoaded(formatNumber(result.toSeq))));
      onDone();
    });
  };
  return (
    <Card title={T.receiptTitle} size="small">
      {holder}
      <Space direction="vertical">
        <Typography.Text>{T.receiptIntro}</Typography.Text>
        <Button loading={busy} onClick={() => void load()} data-testid="import-receipt">
          {T.receiptButton}
        </Button>
      </Space>
    </Card>
  );
}

/** The sync history, newest first; exports can print their cover sheet again. */
export function HistoryCard({ history }: { history: SyncEvent[] }) {
  return (
    <Card title={T.historyTitle} size="small">
      <Table<SyncEvent>
        size="small"
        rowKey="id"
        dataSource={history}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: <EmptyState text={T.historyEmpty} /> }}
        columns={[
          { title: T.at, dataIndex: 'at', render: (v: number) => formatDateTime(v) },
          { title: T.event, dataIndex: 'kind', render: (k: string) => <Tag>{T.eventKinds[k] ?? k}</Tag> },
          { title: T.range, render: (_v, e) => seqRange(e.fromSeq, e.toSeq) },
          { title: T.detail, render: (_v, e) => eventDetail(e) },
          { title: T.user, dataIndex: 'user' },
          {
            title: '',
            render: (_v, e) =>
              e.kind === 'export' ? (
                <Button size="small" onClick={() => navigate(`/print/bundle-cover?id=${e.id}`)}>
                  {T.printCover}
                </Button>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}

function eventDetail(e: SyncEvent): string {
  const d = e.detail;
  if (e.kind === 'export') {
    const profile = T.profiles[String(d.profile)] ?? String(d.profile);
    return `${formatNumber(e.changes ?? 0)} thay đổi, ${profile}${d.reason ? `, lý do: ${String(d.reason)}` : ''}`;
  }
  if (e.kind === 'enroll') return `${String(d.name ?? '')} (${e.peerCode ?? ''}), ${String(d.fingerprint ?? '')}`;
  if (e.kind === 'replace_key')
    return `${e.peerCode ?? ''}: ${String(d.oldFingerprint ?? '')} → ${String(d.newFingerprint ?? '')}${d.reason ? `, lý do: ${String(d.reason)}` : ''}`;
  if (e.kind === 'receipt_in') return `${formatNumber(e.changes ?? 0)} thay đổi được xác nhận`;
  return '';
}
