/** Dispute categories (Thông tư 10/2017/TT-BTP, chỉ tiêu 0403; interchange.md codes). */
export const CASE_CATEGORIES = ['dan_su', 'hon_nhan_gia_dinh', 'mau_thuan', 'khac'] as const;
/** A case category code. */
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

/** Case statuses (domain.md §B.3, interchange.md codes). */
export const CASE_STATUSES = ['tiep_nhan', 'dang_hoa_giai', 'thanh', 'khong_thanh', 'cham_dut', 'chuyen'] as const;
/** A case status code. */
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses that end a case; they require `closedOn`. */
export const CLOSED_STATUSES: readonly CaseStatus[] = ['thanh', 'khong_thanh', 'cham_dut', 'chuyen'];

/** True when the status ends the case. */
export function isClosedStatus(status: CaseStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

/** Mediator gender codes. */
export const GENDERS = ['nam', 'nu'] as const;
/** Mediator roles in the team (Luật Hòa giải ở cơ sở Điều 12, 14). */
export const MEDIATOR_ROLES = ['to_truong', 'hoa_giai_vien'] as const;

/** Grounds for mediation (Điều 16). */
export const CASE_GROUNDS = ['yeu_cau', 'tu_biet', 'phan_cong_de_nghi'] as const;

/** Minimum mediators per team (Điều 12). */
export const MIN_MEDIATORS_PER_TEAM = 3;
