import { Alert, Button, Card, Flex, Tag } from 'antd';
import { Text } from '../../components/Text';
import { CONTENT_LABELS } from '../../../shared/i18n/vi';
import type { DeadlineItem } from '../../../shared/reception/schema';
import { formatDate, formatNumber } from '../../../shared/util/format';
import { ui } from '../../i18n/ui';

const t = ui.reception.petitions;

/** "còn 3 ngày", "quá 2 ngày", "hết hạn hôm nay". */
export function daysText(daysLeft: number): string {
  if (daysLeft === 0) return t.dueToday;
  return daysLeft < 0 ? t.daysLate(formatNumber(-daysLeft)) : t.daysLeft(formatNumber(daysLeft));
}

/** The "sắp đến hạn / quá hạn" board: each pending petition past or near its legal deadline. */
export function DeadlineBoard({ items, onOpen }: { items: DeadlineItem[]; onOpen?: (id: string) => void }) {
  return (
    <Card title={t.boardTitle} size="small" data-testid="deadline-board" style={{ marginBottom: 16 }}>
      {items.length === 0 ? (
        <Alert type="success" showIcon title={t.boardEmpty} />
      ) : (
        <Flex vertical gap={8}>
          {items.map((i) => (
            <Flex key={i.petitionId} gap={12} align="center" wrap data-testid="deadline-item">
              <Tag color={i.state === 'qua_han' ? 'red' : 'gold'}>{i.state === 'qua_han' ? t.overdue : t.dueSoon}</Tag>
              <Text strong>{formatDate(i.due)}</Text>
              <Text tone="secondary">({daysText(i.daysLeft)})</Text>
              {i.fromKind === 'acceptDeadline' ? <Tag>{t.noAcceptedOn}</Tag> : null}
              <Text>
                {CONTENT_LABELS[i.content]} — {i.summary}
              </Text>
              <Text tone="secondary" style={{ fontSize: 13 }}>
                {i.legalRef}
                {i.unconfirmed ? ` (${t.unconfirmed})` : ''}
              </Text>
              {onOpen ? (
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(i.petitionId)}>
                  {t.open}
                </Button>
              ) : null}
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
