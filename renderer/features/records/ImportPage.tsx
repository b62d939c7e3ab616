import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Popconfirm, Space, Table, Typography, message } from 'antd';
import { call, CallFailure } from '../../src/api';
import { platform } from '../../src/platform';
import { formatNumber } from '../../../shared/util/format';
import { importFieldLabel } from './fieldLabel';
import { RECORDS_TEXT as T } from './text';

interface PickedFile {
  name: string;
  base64: string;
}

interface Issue {
  line?: number;
  field: string;
  message: string;
}

type Counts = Record<string, number>;

/** Import of records from a data file or the Excel template (interchange.md), with a dry-run preview. */
export function ImportPage() {
  const [file, setFile] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<{
    imported: Counts;
    created: Counts;
    updated: Counts;
    unchanged: Counts;
    warnings: Issue[];
  } | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setPreview(null);
    setIssues([]);
    setError(null);
  };

  const pick = async () => {
    const files = await platform.openFiles({ accept: '.ndjson,.jsonl,.json,.xlsx', multiple: false });
    if (files[0]) {
      setFile(files[0]);
      reset();
    }
  };

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    reset();
    try {
      const result = await call('records.import', { fileName: file.name, base64: file.base64, dryRun });
      if (dryRun) setPreview(result);
      else {
        void message.success(T.imported);
        setFile(null);
      }
    } catch (e) {
      if (e instanceof CallFailure) {
        setError(e.error.message);
        setIssues(e.error.issues ?? []);
      } else setError(T.unexpected);
    } finally {
      setBusy(false);
    }
  };

  const download = async (kind: 'template' | 'ndjson' | 'xlsx') => {
    const out =
      kind === 'template' ? await call('records.template', {}) : await call('records.export', { format: kind });
    await platform.saveFile({ suggestedName: out.fileName, base64: out.base64, mimeType: out.mimeType });
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3}>{T.title}</Typography.Title>
      <Typography.Paragraph>{T.intro}</Typography.Paragraph>
      <Card title={T.importCard}>
        <Space wrap>
          <Button onClick={() => void pick()} data-testid="import-pick">
            {T.pick}
          </Button>
          <Typography.Text>{file ? file.name : T.noFile}</Typography.Text>
          <Button disabled={!file} loading={busy} onClick={() => void run(true)} data-testid="import-check">
            {T.check}
          </Button>
          <Popconfirm
            title={T.confirm}
            okText={T.yes}
            cancelText={T.no}
            onConfirm={() => void run(false)}
            disabled={!preview}
          >
            <Button type="primary" disabled={!preview} loading={busy} data-testid="import-run">
              {T.run}
            </Button>
          </Popconfirm>
        </Space>
        {preview && (
          <Descriptions style={{ marginTop: 16 }} bordered size="small" column={1} title={T.previewTitle}>
            {Object.entries(preview.imported)
              .filter(([, n]) => n > 0)
              .map(([kind, n]) => (
                <Descriptions.Item key={kind} label={T.kinds[kind] ?? kind}>
                  {T.previewLine(
                    formatNumber(n),
                    formatNumber(preview.created[kind] ?? 0),
                    formatNumber(preview.updated[kind] ?? 0),
                    formatNumber(preview.unchanged[kind] ?? 0),
                  )}
                </Descriptions.Item>
              ))}
          </Descriptions>
        )}
        {preview && preview.warnings.length > 0 && (
          <>
            <Alert style={{ marginTop: 16 }} type="warning" showIcon message={T.warningsTitle} />
            <IssueTable issues={preview.warnings} testId="import-warnings" />
          </>
        )}
        {error && <Alert style={{ marginTop: 16 }} type="error" showIcon message={error} />}
        {issues.length > 0 && <IssueTable issues={issues} testId="import-issues" />}
      </Card>
      <Card title={T.exportCard}>
        <Space wrap>
          <Button onClick={() => void download('template')}>{T.template}</Button>
          <Button onClick={() => void download('xlsx')}>{T.exportXlsx}</Button>
          <Button onClick={() => void download('ndjson')}>{T.exportNdjson}</Button>
        </Space>
      </Card>
    </Space>
  );
}

/** The lines of a refused file, or of an accepted one worth a check: line, field, why. */
function IssueTable({ issues, testId }: { issues: Issue[]; testId: string }) {
  return (
    <Table<Issue>
      style={{ marginTop: 16 }}
      size="small"
      rowKey={(r, i) => `${r.line ?? 0}-${r.field}-${i ?? 0}`}
      dataSource={issues}
      pagination={{ pageSize: 50 }}
      data-testid={testId}
      columns={[
        { title: T.line, dataIndex: 'line', width: 80 },
        { title: T.field, dataIndex: 'field', width: 260, render: (f: string) => importFieldLabel(f) },
        { title: T.reason, dataIndex: 'message' },
      ]}
    />
  );
}
