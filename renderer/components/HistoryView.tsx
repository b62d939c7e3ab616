import { Card, Flex, Table, Tag, Typography } from 'antd';
import type { HistoryEntry } from '../../shared/contract/envelope';
import { FIELD_LABELS } from '../../shared/i18n/vi';
import { ui } from '../i18n/ui';
import { EmptyState } from './EmptyState';
import { formatTimestamp } from './timestamp';

const OP_COLORS: Record<HistoryEntry['op'], string> = { create: 'green', update: 'blue', delete: 'red' };

/**
 * A record's edit history from the change log (architecture.md §4): who, when, and each field
 * before → after, with Vietnamese field names and values formatted by the caller.
 */
export function HistoryView({
  entries,
  formatValue,
  fieldOrder = [],
  labels = {},
}: {
  entries: HistoryEntry[];
  formatValue: (field: string, value: unknown) => string;
  /** Fields in the order the form shows them; others follow. */
  fieldOrder?: readonly string[];
  /** The record's field names in Vietnamese (its definition's labels); others fall back to the shared names. */
  labels?: Readonly<Record<string, string>>;
}) {
  const rank = (field: string) => {
    const i = fieldOrder.indexOf(field);
    return i === -1 ? fieldOrder.length : i;
  };
  if (entries.length === 0) return <EmptyState text={ui.history.empty} />;
  const newestFirst = [...entries].sort((a, b) => b.seq - a.seq);
  return (
    <Flex vertical gap={12} data-testid="history">
      {newestFirst.map((entry) => (
        <Card
          key={entry.seq}
          size="small"
          data-testid="history-entry"
          title={
            <Flex gap={8} align="center" wrap>
              <Tag color={OP_COLORS[entry.op]}>{ui.history.ops[entry.op]}</Tag>
              <span>{formatTimestamp(entry.at)}</span>
              <Typography.Text type="secondary">
                {ui.history.who}: {entry.user}
              </Typography.Text>
            </Flex>
          }
        >
          {entry.changes.length === 0 ? (
            <Typography.Text type="secondary">{ui.history.noFieldChange}</Typography.Text>
          ) : (
            <Table
              size="small"
              pagination={false}
              rowKey="field"
              dataSource={[...entry.changes].sort((a, b) => rank(a.field) - rank(b.field))}
              columns={[
                {
                  title: ui.history.field,
                  dataIndex: 'field',
                  width: '24%',
                  render: (field: string) => labels[field] ?? FIELD_LABELS[field] ?? field,
                },
                ...(entry.op === 'create'
                  ? []
                  : [
                      {
                        title: ui.history.before,
                        key: 'before',
                        width: '38%',
                        render: (_: unknown, c: HistoryEntry['changes'][number]) => (
                          <Typography.Text delete type="secondary">
                            {formatValue(c.field, c.before)}
                          </Typography.Text>
                        ),
                      },
                    ]),
                {
                  title: entry.op === 'create' ? ui.history.after : `→ ${ui.history.after}`,
                  key: 'after',
                  render: (_: unknown, c: HistoryEntry['changes'][number]) => formatValue(c.field, c.after),
                },
              ]}
            />
          )}
        </Card>
      ))}
    </Flex>
  );
}
