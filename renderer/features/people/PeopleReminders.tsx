import { Alert, Button, Card, Flex, Typography } from 'antd';
import { formatDate } from '../../../shared/util/format';
import { useCall } from '../../components/hooks';
import { peopleUi } from '../../i18n/people';
import { navigate } from '../../src/router';

const t = peopleUi.home;

/**
 * The home board of the people's pillars (issue 11): a warning when the commune has no active Ban
 * thanh tra nhân dân, and the consultations and decisions whose result has not been made public.
 */
export function PeopleReminders() {
  const board = useCall('supervision.board', {});
  const b = board.data;
  if (!b) return null;
  const allGood = b.banTtndActive && b.unpublishedConsultations.length === 0 && b.unpublishedDecisions.length === 0;
  return (
    <Card title={t.title} style={{ marginTop: 16 }} data-testid="home-people">
      {allGood ? <Alert type="success" showIcon title={t.allGood} /> : null}
      <Flex vertical gap={8}>
        {!b.banTtndActive ? (
          <Alert
            type="warning"
            showIcon
            data-testid="home-no-ban-ttnd"
            title={t.noBanTtnd}
            action={
              <Button size="small" onClick={() => navigate('/people/bodies')}>
                {t.addBody}
              </Button>
            }
          />
        ) : null}
        {b.unpublishedConsultations.length ? (
          <Flex vertical gap={2} data-testid="home-unpublished-consultations">
            <Typography.Text strong>
              {t.unpublishedConsultations(b.unpublishedConsultations.length)}{' '}
              <Button type="link" size="small" onClick={() => navigate('/people/consultations?unpublished=1')}>
                {t.open}
              </Button>
            </Typography.Text>
            {b.unpublishedConsultations.slice(0, 5).map((c) => (
              <Typography.Text key={c.id}>
                {formatDate(c.endedOn)} — {c.title}
              </Typography.Text>
            ))}
          </Flex>
        ) : null}
        {b.unpublishedDecisions.length ? (
          <Flex vertical gap={2} data-testid="home-unpublished-decisions">
            <Typography.Text strong>
              {t.unpublishedDecisions(b.unpublishedDecisions.length)}{' '}
              <Button type="link" size="small" onClick={() => navigate('/people/decisions')}>
                {t.open}
              </Button>
            </Typography.Text>
            {b.unpublishedDecisions.slice(0, 5).map((d) => (
              <Typography.Text key={d.id}>
                {formatDate(d.heldOn)} — {d.title}
              </Typography.Text>
            ))}
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
}
