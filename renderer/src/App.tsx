import {
  App as AntApp,
  Button,
  ConfigProvider,
  Flex,
  Layout,
  Menu,
  Result,
  Spin,
  Typography,
  type MenuProps,
} from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useEffect, type ReactNode } from 'react';
import type { Installation } from '../../shared/installation/schema';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { CommunitiesPage } from '../features/communities/CommunitiesPage';
import { HomePage } from '../features/home/HomePage';
import { CaseFormPage } from '../features/mediation/CaseFormPage';
import { CasePage } from '../features/mediation/CasePage';
import { CasesPage } from '../features/mediation/CasesPage';
import { MediatorsPage } from '../features/mediation/MediatorsPage';
import { TeamsPage } from '../features/mediation/TeamsPage';
import { BundleCoverPrint } from '../features/print/BundleCoverPrint';
import { RegisterPrint } from '../features/print/RegisterPrint';
import { ReceptionRegisterPrint } from '../features/print/ReceptionRegisterPrint';
import { receptionMenu, receptionPage, RECEPTION_MENU_KEYS } from '../features/reception/routes';
import { ImportPage } from '../features/records/ImportPage';
import { ReportPrint } from '../features/print/ReportPrint';
import { ConventionsPrint, DisclosureBoardPrint } from '../features/print/PublicListsPrint';
import { BoardPage } from '../features/disclosure/BoardPage';
import { DisclosuresPage } from '../features/disclosure/DisclosuresPage';
import { ConventionPage } from '../features/conventions/ConventionPage';
import { ConventionsPage } from '../features/conventions/ConventionsPage';
import { publicUi } from '../i18n/publicUi';
import { ReportPage } from '../features/report/ReportPage';
import { SettingsPage } from '../features/setup/SettingsPage';
import { AccessShell, AccountBadge, useAccess } from '../features/access/AccessShell';
import { visibleMenu } from '../features/access/menu';
import { SetupWizard } from '../features/setup/SetupWizard';
import { CommunesPage as OfficeCommunesPage } from '../features/sync/CommunesPage';
import { OfficeHome } from '../features/sync/OfficeHome';
import { ReceivePage } from '../features/sync/ReceivePage';
import { SendPage } from '../features/sync/SendPage';
import '../components/global.css';
import { ui } from '../i18n/ui';
import { navigate, useRoute, type Route } from './router';
import { selectors, useAppStore } from './store';

dayjs.locale('vi');

/** The application: Vietnamese locale, first-run wizard or the main layout, print views bare. */
export function App() {
  return (
    <ConfigProvider
      locale={viVN}
      theme={{ token: { fontSize: 15, colorPrimary: '#1d5fa8', borderRadius: 6 } }}
      form={{ validateMessages: { required: ui.common.required } }}
    >
      <AntApp>
        <AccessShell>
          <Shell />
        </AccessShell>
      </AntApp>
    </ConfigProvider>
  );
}

function Shell() {
  const route = useRoute();
  const installation = useAppStore(selectors.installation);
  const error = useAppStore(selectors.installationError);
  const loadInstallation = useAppStore(selectors.loadInstallation);

  useEffect(() => {
    void loadInstallation();
  }, [loadInstallation]);

  if (error) {
    return (
      <Result
        status="error"
        title={ui.app.startFailed}
        subTitle={error}
        extra={
          <Button type="primary" onClick={() => void loadInstallation()}>
            {ui.app.retry}
          </Button>
        }
      />
    );
  }
  if (!installation) {
    return (
      <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" description={ui.app.loading} />
      </Flex>
    );
  }
  if (!installation.initialised) return <SetupWizard />;
  // Print views are whole pages: no menu or header on paper (architecture.md §6).
  if (route.segments[0] === 'print') {
    if (route.segments[1] === 'register') return <RegisterPrint />;
    if (route.segments[1] === 'report') return <ReportPrint />;
    if (route.segments[1] === 'bundle-cover') return <BundleCoverPrint />;
    if (route.segments[1] === 'reception-register') return <ReceptionRegisterPrint />;
    if (route.segments[1] === 'disclosure-board') return <DisclosureBoardPrint />;
    if (route.segments[1] === 'conventions') return <ConventionsPrint />;
  }
  return <MainLayout route={route} installation={installation} />;
}

type MenuItem = Required<MenuProps>['items'][number];

function menuItems(isCommune: boolean): MenuItem[] {
  const items: MenuItem[] = [{ key: '/', label: ui.menu.home }];
  if (isCommune) {
    items.push(
      { key: '/communities', label: ui.menu.communities },
      {
        key: 'mediation',
        label: ui.menu.mediation,
        children: [
          { key: '/mediation/teams', label: ui.menu.teams },
          { key: '/mediation/mediators', label: ui.menu.mediators },
          { key: '/mediation/cases', label: ui.menu.cases },
        ],
      },
      {
        key: 'disclosure',
        label: publicUi.menu.disclosure,
        children: [
          { key: '/disclosure', label: publicUi.menu.disclosures },
          { key: '/disclosure/board', label: publicUi.menu.board },
        ],
      },
      { key: '/conventions', label: publicUi.menu.conventions },
    );
  }
  if (!isCommune) {
    items.push({ key: '/communes', label: ui.menu.officeCommunes }, { key: '/receive', label: ui.menu.receive });
  }
  if (isCommune) items.push(receptionMenu());
  items.push({ key: '/report', label: ui.menu.report });
  if (isCommune) items.push({ key: '/records', label: ui.menu.records }, { key: '/send', label: ui.menu.send });
  items.push({ key: '/settings', label: ui.menu.settings });
  return items;
}

const MENU_KEYS = [
  '/communities',
  '/mediation/teams',
  '/mediation/mediators',
  '/mediation/cases',
  '/disclosure',
  '/disclosure/board',
  '/conventions',
  '/report',
  '/records',
  '/send',
  '/communes',
  '/receive',
  '/settings',
  ...RECEPTION_MENU_KEYS,
];

/** The menu entry of a path: the longest menu key that starts it ("/mediation/cases/ID" → "/mediation/cases"). */
function selectedKey(path: string): string {
  return MENU_KEYS.filter((k) => path === k || path.startsWith(`${k}/`)).sort((a, b) => b.length - a.length)[0] ?? '/';
}

function page(route: Route, isCommune: boolean): ReactNode {
  const [area, sub, id, action] = route.segments;
  if (!area) return isCommune ? <HomePage /> : <OfficeHome />;
  if (area === 'communities' && !sub) return <CommunitiesPage />;
  if (area === 'report' && !sub) return <ReportPage />;
  if (area === 'settings' && !sub) return <SettingsPage />;
  if (area === 'settings' && sub === 'calendar' && !id) return <CalendarPage />;
  if (area === 'records' && !sub) return <ImportPage />;
  if (area === 'send' && !sub) return <SendPage />;
  if (area === 'communes' && !sub) return <OfficeCommunesPage />;
  if (area === 'receive' && !sub) return <ReceivePage />;
  if (area === 'reception') return receptionPage(sub, id) ?? notFound();
  if (area === 'disclosure' && !sub) return <DisclosuresPage />;
  if (area === 'disclosure' && sub === 'board' && !id) return <BoardPage />;
  if (area === 'conventions' && !sub) return <ConventionsPage />;
  if (area === 'conventions' && sub && !id) return <ConventionPage key={sub} id={sub} />;
  if (area === 'mediation') {
    // `#/mediation` alone (e.g. "Quay lại" from the printed register) lands on the teams.
    if ((sub === 'teams' || !sub) && !id) return <TeamsPage />;
    if (sub === 'mediators' && !id) return <MediatorsPage />;
    if (sub === 'cases') {
      if (!id) return <CasesPage />;
      if (id === 'new' && !action) return <CaseFormPage key="new" caseId={null} />;
      if (!action) return <CasePage key={id} caseId={id} />;
      if (action === 'edit') return <CaseFormPage key={`edit-${id}`} caseId={id} />;
    }
  }
  return notFound();
}

function notFound(): ReactNode {
  return (
    <Result
      status="404"
      title={ui.app.notFound}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {ui.app.backHome}
        </Button>
      }
    />
  );
}

function MainLayout({ route, installation }: { route: Route; installation: Installation }) {
  const isCommune = installation.role === 'commune';
  const session = useAccess().status?.session;
  const codeLabel = isCommune ? ui.app.communeCode : ui.app.officeCode;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={250}
        theme="light"
        breakpoint="lg"
        collapsedWidth={0}
        style={{ borderInlineEnd: '1px solid #eee' }}
      >
        <div style={{ padding: '16px 20px' }}>
          <Typography.Title level={4} style={{ margin: 0, color: '#1d5fa8' }}>
            {ui.app.title}
          </Typography.Title>
        </div>
        <Menu
          mode="inline"
          aria-label={ui.app.title}
          selectedKeys={[selectedKey(route.path)]}
          defaultOpenKeys={['mediation', 'reception', 'disclosure']}
          items={visibleMenu(menuItems(isCommune), session)}
          onClick={({ key }) => navigate(key)}
          style={{ borderInlineEnd: 0, fontSize: 15 }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            borderBottom: '1px solid #eee',
            paddingInline: 24,
            height: 'auto',
            minHeight: 56,
            lineHeight: 1.4,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 16,
          }}
        >
          <Typography.Text strong style={{ fontSize: 17 }} data-testid="header-unit">
            {installation.name}
            {installation.province ? `, ${ui.app.province} ${installation.province}` : ''}
          </Typography.Text>
          <Typography.Text type="secondary" data-testid="header-code">
            {codeLabel}: {installation.code}
            {installation.settings.userName ? ` · ${installation.settings.userName}` : ''}
          </Typography.Text>
          <AccountBadge />
        </Layout.Header>
        <Layout.Content style={{ padding: 24, maxWidth: 1400, width: '100%' }}>{page(route, isCommune)}</Layout.Content>
      </Layout>
    </Layout>
  );
}
