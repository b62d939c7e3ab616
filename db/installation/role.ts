import { AppError } from '../../shared/contract/errors';
import type { Sql } from '../open';
import { getSetting } from './settings';

// Apart from the set-up service, so that the access calls (which the set-up itself uses to protect a
// new installation) can check the role without importing the set-up back: no import circle.
/** Fails unless the installation has been set up; returns its role. */
export function requireRole(sql: Sql, role?: 'commune' | 'office'): 'commune' | 'office' {
  const current = getSetting(sql, 'role') as 'commune' | 'office' | null;
  if (!current) throw new AppError('NOT_INITIALISED');
  if (role && current !== role) {
    throw new AppError(
      'RULE_VIOLATION',
      role === 'commune'
        ? 'Chức năng này chỉ dùng ở cài đặt của xã.'
        : 'Chức năng này chỉ dùng ở cài đặt của cơ quan nhận báo cáo.',
    );
  }
  return current;
}
