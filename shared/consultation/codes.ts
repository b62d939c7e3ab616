/**
 * Matters the commune puts to the people for comment (Luật 10/2022, Chương II Mục 3;
 * interchange.md v2 `consultation`).
 */

/** The matters (interchange.md v2 codes). */
export const CONSULTATION_MATTERS = [
  'ke_hoach_ktxh',
  'quy_hoach_su_dung_dat',
  'dia_gioi_hanh_chinh',
  'du_an_dau_tu',
  'du_thao_van_ban',
  'khac',
] as const;
/** A matter code. */
export type ConsultationMatter = (typeof CONSULTATION_MATTERS)[number];

/** How opinions were collected (one consultation may use several). */
export const CONSULTATION_FORMS = ['hoi_nghi', 'phieu', 'hom_thu', 'cong_thong_tin', 'truc_tiep', 'khac'] as const;
/** A form code. */
export type ConsultationForm = (typeof CONSULTATION_FORMS)[number];

/** Vietnamese labels of the matters. */
export const CONSULTATION_MATTER_LABELS: Record<ConsultationMatter, string> = {
  ke_hoach_ktxh: 'Kế hoạch phát triển kinh tế - xã hội',
  quy_hoach_su_dung_dat: 'Quy hoạch, kế hoạch sử dụng đất',
  dia_gioi_hanh_chinh: 'Thành lập, nhập, chia, điều chỉnh địa giới đơn vị hành chính',
  du_an_dau_tu: 'Dự án, công trình đầu tư trên địa bàn',
  du_thao_van_ban: 'Dự thảo văn bản, đề án',
  khac: 'Việc khác',
};

/** Vietnamese labels of the forms. */
export const CONSULTATION_FORM_LABELS: Record<ConsultationForm, string> = {
  hoi_nghi: 'Hội nghị',
  phieu: 'Phát phiếu lấy ý kiến',
  hom_thu: 'Hòm thư góp ý',
  cong_thong_tin: 'Cổng thông tin điện tử, mạng xã hội',
  truc_tiep: 'Gặp, trao đổi trực tiếp',
  khac: 'Hình thức khác',
};
