import { householdOutcome } from '../decision/outcome';

/** hương ước or quy ước (interchange.md codes). */
export const CONVENTION_TYPES = ['huong_uoc', 'quy_uoc'] as const;
/** A convention type. */
export type ConventionType = (typeof CONVENTION_TYPES)[number];

/** Lifecycle statuses (domain.md §D.3, interchange.md codes). */
export const CONVENTION_STATUSES = [
  'soan_thao',
  'lay_y_kien',
  'da_thong_qua',
  'da_cong_nhan',
  'tam_ngung',
  'bai_bo',
] as const;
/** A convention status. */
export type ConventionStatus = (typeof CONVENTION_STATUSES)[number];

/** Review outcomes (interchange.md codes). */
export const REVIEW_OUTCOMES = ['giu_nguyen', 'sua_doi_bo_sung', 'thay_the', 'bai_bo'] as const;
/** A review outcome. */
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** How a convention was put to the households (Nghị định 61/2023 Điều 10). */
export const VOTE_METHODS = ['hop', 'phieu'] as const;
/** A vote method. */
export type VoteMethod = (typeof VOTE_METHODS)[number];

/** Minimum days of the consultation posting (Điều 9: not less than 30 days). */
export const MIN_CONSULTATION_DAYS = 30;

/** Vietnamese labels. */
export const CONVENTION_TYPE_LABELS: Record<ConventionType, string> = { huong_uoc: 'Hương ước', quy_uoc: 'Quy ước' };
/** Vietnamese labels of the statuses. */
export const CONVENTION_STATUS_LABELS: Record<ConventionStatus, string> = {
  soan_thao: 'Đang soạn thảo',
  lay_y_kien: 'Đang lấy ý kiến',
  da_thong_qua: 'Đã thông qua',
  da_cong_nhan: 'Đã công nhận (có hiệu lực)',
  tam_ngung: 'Tạm ngừng thực hiện',
  bai_bo: 'Đã bãi bỏ',
};
/** Vietnamese labels of the review outcomes. */
export const REVIEW_OUTCOME_LABELS: Record<ReviewOutcome, string> = {
  giu_nguyen: 'Giữ nguyên',
  sua_doi_bo_sung: 'Sửa đổi, bổ sung',
  thay_the: 'Thay thế',
  bai_bo: 'Đề nghị bãi bỏ',
};
/** Vietnamese labels of the vote methods. */
export const VOTE_METHOD_LABELS: Record<VoteMethod, string> = {
  hop: 'Họp cộng đồng dân cư',
  phieu: 'Phát phiếu lấy ý kiến hộ gia đình',
};

/** One vote on a draft, with the two >50% checks. */
export interface VoteFigures {
  method: VoteMethod;
  households: number;
  present: number;
  approving: number;
}

/**
 * The two checks of Điều 10: a meeting needs more than half the households represented, and the
 * draft passes when more than half of all households approve (by meeting or by ballot). The same rule
 * as a community decision's ({@link householdOutcome}).
 */
export function voteChecks(v: VoteFigures): { quorum: boolean; majority: boolean; passed: boolean } {
  const o = householdOutcome({
    form: v.method === 'phieu' ? 'phieu' : 'hoi_nghi',
    households: v.households,
    participating: v.present,
    approving: v.approving,
  });
  return { quorum: o.quorum, majority: o.majority, passed: o.outcome === 'thong_qua' };
}

/** Working days for submitting the file after adoption, and for the recognition decision (Nghị định 61/2023, Điều 11(3)). */
export const WORKING_DAYS_LIMIT = 5;
