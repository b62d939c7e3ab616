import { GROUP_RULE } from './deadlineRules';

/** Who receives citizens (domain.md §C.1; interchange.md codes). */
export const HOSTS = ['chu_tich_ubnd', 'bi_thu', 'dai_bieu_hdnd', 'cong_chuc'] as const;
/** A host code. */
export type Host = (typeof HOSTS)[number];

/** Kinds of reception session: periodic, unscheduled (Điều 18(3)), regular (by the assigned officer). */
export const SESSION_TYPES = ['dinh_ky', 'dot_xuat', 'thuong_xuyen'] as const;
/** A session type code. */
export type SessionType = (typeof SESSION_TYPES)[number];

/** Content of a visit or a petition (domain.md §C.3). */
export const CONTENTS = ['khieu_nai', 'to_cao', 'kien_nghi', 'phan_anh'] as const;
/** A content code. */
export type Content = (typeof CONTENTS)[number];

/** The denunciation content: its author's identity is a state secret (domain.md §C.5). */
export const DENUNCIATION: Content = 'to_cao';

/** Handling of a visit: the three "Hướng xử lý" columns of the Sổ tiếp công dân (Mẫu 03, cột 8–10). */
export const VISIT_HANDLINGS = ['thu_ly', 'tra_lai_huong_dan', 'chuyen_don'] as const;
/** A visit handling code. */
export type VisitHandling = (typeof VISIT_HANDLINGS)[number];

/** Handling of a petition (interchange.md). */
export const PETITION_HANDLINGS = ['thu_ly', 'tra_lai_huong_dan', 'chuyen_don', 'luu_don'] as const;
/** A petition handling code. */
export type PetitionHandling = (typeof PETITION_HANDLINGS)[number];

/** Status of a petition accepted for handling (thụ lý). */
export const PETITION_STATUSES = ['dang_giai_quyet', 'da_giai_quyet', 'rut_don'] as const;
/** A petition status code. */
export type PetitionStatus = (typeof PETITION_STATUSES)[number];

/** Statuses that end a petition; they require `resolvedOn`. */
export const FINISHED_STATUSES: readonly PetitionStatus[] = ['da_giai_quyet', 'rut_don'];

/** Community supervision bodies (Luật 10/2022; Nghị định 59/2023). */
export const SUPERVISION_BODIES = ['ban_ttnd', 'ban_gsdtcd'] as const;
/** A supervision body code. */
export type SupervisionBody = (typeof SUPERVISION_BODIES)[number];

/** Groups of this many people or more are "đoàn đông người" and appoint representatives (data: GROUP_RULE). */
export const GROUP_MIN_CITIZENS = GROUP_RULE.minCitizens;

/**
 * Why a denouncer's identity is never recorded in this app, shown on forms and in import errors
 * (Luật Tố cáo Điều 9, 56; Quyết định 774/QĐ-TTg; Luật Bảo vệ bí mật nhà nước Điều 5; domain.md §C.5, §G.3).
 */
export const DENOUNCER_IDENTITY_MESSAGE =
  'Không ghi họ tên, địa chỉ, số giấy tờ của người tố cáo: đây là bí mật nhà nước độ Mật (Quyết định 774/QĐ-TTg), ' +
  'không được lưu trên máy tính nối mạng (Luật Bảo vệ bí mật nhà nước, Điều 5). Hãy ghi vào sổ mật bằng giấy và ' +
  'chỉ nhập số tham chiếu của sổ mật.';

/** What the summary of a record turned into a denunciation reads in its purged history (issue 16). */
export const PURGED_SUMMARY = '(Đã xóa khi chuyển thành tố cáo)';
