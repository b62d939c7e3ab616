import type { CaseCategory, CaseStatus } from '../mediation/codes';
import type { Content, Host, PetitionHandling, PetitionStatus, SessionType, SupervisionBody } from '../reception/codes';

/** Vietnamese labels of the case categories. */
export const CASE_CATEGORY_LABELS: Record<CaseCategory, string> = {
  dan_su: 'Tranh chấp phát sinh từ quan hệ dân sự',
  hon_nhan_gia_dinh: 'Tranh chấp phát sinh từ quan hệ hôn nhân và gia đình',
  mau_thuan: 'Mâu thuẫn giữa các bên',
  khac: 'Vụ việc khác',
};

/** Short labels of the case categories, for tables. */
export const CASE_CATEGORY_SHORT: Record<CaseCategory, string> = {
  dan_su: 'Dân sự',
  hon_nhan_gia_dinh: 'Hôn nhân và gia đình',
  mau_thuan: 'Mâu thuẫn',
  khac: 'Khác',
};

/** Vietnamese labels of the case statuses. */
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  tiep_nhan: 'Tiếp nhận',
  dang_hoa_giai: 'Đang hòa giải',
  thanh: 'Hòa giải thành',
  khong_thanh: 'Hòa giải không thành',
  cham_dut: 'Chấm dứt theo yêu cầu',
  chuyen: 'Chuyển cơ quan có thẩm quyền',
};

/** Vietnamese labels of the grounds for mediation (Điều 16). */
export const CASE_GROUNDS_LABELS = {
  yeu_cau: 'Một bên hoặc các bên yêu cầu',
  tu_biet: 'Hòa giải viên chứng kiến hoặc biết vụ việc',
  phan_cong_de_nghi: 'Tổ trưởng phân công hoặc cơ quan, tổ chức, cá nhân đề nghị',
} as const;

/** Vietnamese labels of community types. */
export const COMMUNITY_TYPE_LABELS = { thon: 'Thôn', to_dan_pho: 'Tổ dân phố' } as const;

/** Vietnamese labels of genders. */
export const GENDER_LABELS = { nam: 'Nam', nu: 'Nữ' } as const;

/** Vietnamese labels of mediator roles. */
export const MEDIATOR_ROLE_LABELS = { to_truong: 'Tổ trưởng', hoa_giai_vien: 'Hòa giải viên' } as const;

/** Vietnamese labels of installation roles. */
export const ROLE_LABELS = { commune: 'Xã, phường, đặc khu', office: 'Cơ quan nhận báo cáo' } as const;

/**
 * Names of the fields of forms that are not records (the first-run set-up, the settings), for error
 * messages. A record's fields are named by its definition (shared/record/registry.ts).
 */
export const FIELD_LABELS: Record<string, string> = {
  name: 'Tên',
  type: 'Loại',
  note: 'Ghi chú',
  code: 'Mã',
  province: 'Tỉnh, thành phố',
};

/** Vietnamese labels of reception hosts. */
export const HOST_LABELS: Record<Host, string> = {
  chu_tich_ubnd: 'Chủ tịch UBND xã',
  bi_thu: 'Bí thư Đảng ủy xã',
  dai_bieu_hdnd: 'Đại biểu HĐND',
  cong_chuc: 'Công chức tiếp công dân',
};

/** Vietnamese labels of session types. */
export const SESSION_TYPE_LABELS: Record<SessionType, string> = {
  dinh_ky: 'Định kỳ',
  dot_xuat: 'Đột xuất',
  thuong_xuyen: 'Thường xuyên',
};

/** Vietnamese labels of petition and visit contents. */
export const CONTENT_LABELS: Record<Content, string> = {
  khieu_nai: 'Khiếu nại',
  to_cao: 'Tố cáo',
  kien_nghi: 'Kiến nghị',
  phan_anh: 'Phản ánh',
};

/** Vietnamese labels of handling decisions (Sổ tiếp công dân cột 8–10, and "lưu đơn"). */
export const HANDLING_LABELS: Record<PetitionHandling, string> = {
  thu_ly: 'Thụ lý để giải quyết',
  tra_lai_huong_dan: 'Trả lại đơn và hướng dẫn',
  chuyen_don: 'Chuyển đơn đến cơ quan có thẩm quyền',
  luu_don: 'Lưu đơn',
};

/** Vietnamese labels of petition statuses. */
export const PETITION_STATUS_LABELS: Record<PetitionStatus, string> = {
  dang_giai_quyet: 'Đang giải quyết',
  da_giai_quyet: 'Đã giải quyết',
  rut_don: 'Đã rút đơn',
};

/** Vietnamese labels of supervision bodies. */
export const SUPERVISION_BODY_LABELS: Record<SupervisionBody, string> = {
  ban_ttnd: 'Ban thanh tra nhân dân',
  ban_gsdtcd: 'Ban giám sát đầu tư của cộng đồng',
};
