import { lazy, type ReactNode } from 'react';
import { ui } from '../../i18n/ui';

// Each page loads on first use (the menu above is part of the first screen, the pages are not).
const MeetingsPage = lazy(() => import('./MeetingsPage').then((m) => ({ default: m.MeetingsPage })));
const PetitionsPage = lazy(() => import('./PetitionsPage').then((m) => ({ default: m.PetitionsPage })));
const SessionsPage = lazy(() => import('./SessionsPage').then((m) => ({ default: m.SessionsPage })));
const VisitsPage = lazy(() => import('./VisitsPage').then((m) => ({ default: m.VisitsPage })));

const m = ui.reception.menu;

/** The menu paths of the reception area. */
export const RECEPTION_MENU_KEYS = [
  '/reception/visits',
  '/reception/sessions',
  '/reception/petitions',
  '/reception/meetings',
] as const;

/** The reception group of the side menu (readable by an office too, written by a commune). */
export function receptionMenu() {
  return {
    key: 'reception',
    label: m.area,
    children: [
      { key: '/reception/visits', label: m.visits },
      { key: '/reception/sessions', label: m.sessions },
      { key: '/reception/petitions', label: m.petitions },
      { key: '/reception/meetings', label: m.meetings },
    ],
  };
}

/** The page of `#/reception/<sub>`, or null for an unknown path. */
export function receptionPage(sub: string | undefined, id: string | undefined): ReactNode | null {
  if (id) return null;
  if (sub === 'visits' || !sub) return <VisitsPage />;
  if (sub === 'sessions') return <SessionsPage />;
  if (sub === 'petitions') return <PetitionsPage />;
  if (sub === 'meetings') return <MeetingsPage />;
  return null;
}
