import { Alert, Button, Flex, Select, Table, Tag, Typography } from 'antd';
import { ITEM_STATUS_LABELS, type ItemStatus } from '../../../shared/disclosure/codes';
import type { DisclosureBoard } from '../../../shared/disclosure/schema';
import { formatDate, formatNumber } from '../../../shared/util/format';
import { FormFailureAlert } from '../../components/FormFailureAlert';
import { useCall } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { publicUi } from '../../i18n/publicUi';
import { navigate, useRoute } from '../../src/router';

const t = publicUi.board;

/** Tag colours of the item statuses. */
export const STATUS_COLORS: Record<ItemStatus, string> = {
  disclosed: 'green',
  not_yet: 'red',
  short_posting: 'orange',
  radio_missing: 'gold',
};

/** The year and quarter of the board from the route (`?year=2022&quarter=1`), this year by default. */
export function boardPeriodOf(params: URLSearchParams): { year: number; quarter: number | null } {
  const year = Number(params.get('year')) || new Date().getFullYear();
  const q = Number(params.get('quarter'));
  return { year, quarter: q >= 1 && q <= 4 ? q : null };
}

function boardPath(base: string, year: number, quarter: number | null): string {
  const q = new URLSearchParams({ year: String(year) });
  if (quarter) q.set('quarter', String(quarter));
  return `${base}?${q.toString()}`;
}

/** The years a board can show: from the Pháp lệnh's entry into force to next year, newest first. */
function years(): number[] {
  const last = new Date().getFullYear() + 1;
  return Array.from({ length: last - 2007 + 1 }, (_, i) => last - i);
}

/** Bảng theo dõi công khai: every catalog item of the period with its status, and the printable list. */
export function BoardPage() {
  const { params } = useRoute();
  const { year, quarter } = boardPeriodOf(params);
  const board = useCall('disclosure.board', { year, quarter });
  return (
    <>
      <PageHeader
        title={t.title}
        subtitle={board.data?.catalogTitle}
        extra={
          <>
            <Button onClick={() => navigate('/disclosure')}>{publicUi.menu.disclosures}</Button>
            <Button
              type="primary"
              data-testid="print-board"
              onClick={() => navigate(boardPath('/print/disclosure-board', year, quarter))}
            >
              {t.print}
            </Button>
          </>
        }
      />
      <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
        <span>{t.year}</span>
        <Select<number>
          aria-label={t.year}
          data-testid="board-year"
          showSearch
          style={{ width: 110 }}
          value={year}
          options={years().map((y) => ({ value: y, label: String(y) }))}
          onChange={(v) => navigate(boardPath('/disclosure/board', v, quarter))}
        />
        <span>{t.quarter}</span>
        <Select<number>
          aria-label={t.quarter}
          style={{ width: 140 }}
          value={quarter ?? 0}
          options={[
            { value: 0, label: t.wholeYear },
            ...[1, 2, 3, 4].map((q) => ({ value: q, label: t.quarterLabel(q) })),
          ]}
          onChange={(v) => navigate(boardPath('/disclosure/board', year, v || null))}
        />
      </Flex>
      {board.error ? <FormFailureAlert failure={{ message: board.error, unplaced: [] }} /> : null}
      {board.data ? <BoardSummary board={board.data} /> : null}
      <div data-testid="board-table">
        <Table
          rowKey="no"
          loading={board.loading}
          dataSource={board.data?.rows ?? []}
          pagination={false}
          columns={[
            { title: 'STT', dataIndex: 'no', width: 60, align: 'center' },
            {
              title: t.item,
              key: 'item',
              render: (_: unknown, r: DisclosureBoard['rows'][number]) => (
                <>
                  <div>{r.label}</div>
                  {!r.confirmed ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {publicUi.disclosure.unconfirmed}
                    </Typography.Text>
                  ) : null}
                </>
              ),
            },
            {
              title: t.status,
              key: 'status',
              width: 230,
              render: (_: unknown, r: DisclosureBoard['rows'][number]) => (
                <Flex vertical gap={4} align="flex-start">
                  <Tag color={STATUS_COLORS[r.status]} data-testid="board-status">
                    {ITEM_STATUS_LABELS[r.status]}
                  </Tag>
                  {r.dueQuarters.length > 0 ? <Tag color="red">{t.dueQuarters(r.dueQuarters)}</Tag> : null}
                </Flex>
              ),
            },
            { title: t.events, dataIndex: 'events', width: 90, align: 'right', render: (n: number) => formatNumber(n) },
            { title: t.last, dataIndex: 'lastPublishedOn', width: 130, render: (d: string | null) => formatDate(d) },
          ]}
        />
      </div>
    </>
  );
}

function BoardSummary({ board }: { board: DisclosureBoard }) {
  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }}>
      <Alert
        data-testid="board-summary"
        type={board.complete ? 'success' : 'warning'}
        showIcon
        title={board.complete ? t.complete : t.summary(board.disclosed, board.items)}
        description={`${formatDate(board.from)} – ${formatDate(board.to)}`}
      />
      {!board.rulesConfirmed ? <Typography.Text type="secondary">{t.rulesUnconfirmed}</Typography.Text> : null}
    </Flex>
  );
}
