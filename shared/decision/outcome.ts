import { DECISION_OUTCOME_LABELS, type DecisionForm, type DecisionOutcome } from './codes';

/** The outcome's words in lists and exports. */
export const OUTCOME_TEXT = DECISION_OUTCOME_LABELS;

/**
 * The one rule of "more than half of the households" (Luật 10/2022, Điều 18 for the meeting, Điều 19 for the ballot; Nghị định 61/2023,
 * Điều 10 for hương ước): a community meeting is valid only with more than half of the households
 * represented, and a matter is adopted when more than half of ALL the households approve — at a meeting,
 * by ballot, or both. A hương ước vote and a community decision both use it.
 */
export interface HouseholdCount {
  form: DecisionForm;
  /** Households of the community at the time. */
  households: number;
  /** Households represented at the meeting, or ballots returned. */
  participating: number;
  /** Households approving. */
  approving: number;
}

/** The outcome and the numbers behind it, for the screen's "cần trên 60 hộ tán thành". */
export interface HouseholdOutcome {
  outcome: DecisionOutcome;
  /** The meeting had more than half of the households represented (always true for a ballot). */
  quorum: boolean;
  /** The fewest households that are "more than half": ⌊households / 2⌋ + 1. */
  needed: number;
  /** More than half of all the households approved. */
  majority: boolean;
}

/** The fewest households that are more than half of `households`. */
export function moreThanHalf(households: number): number {
  return Math.floor(households / 2) + 1;
}

/** The derived outcome of a count (interchange.md v2 `community_decision`: never typed, never stored). */
export function householdOutcome(c: HouseholdCount): HouseholdOutcome {
  const needed = moreThanHalf(c.households);
  const quorum = c.form !== 'hoi_nghi' || c.participating >= needed;
  const majority = c.approving >= needed;
  const outcome: DecisionOutcome = !quorum ? 'khong_du_nguoi' : majority ? 'thong_qua' : 'khong_thong_qua';
  return { outcome, quorum, needed, majority };
}

/** Why the outcome is what it is, in the words of the form ("Cần trên 60 hộ tán thành, mới có 48."). */
export function outcomeReason(c: HouseholdCount, o: HouseholdOutcome = householdOutcome(c)): string {
  const n = (x: number) => x.toLocaleString('vi-VN');
  if (!o.quorum)
    return `Hội nghị cần trên một nửa số hộ dự (ít nhất ${n(o.needed)} trên ${n(c.households)} hộ), mới có ${n(c.participating)} hộ.`;
  if (!o.majority)
    return `Cần trên một nửa tổng số hộ tán thành (ít nhất ${n(o.needed)} trên ${n(c.households)} hộ), mới có ${n(c.approving)} hộ.`;
  return `${n(c.approving)} trên ${n(c.households)} hộ tán thành, vượt mức cần ${n(o.needed)} hộ.`;
}
