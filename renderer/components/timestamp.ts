import dayjs from 'dayjs';
import { ui } from '../i18n/ui';

/**
 * When a change was written, as dd/mm/yyyy lúc HH:mm. Its own module so a form's draft notice can say
 * when without pulling the history table (and its antd Table) into every form's chunk.
 */
export function formatTimestamp(at: number): string {
  const d = dayjs(at);
  return ui.common.dateTime(d.format('DD/MM/YYYY'), d.format('HH:mm'));
}
