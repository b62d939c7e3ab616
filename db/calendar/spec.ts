import type { HolidayCode } from '../../shared/calendar/holidays';
import type { EntitySpec } from '../store/entity';

/** Stored fields of a day-off notice (thông báo nghỉ lễ, Tết) an installation recorded. */
export interface NoticeData {
  year: number;
  covers: HolidayCode[];
  daysOff: string[];
  workingDays: string[];
  ref: string;
  note: string | null;
}

/** The day-off notice entity: travels in bundles, so an office counts a commune's days as the commune does. */
export const noticeSpec: EntitySpec<NoticeData> = {
  entity: 'day_off_notice',
  table: 'day_off_notice',
  label: 'thông báo nghỉ lễ, Tết',
  nestedDates: { daysOff: { '': 'planned' }, workingDays: { '': 'planned' } },
  fields: {
    year: ['year', 'int'],
    covers: ['covers', 'json'],
    daysOff: ['days_off', 'json'],
    workingDays: ['working_days', 'json'],
    ref: ['ref', 'text'],
    note: ['note', 'text'],
  },
};
