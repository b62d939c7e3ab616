import { lazy, type ReactNode } from 'react';
import { peopleMenuText } from '../../i18n/peopleMenu';

// Each page loads on first use (the menu is part of the first screen, the pages are not).
const DecisionsPage = lazy(() => import('../decision/DecisionsPage').then((m) => ({ default: m.DecisionsPage })));
const ConsultationsPage = lazy(() =>
  import('../consultation/ConsultationsPage').then((m) => ({ default: m.ConsultationsPage })),
);
const BodiesPage = lazy(() => import('../supervision/BodiesPage').then((m) => ({ default: m.BodiesPage })));

const m = peopleMenuText;

/** The menu paths of the people's pillars (issue 11). */
export const PEOPLE_MENU_KEYS = ['/people/decisions', '/people/consultations', '/people/bodies'] as const;

/** The "Nhân dân bàn, quyết định, giám sát" group of the side menu. */
export function peopleMenu() {
  return {
    key: 'people',
    label: m.area,
    children: [
      { key: '/people/decisions', label: m.decisions },
      { key: '/people/consultations', label: m.consultations },
      { key: '/people/bodies', label: m.bodies },
    ],
  };
}

/** The page of `#/people/<sub>`, or null for an unknown path. */
export function peoplePage(sub: string | undefined): ReactNode | null {
  if (sub === 'decisions' || !sub) return <DecisionsPage />;
  if (sub === 'consultations') return <ConsultationsPage />;
  if (sub === 'bodies') return <BodiesPage />;
  return null;
}
