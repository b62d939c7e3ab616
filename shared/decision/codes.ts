/**
 * What the people of a thôn / tổ dân phố discuss and decide directly (Luật 10/2022, Chương II Mục 2,
 * Chương II Mục 2 (article numbers unconfirmed [M]); interchange.md v2 `community_decision`).
 */

/** The matters a community decides (interchange.md v2 codes). */
export const DECISION_MATTERS = [
  'cong_trinh_cong_cong',
  'quy_cong_dong',
  'bau_truong_thon',
  'bau_ban_ttnd',
  'bau_ban_gsdtcd',
  'huong_uoc',
  'khac',
] as const;
/** A matter code. */
export type DecisionMatter = (typeof DECISION_MATTERS)[number];

/** How the households were asked: a meeting, a ballot to every household, or a meeting then ballots. */
export const DECISION_FORMS = ['hoi_nghi', 'phieu', 'ket_hop'] as const;
/** A form code. */
export type DecisionForm = (typeof DECISION_FORMS)[number];

/** The derived outcome: no quorum at a meeting, adopted, not adopted. */
export const DECISION_OUTCOMES = ['khong_du_nguoi', 'thong_qua', 'khong_thong_qua'] as const;
/** An outcome code. */
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** Vietnamese labels of the matters. */
export const DECISION_MATTER_LABELS: Record<DecisionMatter, string> = {
  cong_trinh_cong_cong: 'Chủ trương, mức đóng góp xây dựng công trình công cộng, hạ tầng',
  quy_cong_dong: 'Thành lập, mức đóng góp các quỹ trong cộng đồng',
  bau_truong_thon: 'Bầu, cho thôi Trưởng thôn, Tổ trưởng tổ dân phố',
  bau_ban_ttnd: 'Bầu, cho thôi thành viên Ban thanh tra nhân dân',
  bau_ban_gsdtcd: 'Bầu, cho thôi thành viên Ban giám sát đầu tư của cộng đồng',
  huong_uoc: 'Hương ước, quy ước',
  khac: 'Việc khác',
};

/** Vietnamese labels of the forms. */
export const DECISION_FORM_LABELS: Record<DecisionForm, string> = {
  hoi_nghi: 'Hội nghị cộng đồng dân cư',
  phieu: 'Phát phiếu lấy ý kiến hộ gia đình',
  ket_hop: 'Hội nghị, rồi phát phiếu cho hộ vắng mặt',
};

/** Vietnamese labels of the outcomes. */
export const DECISION_OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  khong_du_nguoi: 'Không đủ số hộ dự họp',
  thong_qua: 'Được thông qua',
  khong_thong_qua: 'Không được thông qua',
};
