import { lazy, type ComponentType } from 'react';
import { createHashRouter, useParams, type RouteObject } from 'react-router';
import { receptionPage } from '../features/reception/routes';
import { MainLayout, NotFound, PrintLayout, RouteError, Shell } from './App';
import { attachRouter } from './router';
import { selectors, useAppStore } from './store';

/** A page component loaded on first use: each page is its own chunk of the build. */
function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

const HomePage = lazyPage(() => import('../features/home/HomePage').then((m) => m.HomePage));
const OfficeHome = lazyPage(() => import('../features/sync/OfficeHome').then((m) => m.OfficeHome));
const CommunitiesPage = lazyPage(() =>
  import('../features/communities/CommunitiesPage').then((m) => m.CommunitiesPage),
);
const TeamsPage = lazyPage(() => import('../features/mediation/TeamsPage').then((m) => m.TeamsPage));
const MediatorsPage = lazyPage(() => import('../features/mediation/MediatorsPage').then((m) => m.MediatorsPage));
const CasesPage = lazyPage(() => import('../features/mediation/CasesPage').then((m) => m.CasesPage));
const CasePage = lazyPage(() => import('../features/mediation/CasePage').then((m) => m.CasePage));
const CaseFormPage = lazyPage(() => import('../features/mediation/CaseFormPage').then((m) => m.CaseFormPage));
const DisclosuresPage = lazyPage(() => import('../features/disclosure/DisclosuresPage').then((m) => m.DisclosuresPage));
const BoardPage = lazyPage(() => import('../features/disclosure/BoardPage').then((m) => m.BoardPage));
const ConventionsPage = lazyPage(() =>
  import('../features/conventions/ConventionsPage').then((m) => m.ConventionsPage),
);
const ConventionPage = lazyPage(() => import('../features/conventions/ConventionPage').then((m) => m.ConventionPage));
const ReportPage = lazyPage(() => import('../features/report/ReportPage').then((m) => m.ReportPage));
const SettingsPage = lazyPage(() => import('../features/setup/SettingsPage').then((m) => m.SettingsPage));
const CalendarPage = lazyPage(() => import('../features/calendar/CalendarPage').then((m) => m.CalendarPage));
const BackupPage = lazyPage(() => import('../features/backup/BackupPage').then((m) => m.BackupPage));
const ImportPage = lazyPage(() => import('../features/records/ImportPage').then((m) => m.ImportPage));
const SendPage = lazyPage(() => import('../features/sync/SendPage').then((m) => m.SendPage));
const OfficeCommunesPage = lazyPage(() => import('../features/sync/CommunesPage').then((m) => m.CommunesPage));
const ReceivePage = lazyPage(() => import('../features/sync/ReceivePage').then((m) => m.ReceivePage));
const RegisterPrint = lazyPage(() => import('../features/print/RegisterPrint').then((m) => m.RegisterPrint));
const ReportPrint = lazyPage(() => import('../features/print/ReportPrint').then((m) => m.ReportPrint));
const BundleCoverPrint = lazyPage(() => import('../features/print/BundleCoverPrint').then((m) => m.BundleCoverPrint));
const ReceptionRegisterPrint = lazyPage(() =>
  import('../features/print/ReceptionRegisterPrint').then((m) => m.ReceptionRegisterPrint),
);
const DisclosureBoardPrint = lazyPage(() =>
  import('../features/print/PublicListsPrint').then((m) => m.DisclosureBoardPrint),
);
const ConventionsPrint = lazyPage(() => import('../features/print/PublicListsPrint').then((m) => m.ConventionsPrint));

/** `#/`: the commune's home, or the office's. */
function HomeRoute() {
  const installation = useAppStore(selectors.installation);
  return installation?.role === 'office' ? <OfficeHome /> : <HomePage />;
}

/** `#/conventions/ID`: one convention, remounted per id so its form never shows another's values. */
function ConventionRoute() {
  const { id = '' } = useParams();
  return <ConventionPage key={id} id={id} />;
}

/** `#/mediation/cases/ID`. */
function CaseRoute() {
  const { id = '' } = useParams();
  return <CasePage key={id} caseId={id} />;
}

/** `#/mediation/cases/ID/edit`. */
function CaseEditRoute() {
  const { id = '' } = useParams();
  return <CaseFormPage key={`edit-${id}`} caseId={id} />;
}

/** `#/reception/…`: the reception area maps its own sub-paths (features/reception/routes.tsx). */
function ReceptionRoute() {
  const [sub, id, extra] = (useParams()['*'] ?? '').split('/').filter(Boolean);
  return (extra === undefined ? receptionPage(sub, id) : null) ?? <NotFound />;
}

/** The route table: the shell (installation, first-run wizard), bare print views, then the menu layout. */
export const ROUTES: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      {
        // Print views are whole pages: no menu or header on paper (architecture.md §6).
        path: 'print',
        element: <PrintLayout />,
        children: [
          { path: 'register', element: <RegisterPrint /> },
          { path: 'report', element: <ReportPrint /> },
          { path: 'bundle-cover', element: <BundleCoverPrint /> },
          { path: 'reception-register', element: <ReceptionRegisterPrint /> },
          { path: 'disclosure-board', element: <DisclosureBoardPrint /> },
          { path: 'conventions', element: <ConventionsPrint /> },
        ],
      },
      {
        element: <MainLayout />,
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'communities', element: <CommunitiesPage /> },
          { path: 'report', element: <ReportPage /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: 'settings/calendar', element: <CalendarPage /> },
          { path: 'settings/backup', element: <BackupPage /> },
          { path: 'records', element: <ImportPage /> },
          { path: 'send', element: <SendPage /> },
          { path: 'communes', element: <OfficeCommunesPage /> },
          { path: 'receive', element: <ReceivePage /> },
          { path: 'reception/*', element: <ReceptionRoute /> },
          { path: 'disclosure', element: <DisclosuresPage /> },
          { path: 'disclosure/board', element: <BoardPage /> },
          { path: 'conventions', element: <ConventionsPage /> },
          { path: 'conventions/:id', element: <ConventionRoute /> },
          // `#/mediation` alone (e.g. "Quay lại" from the printed register) lands on the teams.
          { path: 'mediation', element: <TeamsPage /> },
          { path: 'mediation/teams', element: <TeamsPage /> },
          { path: 'mediation/mediators', element: <MediatorsPage /> },
          { path: 'mediation/cases', element: <CasesPage /> },
          { path: 'mediation/cases/new', element: <CaseFormPage key="new" caseId={null} /> },
          { path: 'mediation/cases/:id', element: <CaseRoute /> },
          { path: 'mediation/cases/:id/edit', element: <CaseEditRoute /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

/**
 * Creates the app's hash router (the renderer is served from files in Electron, so the route lives
 * in the fragment). Call it only after the bridge token has been taken out of the fragment: the
 * router reads the address when it is created.
 */
export function createAppRouter() {
  const router = createHashRouter(ROUTES);
  attachRouter(router);
  return router;
}
