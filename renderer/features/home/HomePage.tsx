import { Alert, Button, Card, Col, Flex, Row, Spin, Statistic } from 'antd';
import { Text } from '../../components/Text';
import { useEffect, useMemo, lazy, Suspense } from 'react';
import { formatNumber } from '../../../shared/util/format';
import { useCall } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { ReceptionReminders } from '../reception/ReceptionReminders';
import { ui } from '../../i18n/ui';
import { navigate } from '../../src/router';
import { selectors, useAppStore } from '../../src/store';

// The backup reminder shows rarely: its code loads after the first screen.
const BackupReminder = lazy(() => import('../backup/BackupReminder').then((m) => ({ default: m.BackupReminder })));
// The people's pillars board loads after the first screen too.
const PeopleReminders = lazy(() => import('../people/PeopleReminders').then((m) => ({ default: m.PeopleReminders })));

/** A count on the home page that opens its list when clicked; `note` is the grey text after it. */
export function StatCard({
  to,
  title,
  value,
  loading,
  note,
}: {
  to: string;
  title: string;
  value: number;
  loading?: boolean;
  note?: string;
}) {
  return (
    <Col xs={12} lg={6}>
      <Card hoverable onClick={() => navigate(to)}>
        <Statistic
          title={title}
          value={value}
          loading={loading}
          formatter={(v) => formatNumber(Number(v))}
          suffix={
            note === undefined ? undefined : (
              <Text tone="secondary" style={{ fontSize: 14 }}>
                ({note})
              </Text>
            )
          }
        />
      </Card>
    </Col>
  );
}

/** Trang chủ: counts, legal warnings about the teams (Điều 12), and shortcuts to daily work. */
export function HomePage() {
  const installation = useAppStore(selectors.installation);
  const isCommune = useAppStore(selectors.isCommune);
  const communities = useAppStore(selectors.communities);
  const teams = useAppStore(selectors.teams);
  const communitiesLoaded = useAppStore((s) => s.communitiesLoaded);
  const teamsLoaded = useAppStore((s) => s.teamsLoaded);
  const loaded = communitiesLoaded && teamsLoaded;
  const refreshCommunities = useAppStore(selectors.refreshCommunities);
  const refreshTeams = useAppStore(selectors.refreshTeams);
  const allCases = useCall('mediation.listCases', { limit: 1 });
  const received = useCall('mediation.listCases', { limit: 1, status: 'tiep_nhan' });
  const ongoing = useCall('mediation.listCases', { limit: 1, status: 'dang_hoa_giai' });

  useEffect(() => {
    void refreshCommunities().catch(() => undefined);
    void refreshTeams().catch(() => undefined);
  }, [refreshCommunities, refreshTeams]);

  const warnings = useMemo(() => {
    const out: { key: string; text: string; teamId?: string }[] = [];
    for (const t of teams) {
      for (const w of t.warnings) out.push({ key: `${t.id}-${w.code}`, text: `${t.name}: ${w.message}`, teamId: t.id });
    }
    const withTeam = new Set(teams.map((t) => t.communityId));
    for (const c of communities) {
      if (!withTeam.has(c.id)) out.push({ key: `c-${c.id}`, text: ui.home.communityWithoutTeam(c.name) });
    }
    return out;
  }, [teams, communities]);

  const mediators = teams.reduce((n, t) => n + t.activeMediators, 0);
  const women = teams.reduce((n, t) => n + t.femaleMediators, 0);
  const open = (received.data?.total ?? 0) + (ongoing.data?.total ?? 0);

  return (
    <>
      <PageHeader
        title={ui.home.greeting(installation?.settings.userName ?? '')}
        subtitle={[installation?.name, installation?.province].filter(Boolean).join(', ')}
      />
      <Suspense fallback={null}>
        <BackupReminder />
      </Suspense>
      {!isCommune ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={ui.home.officeIntro} /> : null}
      <Row gutter={[16, 16]}>
        {/* Counts not yet loaded show as loading, never as a misleading 0. */}
        <StatCard
          to="/communities"
          title={ui.home.communities}
          value={communities.length}
          loading={!communitiesLoaded}
        />
        <StatCard to="/mediation/teams" title={ui.home.teams} value={teams.length} loading={!teamsLoaded} />
        <StatCard
          to="/mediation/mediators"
          title={ui.home.mediators}
          value={mediators}
          loading={!teamsLoaded}
          note={`${ui.home.women} ${formatNumber(women)}`}
        />
        <StatCard
          to="/mediation/cases"
          title={ui.home.cases}
          value={allCases.data?.total ?? 0}
          loading={allCases.loading && !allCases.data}
          note={`${ui.home.openCases} ${formatNumber(open)}`}
        />
      </Row>

      {isCommune ? <ReceptionReminders /> : null}
      {isCommune ? (
        <Suspense fallback={null}>
          <PeopleReminders />
        </Suspense>
      ) : null}

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={14}>
          <Card title={ui.home.warningsTitle} data-testid="home-warnings">
            {!loaded ? (
              <Spin />
            ) : warnings.length === 0 ? (
              <Alert type="success" showIcon title={ui.home.noWarnings} />
            ) : (
              <Flex vertical gap={8}>
                {warnings.map((w) => (
                  <Flex key={w.key} justify="space-between" align="center" gap={12} data-testid="home-warning">
                    <Text tone="danger">{w.text}</Text>
                    {w.teamId ? (
                      <Button
                        size="small"
                        onClick={() => navigate(`/mediation/mediators?teamId=${encodeURIComponent(w.teamId ?? '')}`)}
                      >
                        {ui.teams.mediators}
                      </Button>
                    ) : (
                      <Button size="small" onClick={() => navigate('/mediation/teams')}>
                        {ui.home.manageTeams}
                      </Button>
                    )}
                  </Flex>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={ui.home.shortcuts}>
            <Flex vertical gap={8}>
              {isCommune ? (
                <Button type="primary" size="large" block onClick={() => navigate('/mediation/cases/new')}>
                  {ui.home.newCase}
                </Button>
              ) : null}
              <Button size="large" block onClick={() => navigate('/mediation/cases')}>
                {ui.home.caseList}
              </Button>
              <Button size="large" block onClick={() => navigate('/mediation/teams')}>
                {ui.home.manageTeams}
              </Button>
              <Button size="large" block onClick={() => navigate('/communities')}>
                {ui.home.manageCommunities}
              </Button>
              <Button size="large" block onClick={() => navigate('/report')}>
                {ui.home.report}
              </Button>
            </Flex>
          </Card>
        </Col>
      </Row>
    </>
  );
}
