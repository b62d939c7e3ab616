import { noticeRecord } from '../../shared/calendar/noticeRecord';
import { entitySpec, type DataOf } from '../store/entity';

/** Stored fields of a day-off notice (thông báo nghỉ lễ, Tết) an installation recorded. */
export type NoticeData = DataOf<typeof noticeRecord>;

/** The day-off notice entity: travels in bundles, so an office counts a commune's days as the commune does. */
export const noticeSpec = entitySpec(noticeRecord);
