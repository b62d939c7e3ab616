import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Flex, Progress, Space, Table, Tag, Typography, Upload, message } from 'antd';
import { useState } from 'react';
import { bundleImportOf, type BundleImport } from '../../../shared/sync/schema';
import { formatNumber } from '../../../shared/util/format';
import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../components/errors';
import { call } from '../../src/api';
import { fileToBase64, platform } from '../../src/platform';
import { seqRange } from './format';
import { SYNC_TEXT as T } from './text';

interface Picked {
  name: string;
  base64: string;
}

/** One imported file as the results table shows it. */
type Row = BundleImport & { key: number };

/**
 * `#/receive` (office): bundles from USB or e-mail, many at once (chosen or dropped), imported one by
 * one with progress — each verified and applied atomically, or refused with the reason — with an
 * optional dry run, the gaps still missing, and the receipts to send back.
 */
export function ReceivePage() {
  const [files, setFiles] = useState<Picked[]>([]);
  const [dryRun, setDryRun] = useState(false);
  const [done, setDone] = useState(0);
  const [busy, setBusy] = useState(false);
  const [results, setResults] = useState<Row[]>([]);
  const [messageApi, holder] = message.useMessage();

  const add = (more: Picked[]) => {
    setResults([]);
    setFiles((list) => [...list, ...more.filter((m) => !list.some((f) => f.name === m.name))]);
  };
  const pick = async () => add(await platform.openFiles({ accept: '.qcdc', multiple: true }));

  const run = async () => {
    setBusy(true);
    setDone(0);
    const out: Row[] = [];
    for (const [i, f] of files.entries()) {
      try {
        out.push({ ...(await call('sync.importBundle', { fileName: f.name, base64: f.base64, dryRun })), key: i });
      } catch (e) {
        out.push({ ...bundleImportOf(f.name, { failure: 'rejected', message: errorText(e) }), key: i });
      }
      setDone(i + 1);
      setResults([...out]);
    }
    setBusy(false);
    if (!dryRun) setFiles([]);
  };

  const saveReceipts = async () => {
    const latest = new Map<string, NonNullable<BundleImport['receipt']>>();
    for (const r of results) if (r.ok && r.commune && r.receipt) latest.set(r.commune, r.receipt);
    for (const receipt of latest.values()) {
      const saved = await platform.saveFile({
        suggestedName: receipt.fileName,
        base64: receipt.base64,
        mimeType: receipt.mimeType,
      });
      if (saved) void messageApi.success(T.receiptSaved(saved));
    }
  };

  const gaps = lastGaps(results);
  return (
    <Flex vertical gap={16}>
      {holder}
      <PageHeader title={T.receiveTitle} subtitle={T.receiveIntro} />
      <Card size="small">
        <Flex vertical gap={12}>
          <Upload.Dragger
            multiple
            accept=".qcdc"
            showUploadList={false}
            beforeUpload={(file) => {
              void fileToBase64(file).then((base64) => add([{ name: file.name, base64 }]));
              return false;
            }}
            openFileDialogOnClick={false}
          >
            {/* The whole zone opens the chooser (the platform's, with its size check), as its text says;
                the button is there for the keyboard and bubbles its click up to the zone. */}
            <Flex
              vertical
              align="center"
              gap={8}
              style={{ cursor: 'pointer', padding: 8 }}
              onClick={() => void pick()}
              data-testid="bundle-drop-zone"
            >
              <InboxOutlined style={{ fontSize: 36, color: '#1d5fa8' }} />
              <Typography.Text>{T.dropHint}</Typography.Text>
              <Button data-testid="pick-bundles">{T.pickBundles}</Button>
            </Flex>
          </Upload.Dragger>
          {files.length > 0 && <Typography.Text data-testid="bundles-chosen">{T.chosen(files.length)}</Typography.Text>}
          <Space wrap>
            <Checkbox checked={dryRun} onChange={(e) => setDryRun(e.target.checked)}>
              {T.dryRun}
            </Checkbox>
            <Button
              type="primary"
              disabled={files.length === 0}
              loading={busy}
              onClick={() => void run()}
              data-testid="import-bundles"
            >
              {T.importButton(files.length)}
            </Button>
          </Space>
          {busy && (
            <Progress
              percent={Math.round((100 * done) / Math.max(files.length, 1))}
              format={() => T.importing(done, files.length)}
            />
          )}
        </Flex>
      </Card>
      {results.length > 0 && (
        <Card
          title={T.resultsTitle}
          size="small"
          extra={
            results.some((r) => r.receipt) ? (
              <Button onClick={() => void saveReceipts()} data-testid="save-receipts">
                {T.allReceipts}
              </Button>
            ) : null
          }
        >
          <Flex vertical gap={12}>
            {gaps.map((g) => (
              <Alert
                key={`${g.commune}-${g.missingFromSeq}`}
                type="warning"
                showIcon
                title={T.gapWarning(g.commune, seqRange(g.missingFromSeq, g.missingToSeq))}
              />
            ))}
            <Table<Row>
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={results}
              data-testid="import-results"
              columns={[
                { title: T.file, dataIndex: 'file' },
                { title: T.commune, dataIndex: 'commune' },
                { title: T.range, render: (_v, r) => seqRange(r.fromSeq, r.toSeq) },
                { title: T.status, render: (_v, r) => statusOf(r, dryRun) },
              ]}
            />
          </Flex>
        </Card>
      )}
    </Flex>
  );
}

function statusOf(r: Row, dryRun: boolean) {
  if (!r.ok) {
    return (
      <Space direction="vertical" size={0}>
        <Tag color="red">{T.statusRefused}</Tag>
        <Typography.Text type="danger">{r.message}</Typography.Text>
      </Space>
    );
  }
  if (r.duplicate) return <Tag>{T.statusDuplicate}</Tag>;
  return <Tag color="green">{T.statusApplied(formatNumber(r.applied), dryRun)}</Tag>;
}

function lastGaps(results: Row[]): BundleImport['gaps'] {
  const byCommune = new Map<string, BundleImport['gaps']>();
  for (const r of results) if (r.ok && r.commune) byCommune.set(r.commune, r.gaps);
  return [...byCommune.values()].flat();
}
