import type { CaseCategory } from '../../shared/mediation/codes';

// A fictional commune of a northern mountain province, for training and evaluation. The names are
// typical of the Tày, Dao, H'Mông and Kinh families living there; every person here is invented.

/** The demo commune. */
export const DEMO_COMMUNE = {
  code: '02527',
  name: 'Xã Kim Bình',
  placeName: 'Kim Bình',
  province: 'Tuyên Quang',
  clerk: 'Nguyễn Thị Thanh Hương',
  signerTitle: 'CHỦ TỊCH',
  signerName: 'Ma Văn Quang',
  officeName: 'Sở Tư pháp tỉnh Tuyên Quang',
} as const;

/** The communes whose bundles the office demo imports (fictional data, real-looking codes). */
export const DEMO_OFFICE_COMMUNES = [
  { code: DEMO_COMMUNE.code, name: DEMO_COMMUNE.name, placeName: DEMO_COMMUNE.placeName },
  { code: '02533', name: 'Xã Minh Quang', placeName: 'Minh Quang' },
  { code: '02536', name: 'Xã Phúc Sơn', placeName: 'Phúc Sơn' },
] as const;

/** The demo receiving office. */
export const DEMO_OFFICE = {
  code: 'STP-TQ',
  name: 'Sở Tư pháp tỉnh Tuyên Quang',
  province: 'Tuyên Quang',
  clerk: 'Lương Thị Minh Phương',
  signerTitle: 'GIÁM ĐỐC',
  signerName: 'Hà Văn Lợi',
} as const;

/** A demo mediator. */
export interface DemoMediator {
  name: string;
  gender: 'nam' | 'nu';
  birthYear: number;
  ethnicMinority: boolean;
  leader?: boolean;
  /** Days before today the mediator stopped serving, if they did. */
  leftDaysAgo?: number;
}

/** A demo thôn with its mediation team and the families its parties come from. */
export interface DemoCommunity {
  name: string;
  households: number;
  teamEstablished: string;
  teamDecision: string;
  mediators: DemoMediator[];
  /** Surnames and given names of the families living there, for the parties of cases. */
  surnames: string[];
  menNames: string[];
  womenNames: string[];
}

/** Six thôn of the demo commune. */
export const DEMO_COMMUNITIES: DemoCommunity[] = [
  {
    name: 'Thôn Nà Coóc',
    households: 142,
    teamEstablished: '2019-04-10',
    teamDecision: '58/QĐ-UBND',
    mediators: [
      { name: 'Ma Văn Khởi', gender: 'nam', birthYear: 1962, ethnicMinority: true, leader: true },
      { name: 'Hoàng Thị Mai', gender: 'nu', birthYear: 1975, ethnicMinority: true },
      { name: 'Nguyễn Văn Tuấn', gender: 'nam', birthYear: 1980, ethnicMinority: false },
      { name: 'Ma Thị Hiền', gender: 'nu', birthYear: 1988, ethnicMinority: true },
    ],
    surnames: ['Ma', 'Hoàng', 'Nông', 'Nguyễn'],
    menNames: ['Văn Dũng', 'Văn Thành', 'Văn Hòa', 'Đức Minh', 'Văn Kiên'],
    womenNames: ['Thị Lan', 'Thị Nga', 'Thị Chanh', 'Thị Vân'],
  },
  {
    name: 'Thôn Khuổi Phầy',
    households: 98,
    teamEstablished: '2019-04-10',
    teamDecision: '59/QĐ-UBND',
    mediators: [
      { name: 'Triệu Văn Sinh', gender: 'nam', birthYear: 1966, ethnicMinority: true, leader: true },
      { name: 'Bàn Thị Liên', gender: 'nu', birthYear: 1979, ethnicMinority: true },
      { name: 'Lý Văn Quý', gender: 'nam', birthYear: 1984, ethnicMinority: true },
    ],
    surnames: ['Triệu', 'Bàn', 'Lý', 'Đặng'],
    menNames: ['Văn Tiến', 'Văn Phin', 'Tài Lưu', 'Văn Chạn'],
    womenNames: ['Thị Mùi', 'Thị Nhất', 'Thị Xuân', 'Mùi Nái'],
  },
  {
    name: 'Thôn Bản Lục',
    households: 117,
    teamEstablished: '2018-11-20',
    teamDecision: '211/QĐ-UBND',
    mediators: [
      { name: 'Nông Văn Thắng', gender: 'nam', birthYear: 1958, ethnicMinority: true, leader: true },
      { name: 'Lộc Thị Nhung', gender: 'nu', birthYear: 1970, ethnicMinority: true },
      { name: 'Hà Văn Đông', gender: 'nam', birthYear: 1977, ethnicMinority: true },
      { name: 'Trần Thị Thu', gender: 'nu', birthYear: 1983, ethnicMinority: false },
      { name: 'Nông Thị Duyên', gender: 'nu', birthYear: 1991, ethnicMinority: true },
    ],
    surnames: ['Nông', 'Lộc', 'Hà', 'Trần'],
    menNames: ['Văn Sơn', 'Văn Lường', 'Văn Thái', 'Minh Chiến'],
    womenNames: ['Thị Phấn', 'Thị Hoa', 'Thị Tươi', 'Thị Bích'],
  },
  {
    name: 'Thôn Đồng Tâm',
    households: 185,
    teamEstablished: '2018-11-20',
    teamDecision: '212/QĐ-UBND',
    mediators: [
      { name: 'Nguyễn Văn Bình', gender: 'nam', birthYear: 1960, ethnicMinority: false, leader: true },
      { name: 'Phạm Thị Hoa', gender: 'nu', birthYear: 1972, ethnicMinority: false },
      { name: 'Lê Văn Cường', gender: 'nam', birthYear: 1951, ethnicMinority: false, leftDaysAgo: 120 },
      { name: 'Đỗ Thị Hằng', gender: 'nu', birthYear: 1985, ethnicMinority: false },
      { name: 'Vũ Văn Hải', gender: 'nam', birthYear: 1990, ethnicMinority: false },
    ],
    surnames: ['Nguyễn', 'Phạm', 'Lê', 'Đỗ', 'Vũ', 'Trần'],
    menNames: ['Văn Long', 'Quang Huy', 'Văn Toàn', 'Đình Khoa', 'Văn Nam'],
    womenNames: ['Thị Thảo', 'Thị Loan', 'Thị Hạnh', 'Thu Trang'],
  },
  {
    name: 'Thôn Làng Chằng',
    households: 131,
    teamEstablished: '2020-03-02',
    teamDecision: '36/QĐ-UBND',
    mediators: [
      { name: 'Hoàng Văn Páo', gender: 'nam', birthYear: 1964, ethnicMinority: true, leader: true },
      { name: 'Mai Thị Sen', gender: 'nu', birthYear: 1976, ethnicMinority: true },
      { name: 'Đặng Văn Lâm', gender: 'nam', birthYear: 1981, ethnicMinority: false },
      { name: 'Quan Thị Yến', gender: 'nu', birthYear: 1987, ethnicMinority: true },
    ],
    surnames: ['Hoàng', 'Quan', 'Mai', 'Đặng', 'Ma'],
    menNames: ['Văn Tính', 'Văn Chung', 'Văn Hợp', 'Công Thuận'],
    womenNames: ['Thị Thơm', 'Thị Điệp', 'Thị Ngần', 'Thị Thủy'],
  },
  {
    name: 'Thôn Pác Cáp',
    households: 76,
    teamEstablished: '2020-03-02',
    teamDecision: '37/QĐ-UBND',
    mediators: [
      { name: 'Giàng A Chư', gender: 'nam', birthYear: 1968, ethnicMinority: true, leader: true },
      { name: 'Sùng Thị Mỷ', gender: 'nu', birthYear: 1982, ethnicMinority: true },
      { name: 'Lý Seo Dìn', gender: 'nam', birthYear: 1975, ethnicMinority: true },
      { name: 'Triệu Thị Phượng', gender: 'nu', birthYear: 1986, ethnicMinority: true },
    ],
    surnames: ['Giàng', 'Sùng', 'Vàng', 'Lý'],
    menNames: ['A Páo', 'Seo Chính', 'A Dình', 'Mí Sính'],
    womenNames: ['Thị Dua', 'Thị Pằng', 'Thị Sú', 'Thị Mai'],
  },
];

/** A kind of case as it happens in a thôn: `{A}` and `{B}` are the two parties. */
export interface CaseTemplate {
  category: CaseCategory;
  summary: string;
  agreement: string;
  /** Whether party A / B is a woman (for the name drawn). */
  women?: [boolean, boolean];
}

/** Typical grassroots cases, with the agreement reached when mediation succeeds. */
export const CASE_TEMPLATES: CaseTemplate[] = [
  {
    category: 'dan_su',
    summary:
      'Tranh chấp ranh giới đất vườn giữa hộ ông {A} và hộ ông {B}: hộ ông {B} dựng hàng rào lấn sang phần đất của hộ ông {A} khoảng 1,5 m.',
    agreement:
      'Hai bên thống nhất xác định lại mốc giới theo bản đồ địa chính; hộ ông {B} tự tháo dỡ phần hàng rào lấn sang trong 15 ngày.',
  },
  {
    category: 'dan_su',
    summary:
      'Ông {A} cho ông {B} vay 30 triệu đồng để mua giống keo, đến hạn chưa trả; hai bên đề nghị tổ hòa giải giúp thỏa thuận việc trả nợ.',
    agreement: 'Ông {B} trả ông {A} 30 triệu đồng chia làm 3 lần, lần cuối sau vụ khai thác keo; không tính lãi.',
  },
  {
    category: 'dan_su',
    summary: 'Tranh chấp lối đi chung ra đường liên thôn giữa gia đình ông {A} và gia đình bà {B}.',
    agreement:
      'Hai gia đình giữ lối đi chung rộng 2 m như trước, cùng góp công đổ bê tông; không gia đình nào rào chắn.',
    women: [false, true],
  },
  {
    category: 'dan_su',
    summary:
      'Trâu của gia đình ông {B} phá khoảng 300 m² lúa đang trổ bông của gia đình bà {A}; hai bên chưa thống nhất mức bồi thường.',
    agreement: 'Ông {B} bồi thường cho bà {A} 1,2 triệu đồng và cam kết quây chuồng, không thả rông trâu trong mùa vụ.',
    women: [true, false],
  },
  {
    category: 'dan_su',
    summary: 'Tranh chấp việc dùng chung mương dẫn nước vào ruộng giữa hộ ông {A} và hộ ông {B} trong thời vụ cấy.',
    agreement: 'Hai hộ thống nhất chia lịch lấy nước luân phiên theo ngày và cùng nạo vét mương trước vụ.',
  },
  {
    category: 'dan_su',
    summary: 'Tranh chấp tiền công phát dọn, trồng 2 ha keo giữa ông {A} (chủ rừng) và ông {B} (người nhận khoán).',
    agreement: 'Ông {A} thanh toán nốt cho ông {B} 8 triệu đồng tiền công theo giấy nhận khoán trong 30 ngày.',
  },
  {
    category: 'hon_nhan_gia_dinh',
    summary:
      'Mâu thuẫn vợ chồng giữa anh {A} và chị {B}: anh {A} thường uống rượu, to tiếng với vợ; chị {B} có ý định ly hôn.',
    agreement:
      'Anh {A} cam kết bỏ rượu, không xúc phạm vợ; hai vợ chồng đoàn tụ, Chi hội Phụ nữ thôn theo dõi, giúp đỡ.',
    women: [false, true],
  },
  {
    category: 'hon_nhan_gia_dinh',
    summary: 'Anh em ông {A} và ông {B} tranh chấp việc chia mảnh đất vườn bố mẹ để lại, không có di chúc.',
    agreement:
      'Hai anh em thống nhất chia đôi mảnh đất, phần có nhà thờ do ông {A} quản lý; cùng làm thủ tục tách thửa.',
  },
  {
    category: 'hon_nhan_gia_dinh',
    summary: 'Mâu thuẫn giữa bà {A} và con dâu là chị {B} trong sinh hoạt chung, ảnh hưởng đến hạnh phúc gia đình.',
    agreement:
      'Hai bên nhận phần thiếu sót, thống nhất cách chia việc nhà và chi tiêu chung; con trai bà {A} cùng cam kết.',
    women: [true, true],
  },
  {
    category: 'hon_nhan_gia_dinh',
    summary:
      'Chị {A} đề nghị hòa giải với chồng là anh {B} về việc góp tiền nuôi con trong thời gian hai người sống ly thân.',
    agreement: 'Anh {B} góp 1,5 triệu đồng mỗi tháng nuôi hai con và đón con vào cuối tuần.',
    women: [true, false],
  },
  {
    category: 'mau_thuan',
    summary:
      'Mâu thuẫn giữa hộ ông {A} và hộ ông {B} do nước thải chuồng lợn của hộ ông {B} chảy sang vườn nhà ông {A}.',
    agreement:
      'Hộ ông {B} làm bể biogas và rãnh thoát nước kín trong 30 ngày; hai bên vui vẻ, giữ tình làng nghĩa xóm.',
  },
  {
    category: 'mau_thuan',
    summary: 'Xô xát giữa anh {A} và anh {B} sau khi uống rượu tại đám cưới trong thôn; hai bên đều bị xây xát nhẹ.',
    agreement: 'Hai bên xin lỗi nhau, tự chịu chi phí thuốc men, cam kết không tái diễn.',
  },
  {
    category: 'mau_thuan',
    summary: 'Bà {A} và bà {B} cãi nhau kéo dài do gà nhà bà {B} bới phá vườn rau nhà bà {A}.',
    agreement: 'Bà {B} làm lưới quây gà, bồi thường 300 nghìn đồng tiền rau; hai bên làm lành.',
    women: [true, true],
  },
  {
    category: 'mau_thuan',
    summary: 'Gia đình ông {B} mở loa công suất lớn đến khuya, ảnh hưởng đến sinh hoạt của gia đình ông {A}.',
    agreement: 'Gia đình ông {B} cam kết không mở loa to sau 22 giờ, theo đúng hương ước của thôn.',
  },
  {
    category: 'mau_thuan',
    summary: 'Anh {A} và anh {B} mâu thuẫn về việc chia tiền bán keo trồng chung, dẫn đến to tiếng, đe dọa nhau.',
    agreement:
      'Hai bên đối chiếu sổ ghi chép, thống nhất anh {A} trả thêm anh {B} 4,5 triệu đồng; cam kết không đe dọa nhau.',
  },
  {
    category: 'khac',
    summary:
      'Một số hộ chưa thống nhất mức đóng góp làm đường bê tông nội thôn; ông {A} và ông {B} đại diện hai nhóm hộ đề nghị tổ hòa giải giúp.',
    agreement:
      'Các hộ thống nhất mức góp theo nhân khẩu, hộ nghèo được miễn, và công khai danh sách đóng góp tại nhà văn hóa.',
  },
  {
    category: 'khac',
    summary: 'Tranh chấp về việc chăn thả gia súc trên bãi chăn thả chung của thôn giữa hộ ông {A} và hộ ông {B}.',
    agreement: 'Hai hộ chăn thả theo khu vực do thôn phân định; hộ ông {B} rào lại phần bãi trồng cỏ của mình.',
  },
];

/** People a team invites to help (Điều 22 Luật Hòa giải ở cơ sở). */
export const INVITED = [
  'Trưởng thôn',
  'Người có uy tín trong đồng bào dân tộc thiểu số của thôn',
  'Chi hội trưởng Chi hội Phụ nữ thôn',
  'Bí thư Chi đoàn thôn',
  'Công chức địa chính xã',
];

/** Why a case ended without an agreement. */
export const OUTCOME_NOTES = {
  khong_thanh: 'Hai bên không đạt được thỏa thuận; tổ hòa giải đã hướng dẫn các bên gửi đơn đến Ủy ban nhân dân xã.',
  cham_dut: 'Các bên đề nghị chấm dứt hòa giải để tự thỏa thuận (Điều 26 Luật Hòa giải ở cơ sở).',
  chuyen: 'Vụ việc có dấu hiệu vi phạm pháp luật, đã chuyển Công an xã giải quyết theo thẩm quyền.',
} as const;
