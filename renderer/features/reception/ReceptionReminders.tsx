import { Alert, Button, Card, Flex, Tag } from 'antd';
import { Text } from '../../components/Text';
import { CONTENT_LABELS } from '../../../shared/i18n/vi';
import { formatDate, formatNumber } from '../../../shared/util/format';
import { useCall } from '../../components/hooks';
import { ui } from '../../i18n/ui';
import { navigate } from '../../src/router';
import { daysText } from './DeadlineBoard';

const t = ui.reception;

/** The home screen reminder: petitions overdue or near their legal deadline (domain.md §C.4). */
export function ReceptionReminders() {
  const board = useCall('reception.deadlines', {});
  const items = board.data ?? [];
  const overdue = items.filter((i) => i.state === 'qua_han').length;
  const soon = items.length - overdue;
  return (
    <Card
      title={t.home.remindersTitle}
      style={{ marginTop: 16 }}
      data-testid="home-reminders"
      extra={
        <Button size="small" onClick={() => navigate('/reception/petitions')}>
          {t.home.openBoard}
        </Button>
      }
    >
      {items.length === 0 ? (
        <Alert type="success" showIcon title={t.home.noReminders} />
      ) : (
        <Flex vertical gap={6}>
          <Flex gap={8}>
            {overdue ? <Tag color="red">{t.home.overdueCount(formatNumber(overdue))}</Tag> : null}
            {soon ? <Tag color="gold">{t.home.dueSoonCount(formatNumber(soon))}</Tag> : null}
          </Flex>
          {items.slice(0, 5).map((i) => (
            <Text key={i.petitionId} testId="home-reminder">
              {formatDate(i.due)} ({daysText(i.daysLeft)}) — {CONTENT_LABELS[i.content]}: {i.summary}
            </Text>
          ))}
        </Flex>
      )}
    </Card>
  );
}
