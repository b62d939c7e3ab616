import { CONVENTION_STATUS_LABELS } from '../../../shared/convention/codes';
import { conventionRecord } from '../../../shared/convention/conventionRecord';
import type { Convention } from '../../../shared/convention/schema';
import { formatDate } from '../../../shared/util/format';
import { publicUi } from '../../i18n/publicUi';

const t = publicUi.convention;

/** The date a recognised convention takes effect: its effective date, else the decision's. */
export function effectiveFrom(c: Pick<Convention, 'effectiveOn' | 'recognizedOn' | 'statusOn'>): string {
  return c.effectiveOn ?? c.recognizedOn ?? c.statusOn;
}

/**
 * A convention's status as the list and its page show it: the label, and the date that goes with it.
 * A recognised one is in force from its effective date (issue 15: never the decision's date), and
 * says "not yet in force" before that date.
 */
export function conventionStatus(
  c: Pick<Convention, 'status' | 'statusOn' | 'effectiveOn' | 'recognizedOn'>,
  today: string,
): { label: string; since: string } {
  if (c.status !== 'da_cong_nhan') {
    return {
      label: CONVENTION_STATUS_LABELS[c.status],
      since: `${conventionRecord.formLabels.statusOn} ${formatDate(c.statusOn)}`,
    };
  }
  const from = effectiveFrom(c);
  return {
    label: from > today ? t.recognizedNotYet : CONVENTION_STATUS_LABELS[c.status],
    since: t.inForceFrom(formatDate(from)),
  };
}
