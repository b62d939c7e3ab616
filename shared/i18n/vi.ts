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

/** Field names in Vietnamese, for history and error messages. */
export const FIELD_LABELS: Record<string, string> = {
  name: 'Tên',
  type: 'Loại',
  households: 'Số hộ',
  note: 'Ghi chú',
  communityId: 'Thôn / tổ dân phố',
  receivedOn: 'Ngày tiếp nhận',
  category: 'Lĩnh vực',
  grounds: 'Căn cứ hòa giải',
  summary: 'Nội dung vụ việc',
  status: 'Tình trạng',
  closedOn: 'Ngày kết thúc',
  parties: 'Các bên',
  mediatorIds: 'Hòa giải viên',
  invited: 'Người được mời tham gia',
  agreement: 'Thỏa thuận của các bên',
  teamId: 'Tổ hòa giải',
  gender: 'Giới tính',
  birthYear: 'Năm sinh',
  ethnicMinority: 'Dân tộc thiểu số',
  role: 'Vai trò',
  recognizedOn: 'Ngày công nhận',
  decisionRef: 'Số quyết định',
  leftOn: 'Ngày thôi',
  phone: 'Điện thoại',
  establishedOn: 'Ngày thành lập',
  code: 'Mã',
  province: 'Tỉnh, thành phố',
  catalog: 'Danh mục công khai',
  item: 'Nội dung công khai',
  title: 'Tên',
  documentRef: 'Số, ký hiệu văn bản',
  documentDate: 'Ngày văn bản',
  forms: 'Hình thức công khai',
  publishedOn: 'Ngày công khai',
  postedFrom: 'Niêm yết từ ngày',
  postedTo: 'Niêm yết đến ngày',
  place: 'Địa điểm',
  broadcastDays: 'Số ngày phát thanh',
  noRadioSystem: 'Không có hệ thống truyền thanh',
  official: 'Người chịu trách nhiệm',
  attachments: 'Tệp đính kèm',
  versionNo: 'Phiên bản',
  supersedesId: 'Sửa đổi, thay thế cho',
  content: 'Nội dung',
  draftingTeam: 'Tổ soạn thảo',
  signatories: 'Người ký',
  officer: 'Công chức tham mưu',
  consultationFrom: 'Lấy ý kiến từ ngày',
  consultationTo: 'Lấy ý kiến đến ngày',
  consultationPlace: 'Địa điểm niêm yết dự thảo',
  consultationResult: 'Kết quả lấy ý kiến',
  votes: 'Biểu quyết',
  adoptedOn: 'Ngày thông qua',
  submittedOn: 'Ngày gửi hồ sơ',
  effectiveOn: 'Ngày có hiệu lực',
  statusOn: 'Ngày của tình trạng',
  statusLog: 'Diễn biến',
  reviews: 'Rà soát',
  heldOn: 'Ngày',
  host: 'Người tiếp',
  hostName: 'Họ tên người chủ trì',
  citizens: 'Số người',
  group: 'Đoàn đông người',
  handling: 'Hướng xử lý',
  citizenName: 'Họ tên công dân',
  citizenAddress: 'Địa chỉ',
  citizenIdNumber: 'Số định danh cá nhân / CCCD',
  representatives: 'Người đại diện',
  secretRef: 'Số tham chiếu sổ mật',
  resolvedBy: 'Cơ quan đã giải quyết',
  forwardedTo: 'Chuyển đến',
  followUp: 'Theo dõi kết quả giải quyết',
  inCompetence: 'Thuộc thẩm quyền của xã',
  resolvedOn: 'Ngày giải quyết xong',
  complex: 'Vụ việc phức tạp',
  remoteArea: 'Vùng sâu, vùng xa',
  round: 'Lần giải quyết',
  extensions: 'Số lần gia hạn',
  petitionerName: 'Họ tên người gửi đơn',
  petitionerAddress: 'Địa chỉ người gửi đơn',
  petitionerIdNumber: 'Số định danh cá nhân / CCCD',
  resolution: 'Kết quả giải quyết',
  topic: 'Nội dung đối thoại',
  participants: 'Số người tham dự',
  chairedBy: 'Người chủ trì',
  body: 'Ban giám sát',
  subject: 'Nội dung giám sát',
  conclusion: 'Kết luận, kiến nghị',
  acceptedOn: 'Ngày thụ lý',
  especiallyComplex: 'Tố cáo đặc biệt phức tạp',
  multiplePlaces: 'Xác minh ở nhiều địa điểm',
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
