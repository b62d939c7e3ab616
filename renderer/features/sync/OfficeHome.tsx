import { lazy, Suspense } from 'react';
import { Alert, Button, Card, Flex, Row } from 'antd';
import { formatNumber } from '../../../shared/util/format';
import { useCallValue } from '../print/useCallValue';
import { PageHeader } from '../../components/PageHeader';
import { Text } from '../../components/Text';
import { ui } from '../../i18n/ui';
import { navigate } from '../../src/router';
import { selectors, useAppStore } from '../../src/store';
import { StatCard } from '../home/HomePage';
import { formatDateTime, seqRange } from './format';
import { OFFICE_HOME_TEXT as T } from './homeText';

// The backup reminder shows rarely: its code loads after the first screen.
const BackupReminder = lazy(() => import('../backup/BackupReminder').then((m) => ({ default: m.BackupReminder })));

/** The office's home: how many communes are enrolled, have sent data, miss some of it; what to do next. */
export function OfficeHome() {
  const installation = useAppStore(selectors.installation);
  const loaded = useCallValue('sync.officeCommunes', {});
  const communes = loaded.status === 'ok' ? loaded.value : [];
  const sent = communes.filter((c) => c.bundles > 0);
  const withGaps = communes.filter((c) => c.gaps.length > 0);
  const silent = communes.filter((c) => c.bundles === 0);
  const forked = communes.filter((c) => c.forks.length > 0);
  const last = Math.max(0, ...communes.map((c) => c.lastImportAt ?? 0));
  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={ui.home.greeting(installation?.settings.userName ?? '')}
        subtitle={[installation?.name, installation?.province].filter(Boolean).join(', ')}
      />
      <Suspense fallback={null}>
        <BackupReminder />
      </Suspense>
      <Alert type="info" showIcon title={ui.home.officeIntro} />
      {forked.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="office-forks"
          title={T.forked(forked.map((c) => c.name).join(', '))}
          action={<Button onClick={() => navigate('/communes')}>{T.seeCommunes}</Button>}
        />
      )}
      <Row gutter={[16, 16]}>
        <StatCard to="/communes" title="Xã đã đăng ký" value={communes.length} loading={loaded.status === 'loading'} />
        <StatCard to="/communes" title="Xã đã gửi dữ liệu" value={sent.length} />
        <StatCard to="/communes" title="Xã còn thiếu dữ liệu" value={withGaps.length} />
      </Row>
      <Text>
        {T.lastImport}: {last ? formatDateTime(last) : T.never}
      </Text>
      {withGaps.length > 0 && (
        // A plain list in a card: antd's List would bring its pagination into the office's first screen.
        <Card size="small" title="Các xã còn thiếu dữ liệu (đề nghị xã gửi lại)">
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {withGaps.map((c) => (
              <li key={c.code}>
                {c.name} ({c.code}): thiếu thay đổi{' '}
                {c.gaps.map((g) => seqRange(g.missingFromSeq, g.missingToSeq)).join(', ')}
              </li>
            ))}
          </ul>
        </Card>
      )}
      {silent.length > 0 && (
        <Text tone="secondary">
          {formatNumber(silent.length)} xã chưa gửi dữ liệu: {silent.map((c) => c.name).join(', ')}.
        </Text>
      )}
      <Flex gap={8} wrap>
        <Button type="primary" onClick={() => navigate('/receive')}>
          {T.menuReceive}
        </Button>
        <Button onClick={() => navigate('/communes')}>{T.menuCommunes}</Button>
        <Button onClick={() => navigate('/report')}>{ui.menu.report}</Button>
      </Flex>
    </Flex>
  );
}
