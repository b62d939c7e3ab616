import type { MenuProps } from 'antd';
import { allows, type Access } from '../../../shared/auth/access';
import type { Session } from '../../../shared/auth/schema';

type MenuItem = Required<MenuProps>['items'][number];

// What each menu entry needs to be of any use (the contract refuses the rest anyway).
const PAGE_ACCESS: [prefix: string, access: Access][] = [
  ['mediation', { read: 'mediation' }],
  ['/mediation', { read: 'mediation' }],
  ['reception', { read: 'reception' }],
  ['/reception', { read: 'reception' }],
  ['disclosure', { read: 'disclosure' }],
  ['/disclosure', { read: 'disclosure' }],
  ['/conventions', { read: 'convention' }],
  ['/people/decisions', { read: 'participation' }],
  ['/people/consultations', { read: 'participation' }],
  ['/people/bodies', { read: 'reception' }],
  ['/records', 'admin'],
  ['/send', 'send'],
  ['/receive', { write: 'sync' }],
];

function accessOfKey(key: string): Access {
  return PAGE_ACCESS.find(([prefix]) => key === prefix || key.startsWith(`${prefix}/`))?.[1] ?? 'signedIn';
}

/** The side menu without the entries the signed-in account could not use (all of it when unprotected). */
export function visibleMenu(items: MenuItem[], session: Session | null | undefined): MenuItem[] {
  if (!session) return items;
  return items.flatMap((item) => {
    if (!item || !('key' in item)) return [item];
    if (!allows(session, accessOfKey(String(item.key)))) return [];
    if ('children' in item && Array.isArray(item.children)) {
      const children = visibleMenu(item.children as MenuItem[], session);
      return children.length ? [{ ...item, children } as MenuItem] : [];
    }
    return [item];
  });
}
