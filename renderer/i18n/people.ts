import { formatNumber } from '../../shared/util/format';
import { peopleMenuText } from './peopleMenu';

/**
 * The words of the screens of the people's pillars (issue 11: Nhân dân bàn và quyết định, tham gia ý
 * kiến, kiểm tra, giám sát). A file of its own beside `ui.ts`, same rules (style.md rule 7).
 */
export const peopleUi = {
  menu: peopleMenuText,
  common: {
    history: 'Lịch sử chỉnh sửa',
    view: 'Xem',
    print: 'In danh sách',
    allCommunities: 'Mọi thôn, tổ dân phố',
    allMatters: 'Mọi loại việc',
  },
  decisions: {
    title: 'Nhân dân bàn và quyết định',
    intro:
      'Những việc Nhân dân ở thôn, tổ dân phố bàn và quyết định trực tiếp (Luật Thực hiện dân chủ ở cơ sở 2022, Chương II, Mục 2). Kết quả do phần mềm tính từ số hộ, không nhập tay.',
    add: 'Ghi việc Nhân dân quyết định',
    addTitle: 'Ghi việc Nhân dân bàn và quyết định',
    editTitle: 'Sửa việc Nhân dân bàn và quyết định',
    search: 'Tìm theo nội dung, số biên bản (gõ không dấu cũng được)',
    empty: 'Chưa ghi việc nào Nhân dân bàn và quyết định.',
    noMatch: 'Không có việc nào khớp với điều kiện tìm.',
    allOutcomes: 'Mọi kết quả',
    outcome: 'Kết quả',
    outcomeLive: 'Kết quả theo số hộ đã nhập',
    deleteWhat: (title: string) => `việc "${title}"`,
    householdsFromCommunity: (n: number) => `Theo danh sách thôn: ${formatNumber(n)} hộ`,
  },
  consultations: {
    title: 'Lấy ý kiến Nhân dân',
    intro:
      'Những việc chính quyền xã đưa ra để Nhân dân tham gia ý kiến (Luật Thực hiện dân chủ ở cơ sở 2022, Chương II, Mục 3): số ý kiến nhận được, tiếp thu, và ngày công khai kết quả tiếp thu, giải trình.',
    add: 'Ghi đợt lấy ý kiến',
    addTitle: 'Ghi đợt lấy ý kiến Nhân dân',
    editTitle: 'Sửa đợt lấy ý kiến Nhân dân',
    search: 'Tìm theo nội dung (gõ không dấu cũng được)',
    empty: 'Chưa ghi đợt lấy ý kiến nào.',
    noMatch: 'Không có đợt lấy ý kiến nào khớp với điều kiện tìm.',
    unpublishedOnly: 'Chỉ những đợt chưa công khai kết quả',
    scope: 'Phạm vi',
    wholeCommune: 'Toàn xã',
    rate: 'Tỷ lệ tiếp thu',
    notPublished: 'Chưa công khai',
    deleteWhat: (title: string) => `đợt lấy ý kiến "${title}"`,
  },
  bodies: {
    title: 'Ban thanh tra nhân dân, Ban giám sát đầu tư của cộng đồng',
    intro:
      'Các ban do Nhân dân bầu để kiểm tra, giám sát (Luật Thực hiện dân chủ ở cơ sở 2022, Chương II Mục 4), theo từng nhiệm kỳ. Cuộc giám sát ghi ở mục Tiếp công dân → Đối thoại, giám sát.',
    add: 'Ghi ban mới',
    addTitle: 'Ghi ban giám sát',
    editTitle: 'Sửa ban giám sát',
    search: 'Tìm theo tên thành viên, số quyết định (gõ không dấu cũng được)',
    empty: 'Chưa ghi ban nào.',
    noMatch: 'Không có ban nào khớp với điều kiện tìm.',
    allBodies: 'Cả hai ban',
    activeOnly: 'Chỉ ban đang hoạt động',
    active: 'Đang hoạt động',
    inactive: 'Đã thôi hoạt động',
    notYet: 'Chưa đến ngày thành lập',
    members: 'Thành viên',
    addMember: 'Thêm thành viên',
    memberName: 'Họ và tên',
    memberRole: 'Chức danh',
    memberGender: 'Giới tính',
    removeMember: 'Bỏ dòng này',
    membersCount: (n: number) => `${formatNumber(n)} người`,
    deleteWhat: (label: string) => `${label}`,
  },
  supervision: {
    activeBody: (label: string, date: string) => `Do ${label} thành lập ngày ${date} thực hiện.`,
    noActiveBody: (label: string) => `Ngày này chưa có ${label} nào đang hoạt động trong phần mềm.`,
  },
  home: {
    title: 'Nhân dân bàn, quyết định, giám sát',
    noBanTtnd:
      'Xã chưa có Ban thanh tra nhân dân đang hoạt động (Luật Thực hiện dân chủ ở cơ sở 2022, Chương II, Mục 4).',
    addBody: 'Ghi Ban thanh tra nhân dân',
    unpublishedConsultations: (n: number) =>
      `${formatNumber(n)} đợt lấy ý kiến chưa công khai kết quả tiếp thu, giải trình`,
    unpublishedDecisions: (n: number) => `${formatNumber(n)} việc Nhân dân quyết định chưa công khai kết quả`,
    allGood: 'Đã có Ban thanh tra nhân dân; mọi kết quả lấy ý kiến và biểu quyết đã được công khai.',
    open: 'Mở',
  },
} as const;
