import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { App as AntApp, Button, ConfigProvider, Flex, Layout, Menu, Spin, type MenuProps } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Outlet, RouterProvider, useLocation, useRouteError, type createHashRouter } from 'react-router';
import { AccessShell, AccountBadge, useAccess } from '../features/access/AccessShell';
import { visibleMenu } from '../features/access/menu';
import { peopleMenu, PEOPLE_MENU_KEYS } from '../features/people/routes';
import { receptionMenu, RECEPTION_MENU_KEYS } from '../features/reception/routes';
import { publicMenuText } from '../i18n/publicMenu';
import '../components/global.css';
import { ui } from '../i18n/ui';
import { UnsavedGuard } from '../components/UnsavedGuard';
import { useReducedMotion } from '../components/reducedMotion';
import { navigate } from './router';
import { selectors, useAppStore } from './store';

// The first screen carries only the shell; pages, the wizard and the (illustrated) result screens load
// on demand.
const Result = lazy(() => import('antd/es/result').then((m) => ({ default: m.default })));
const SetupWizard = lazy(() => import('../features/setup/SetupWizard').then((m) => ({ default: m.SetupWizard })));

dayjs.locale('vi');

/** The application: Vietnamese locale around the router (the shell, the wizard, pages, print views). */
export function App({ router }: { router: ReturnType<typeof createHashRouter> }) {
  const reducedMotion = useReducedMotion();
  return (
    <ConfigProvider
      locale={viVN}
      theme={{ token: { fontSize: 15, colorPrimary: '#1d5fa8', borderRadius: 6, motion: !reducedMotion } }}
      wave={{ disabled: reducedMotion }}
      form={{ validateMessages: { required: ui.common.required } }}
    >
      {/* Messages ("Đã lưu") below the header, at most two at a time: quick saves never pile up over the
          unit's name and code. */}
      <AntApp message={{ maxCount: 2, top: 64 }}>
        {/* No transitions: a page still loading shows "Đang tải trang…" at once, never the previous page
            still clickable under the new address. */}
        <AccessShell>
          <RouterProvider router={router} useTransitions={false} />
        </AccessShell>
      </AntApp>
    </ConfigProvider>
  );
}

/** The root route: loads the installation, then the first-run wizard or the routed page. */
export function Shell() {
  const installation = useAppStore(selectors.installation);
  const error = useAppStore(selectors.installationError);
  const loadInstallation = useAppStore(selectors.loadInstallation);

  useEffect(() => {
    void loadInstallation();
  }, [loadInstallation]);

  if (error) {
    return (
      <Suspense fallback={<FullPageLoading />}>
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
      </Suspense>
    );
  }
  if (!installation) return <FullPageLoading />;
  if (!installation.initialised) {
    return (
      <Suspense fallback={<FullPageLoading />}>
        <SetupWizard />
      </Suspense>
    );
  }
  return <Outlet />;
}

function FullPageLoading() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" description={ui.app.loading} />
    </Flex>
  );
}

/** Shown while a page's code loads (each page is a chunk of its own). */
export function PageLoading() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }} data-testid="page-loading">
      <Spin size="large" description={ui.app.pageLoading} />
    </Flex>
  );
}

/** The frame of the print views: no menu, a loading state while the view's code arrives. */
export function PrintLayout() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Outlet />
    </Suspense>
  );
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
        label: publicMenuText.disclosure,
        children: [
          { key: '/disclosure', label: publicMenuText.disclosures },
          { key: '/disclosure/board', label: publicMenuText.board },
        ],
      },
      { key: '/conventions', label: publicMenuText.conventions },
    );
  }
  if (!isCommune) {
    items.push({ key: '/communes', label: ui.menu.officeCommunes }, { key: '/receive', label: ui.menu.receive });
  }
  if (isCommune) items.push(receptionMenu(), peopleMenu());
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
  ...PEOPLE_MENU_KEYS,
];

/** The menu entry of a path: the longest menu key that starts it ("/mediation/cases/ID" → "/mediation/cases"). */
function selectedKey(path: string): string {
  return MENU_KEYS.filter((k) => path === k || path.startsWith(`${k}/`)).sort((a, b) => b.length - a.length)[0] ?? '/';
}

/** An unknown address. */
export function NotFound() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Result
        status="404"
        title={ui.app.notFound}
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {ui.app.backHome}
          </Button>
        }
      />
    </Suspense>
  );
}

/** A page that failed to load or render (e.g. a chunk missing after an update): say so and offer a reload. */
export function RouteError() {
  const error = useRouteError();
  // Plain markup: when a chunk failed to load, loading another one for this screen may fail too.
  return (
    <Flex vertical align="center" gap={16} style={{ padding: 48 }} role="alert">
      <div style={{ fontSize: 20, fontWeight: 600 }}>{ui.app.pageFailed}</div>
      {error instanceof Error ? <div style={{ color: 'rgba(0, 0, 0, 0.45)' }}>{error.message}</div> : null}
      <Button type="primary" onClick={() => window.location.reload()}>
        {ui.app.reload}
      </Button>
    </Flex>
  );
}

const MENU_COLLAPSED_KEY = 'qcdc.menuCollapsed';

/**
 * Whether the side menu is folded: the clerk's choice, remembered on this computer; a narrow window
 * folds it without changing that choice.
 */
function useMenuCollapsed(): [boolean, (collapsed: boolean) => void, (narrow: boolean) => void] {
  const stored = () => localStorage.getItem(MENU_COLLAPSED_KEY) === '1';
  const [collapsed, setCollapsed] = useState(stored);
  const choose = (value: boolean) => {
    localStorage.setItem(MENU_COLLAPSED_KEY, value ? '1' : '0');
    setCollapsed(value);
  };
  const onBreakpoint = (narrow: boolean) => setCollapsed(narrow || stored());
  return [collapsed, choose, onBreakpoint];
}

/** The main layout: side menu (collapsible), header with the unit, the routed page. */
export function MainLayout() {
  const installation = useAppStore(selectors.installation)!;
  const { pathname } = useLocation();
  const [collapsed, setCollapsed, onBreakpoint] = useMenuCollapsed();
  const isCommune = installation.role === 'commune';
  const session = useAccess().status?.session;
  const codeLabel = isCommune ? ui.app.communeCode : ui.app.officeCode;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <UnsavedGuard />
      <Layout.Sider
        width={250}
        theme="light"
        breakpoint="lg"
        collapsedWidth={0}
        collapsed={collapsed}
        onBreakpoint={onBreakpoint}
        trigger={null}
        style={{ borderInlineEnd: collapsed ? 0 : '1px solid #eee' }}
      >
        <div style={{ padding: '16px 20px', fontSize: 20, fontWeight: 600, lineHeight: 1.4, color: '#1d5fa8' }}>
          {ui.app.title}
        </div>
        <Menu
          mode="inline"
          className="qcdc-menu"
          aria-label={ui.app.title}
          selectedKeys={[selectedKey(pathname)]}
          defaultOpenKeys={['mediation', 'reception', 'disclosure', 'people']}
          items={visibleMenu(menuItems(isCommune), session)}
          onClick={({ key }) => navigate(key)}
          style={{ borderInlineEnd: 0, fontSize: 15 }}
        />
      </Layout.Sider>
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: '#fff',
            borderBottom: '1px solid #eee',
            paddingInline: 16,
            height: 'auto',
            minHeight: 56,
            lineHeight: 1.4,
            display: 'flex',
            alignItems: 'center',
            gap: 12,
          }}
        >
          <Button
            type="text"
            icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            aria-label={collapsed ? ui.app.showMenu : ui.app.hideMenu}
            aria-expanded={!collapsed}
            title={collapsed ? ui.app.showMenu : ui.app.hideMenu}
            data-testid="menu-toggle"
            onClick={() => setCollapsed(!collapsed)}
          />
          <Flex flex={1} justify="space-between" align="center" gap={16} wrap>
            <strong style={{ fontSize: 17 }} data-testid="header-unit">
              {installation.name}
              {installation.province ? `, ${ui.app.province} ${installation.province}` : ''}
            </strong>
            <span style={{ color: 'rgba(0, 0, 0, 0.45)' }} data-testid="header-code">
              {codeLabel}: {installation.code}
              {installation.settings.userName ? ` · ${installation.settings.userName}` : ''}
            </span>
            <AccountBadge />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24, maxWidth: 1400, width: '100%', minWidth: 0 }}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
