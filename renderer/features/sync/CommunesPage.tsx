import { Alert, Button, Drawer, Flex, Input, Table, Tag, Typography, message } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ImportedBundle, OfficeCommune } from '../../../shared/sync/schema';
import { foldText } from '../../../shared/util/fold';
import { formatNumber } from '../../../shared/util/format';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { errorText } from '../../components/errors';
import { useFileExport } from '../../components/useFileExport';
import { call } from '../../src/api';
import { useCallValue } from '../print/useCallValue';
import { CompletenessAlert } from './CompletenessAlert';
import { EnrollDialog } from './EnrollDialog';
import { ReplaceDataDialog } from './ReplaceDataDialog';
import { OwnCardButton } from './OwnCardButton';
import { formatDateTime, seqRange } from './format';
import { SYNC_TEXT as T } from './text';

/**
 * `#/communes` (office): the enrolled communes with what the office holds of each — last data
 * received, sequence coverage and missing ranges — their import history and a fresh receipt.
 */
export function CommunesPage() {
  const [rows, setRows] = useState<OfficeCommune[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [enrolling, setEnrolling] = useState(false);
  const [shown, setShown] = useState<OfficeCommune | null>(null);
  const [replacing, setReplacing] = useState<OfficeCommune | null>(null);
  const [messageApi, holder] = message.useMessage();
  const exporter = useFileExport({ message: messageApi, savedText: T.receiptSaved, failureText: errorText });
  const reload = useCallback(() => {
    call('sync.officeCommunes', {}).then(setRows, (e: unknown) => setError(errorText(e)));
  }, []);
  useEffect(reload, [reload]);
  const visible = useMemo(() => {
    const q = foldText(search.trim());
    return (rows ?? []).filter((r) => !q || foldText(`${r.name} ${r.code}`).includes(q));
  }, [rows, search]);

  return (
    <Flex vertical gap={16}>
      {holder}
      <PageHeader
        title={T.communesTitle}
        extra={
          <>
            <OwnCardButton />
            <Button type="primary" onClick={() => setEnrolling(true)} data-testid="enroll-commune">
              {T.enrollCommune}
            </Button>
          </>
        }
      />
      {error && <Alert type="error" showIcon title={error} />}
      {rows && <CompletenessAlert intro={T.completenessIntro} communes={rows} />}
      <Input.Search
        allowClear
        placeholder="Tìm theo tên hoặc mã xã (gõ không dấu cũng được)"
        aria-label="Tìm xã"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        style={{ maxWidth: 420 }}
      />
      <Table<OfficeCommune>
        rowKey="code"
        size="small"
        loading={rows === null && !error}
        dataSource={visible}
        data-testid="communes-table"
        locale={{ emptyText: <EmptyState text={search.trim() ? T.communesNoMatch : T.communesEmpty} /> }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: T.code, dataIndex: 'code', sorter: (a, b) => a.code.localeCompare(b.code) },
          { title: T.name, dataIndex: 'name', sorter: (a, b) => a.name.localeCompare(b.name, 'vi') },
          { title: T.fingerprint, dataIndex: 'fingerprint' },
          { title: T.bundles, dataIndex: 'bundles', align: 'right', render: (n: number) => formatNumber(n) },
          {
            title: T.lastImport,
            dataIndex: 'lastImportAt',
            render: (v: number | null) =>
              v ? formatDateTime(v) : <Typography.Text type="secondary">{T.never}</Typography.Text>,
            sorter: (a, b) => (a.lastImportAt ?? 0) - (b.lastImportAt ?? 0),
          },
          { title: T.coverage, dataIndex: 'contiguousTo', align: 'right', render: (n: number) => formatNumber(n) },
          {
            title: T.gaps,
            render: (_v, r) => (
              <>
                {r.forks.length > 0 && <Tag color="volcano">{T.forked}</Tag>}
                {r.gaps.length === 0 ? (
                  <Tag color="green">{T.noGaps}</Tag>
                ) : (
                  r.gaps.map((g) => (
                    <Tag color="red" key={g.missingFromSeq}>
                      {T.gapRange(formatNumber(g.missingFromSeq), formatNumber(g.missingToSeq))}
                    </Tag>
                  ))
                )}
              </>
            ),
          },
          {
            title: 'Thao tác',
            render: (_v, r) => (
              <Flex gap={8} wrap>
                <Button size="small" onClick={() => setShown(r)}>
                  {T.history}
                </Button>
                {r.forks.length > 0 && (
                  <Button size="small" danger onClick={() => setReplacing(r)} data-testid="replace-data">
                    {T.retakeOpen}
                  </Button>
                )}
                <Button
                  size="small"
                  disabled={r.contiguousTo === 0}
                  loading={exporter.busy}
                  onClick={() => void exporter.run(() => call('sync.receipt', { code: r.code }))}
                >
                  {T.downloadReceipt}
                </Button>
              </Flex>
            ),
          },
        ]}
      />
      <EnrollDialog
        open={enrolling}
        title={T.enrollTitleCommune}
        onClose={() => setEnrolling(false)}
        onDone={() => (setEnrolling(false), reload())}
      />
      <ImportsDrawer commune={shown} onClose={() => setShown(null)} />
      {replacing && (
        <ReplaceDataDialog
          commune={replacing}
          onClose={() => setReplacing(null)}
          onDone={(text) => {
            setReplacing(null);
            void messageApi.success(text);
            reload();
          }}
        />
      )}
    </Flex>
  );
}

function ImportsDrawer({ commune, onClose }: { commune: OfficeCommune | null; onClose: () => void }) {
  const loaded = useCallValue(commune ? 'sync.communeImports' : null, { code: commune?.code ?? '' });
  const rows = loaded.status === 'ok' ? loaded.value : loaded.status === 'error' ? [] : null;
  return (
    <Drawer open={!!commune} onClose={onClose} width={760} title={commune ? T.importsOf(commune.name) : ''}>
      <Table<ImportedBundle>
        size="small"
        rowKey="id"
        loading={rows === null}
        dataSource={rows ?? []}
        locale={{ emptyText: <EmptyState text={T.importsEmpty} /> }}
        columns={[
          { title: T.at, dataIndex: 'importedAt', render: (v: number) => formatDateTime(v) },
          { title: T.file, dataIndex: 'fileName' },
          { title: T.range, render: (_v, b) => seqRange(b.fromSeq, b.toSeq) },
          { title: T.applied, dataIndex: 'applied', align: 'right', render: (n: number) => formatNumber(n) },
          { title: T.profile, dataIndex: 'profile', render: (p: string) => T.profiles[p] ?? p },
          { title: T.user, dataIndex: 'importedBy' },
        ]}
      />
    </Drawer>
  );
}
