/**
 * The disclosure catalogs (domain.md §A.2, §A.4, §A.5) as versioned data: each regime with its
 * effective dates and its items with their rules. Wording or rules the spec marks [M] or [⚠]
 * carry `confirmed: false`, so the screens can say so and a later release can correct the data
 * without touching code.
 */

/** A catalog code (interchange.md `disclosure.catalog`). */
export const CATALOGS = ['PL34_2007', 'LUAT10_2022'] as const;
/** A catalog code. */
export type CatalogCode = (typeof CATALOGS)[number];

/** How often an item must be disclosed again (domain.md §A.5 "recurrence"). */
export type Recurrence = 'once' | 'yearly' | 'quarterly';

/** One disclosure content of a catalog. */
export interface CatalogItem {
  no: number;
  /** The legal text (Vietnamese). */
  text: string;
  /** A short label for tables. */
  label: string;
  group: string;
  /** False when the wording is not confirmed against the official text (domain.md [M]). */
  confirmed: boolean;
  recurrence: Recurrence;
  /** Minimum posting period in days (niêm yết). */
  minPostingDays: number;
  /** Days after the document date within which it must be published. */
  publishWithinDays: number;
  /** Consecutive radio broadcast days required (0 when not required). */
  radioDays: number;
}

/** One catalog (regime) with its effective dates. */
export interface Catalog {
  code: CatalogCode;
  title: string;
  basis: string;
  /** First day in force. */
  from: string;
  /** Last day in force, null while in force. */
  to: string | null;
  /** Whether the end date is confirmed (domain.md: the repeal of PL34 is [M]). */
  datesConfirmed: boolean;
  /** Whether the timing rules (30 days, 2 days) are confirmed. */
  rulesConfirmed: boolean;
  items: CatalogItem[];
}

const POSTING = 30;
const PUBLISH = 2;

function item(
  no: number,
  label: string,
  group: string,
  text: string,
  extra: Partial<Pick<CatalogItem, 'confirmed' | 'recurrence' | 'radioDays'>> = {},
): CatalogItem {
  return {
    no,
    text,
    label,
    group,
    confirmed: extra.confirmed ?? false,
    recurrence: extra.recurrence ?? 'once',
    minPostingDays: POSTING,
    publishWithinDays: PUBLISH,
    radioDays: extra.radioDays ?? 0,
  };
}

/** Pháp lệnh 34/2007/PL-UBTVQH11, Điều 5: 11 contents (Vietnamese wording [M], domain.md §A.2). */
const PL34: Catalog = {
  code: 'PL34_2007',
  title: 'Pháp lệnh 34/2007/PL-UBTVQH11 (Điều 5: 11 nội dung công khai)',
  basis: 'Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn số 34/2007/PL-UBTVQH11',
  from: '2007-07-01',
  to: '2023-06-30',
  datesConfirmed: false,
  rulesConfirmed: false,
  items: [
    item(
      1,
      'Kế hoạch KT-XH, dự toán, quyết toán ngân sách',
      'ke_hoach',
      'Kế hoạch phát triển kinh tế - xã hội, phương án chuyển dịch cơ cấu kinh tế và dự toán, quyết toán ngân sách hàng năm của cấp xã.',
      { recurrence: 'yearly' },
    ),
    item(
      2,
      'Dự án, công trình đầu tư; quy hoạch, sử dụng đất',
      'dau_tu',
      'Dự án, công trình đầu tư và thứ tự ưu tiên, tiến độ thực hiện, phương án đền bù, hỗ trợ giải phóng mặt bằng, tái định cư liên quan đến dự án, công trình trên địa bàn cấp xã; quy hoạch, kế hoạch sử dụng đất chi tiết và phương án điều chỉnh, quy hoạch khu dân cư trên địa bàn cấp xã.',
    ),
    item(
      3,
      'Nhiệm vụ, quyền hạn của cán bộ, công chức cấp xã',
      'to_chuc',
      'Nhiệm vụ, quyền hạn của cán bộ, công chức cấp xã trực tiếp giải quyết các công việc của nhân dân.',
    ),
    item(
      4,
      'Quản lý, sử dụng quỹ, đầu tư, tài trợ; khoản huy động',
      'ngan_sach',
      'Việc quản lý và sử dụng các loại quỹ, khoản đầu tư, tài trợ theo chương trình, dự án đối với cấp xã; các khoản huy động nhân dân đóng góp.',
    ),
    item(
      5,
      'Vay vốn, bình xét hộ nghèo, trợ cấp, BHYT',
      'chinh_sach',
      'Chủ trương, kế hoạch vay vốn cho nhân dân để phát triển sản xuất, xoá đói, giảm nghèo; phương thức và kết quả bình xét hộ nghèo được vay vốn phát triển sản xuất, trợ cấp xã hội, xây dựng nhà tình thương, cấp thẻ bảo hiểm y tế.',
    ),
    item(
      6,
      'Đề án thành lập, nhập, chia đơn vị hành chính',
      'to_chuc',
      'Đề án thành lập mới, nhập, chia đơn vị hành chính, điều chỉnh địa giới hành chính liên quan trực tiếp tới cấp xã.',
    ),
    item(
      7,
      'Kết quả thanh tra, xử lý tiêu cực, tham nhũng; phiếu tín nhiệm',
      'giam_sat',
      'Kết quả thanh tra, kiểm tra, giải quyết các vụ việc tiêu cực, tham nhũng của cán bộ, công chức cấp xã, của cán bộ thôn, tổ dân phố; kết quả lấy phiếu tín nhiệm Chủ tịch và Phó Chủ tịch Hội đồng nhân dân, Chủ tịch và Phó Chủ tịch Uỷ ban nhân dân cấp xã.',
    ),
    item(
      8,
      'Nội dung và kết quả tiếp thu ý kiến nhân dân',
      'dan_chu',
      'Nội dung và kết quả tiếp thu ý kiến của nhân dân đối với những vấn đề thuộc thẩm quyền quyết định của cấp xã mà chính quyền cấp xã đưa ra lấy ý kiến nhân dân theo quy định tại Điều 19 của Pháp lệnh này.',
    ),
    item(
      9,
      'Đối tượng, mức thu phí, lệ phí',
      'ngan_sach',
      'Đối tượng, mức thu các loại phí, lệ phí và nghĩa vụ tài chính khác do chính quyền cấp xã trực tiếp thu.',
    ),
    item(
      10,
      'Thủ tục hành chính do cấp xã thực hiện',
      'thu_tuc',
      'Các quy định của pháp luật về thủ tục hành chính, giải quyết các công việc liên quan đến nhân dân do chính quyền cấp xã trực tiếp thực hiện.',
    ),
    item(
      11,
      'Nội dung khác',
      'khac',
      'Những nội dung khác theo quy định của pháp luật, theo yêu cầu của cơ quan nhà nước có thẩm quyền hoặc chính quyền cấp xã thấy cần thiết.',
    ),
  ],
};

const UNVERIFIED = ' (Chưa đối chiếu văn bản gốc: cần chép nguyên văn từ Công báo số 905 + 906 ngày 14/12/2022.)';
const RADIO = 3;

/** Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15, Điều 11: 14 contents (khoản 1–3 confirmed, 4–14 [M]). */
const LUAT10: Catalog = {
  code: 'LUAT10_2022',
  title: 'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 (Điều 11: 14 nội dung công khai)',
  basis: 'Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15',
  from: '2023-07-01',
  to: null,
  datesConfirmed: true,
  rulesConfirmed: false,
  items: [
    item(
      1,
      'Kế hoạch KT-XH hằng năm và kết quả',
      'ke_hoach',
      'Kế hoạch phát triển kinh tế - xã hội, phương án chuyển dịch cơ cấu kinh tế hằng năm của cấp xã và kết quả thực hiện;',
      { confirmed: true, recurrence: 'yearly' },
    ),
    item(
      2,
      'Dự toán, tình hình thực hiện, quyết toán ngân sách',
      'ngan_sach',
      'Số liệu, báo cáo thuyết minh dự toán ngân sách nhà nước, kế hoạch hoạt động tài chính của cấp xã trình Hội đồng nhân dân cấp xã; dự toán ngân sách, kế hoạch hoạt động tài chính đã được Hội đồng nhân dân cấp xã quyết định; số liệu và thuyết minh tình hình thực hiện dự toán ngân sách cấp xã định kỳ theo quý, 06 tháng, hằng năm; quyết toán ngân sách nhà nước và kết quả thực hiện các hoạt động tài chính khác đã được Hội đồng nhân dân cấp xã phê chuẩn; kết quả thực hiện các kiến nghị của Kiểm toán nhà nước (nếu có);',
      { confirmed: true, recurrence: 'quarterly' },
    ),
    item(
      3,
      'Dự án, công trình đầu tư; đất đai; quy hoạch',
      'dau_tu',
      'Dự án, công trình đầu tư trên địa bàn cấp xã và tiến độ thực hiện; kế hoạch thu hồi đất, bồi thường, hỗ trợ, tái định cư khi thu hồi đất để thực hiện dự án, công trình đầu tư trên địa bàn cấp xã; kế hoạch quản lý, sử dụng quỹ đất do cấp xã quản lý; kế hoạch cho thuê đất thuộc quỹ đất nông nghiệp sử dụng vào mục đích công ích của cấp xã; quy hoạch xây dựng vùng huyện, quy hoạch xây dựng xã và điểm dân cư nông thôn; quy hoạch chung được lập cho thị trấn, đồ án quy hoạch phân khu, quy hoạch chi tiết được lập cho các khu vực thuộc phạm vi thị trấn;',
      { confirmed: true },
    ),
    item(
      4,
      'Quy chế, thủ tục hành chính; nhiệm vụ cán bộ, công chức',
      'thu_tuc',
      `Quy chế … (phần đầu đã xác nhận); nội dung dự kiến: quy định về thủ tục hành chính, nhiệm vụ, quyền hạn của cán bộ, công chức cấp xã trực tiếp giải quyết công việc của Nhân dân.${UNVERIFIED}`,
    ),
    item(
      5,
      'Quản lý, sử dụng quỹ, đầu tư, tài trợ; khoản huy động',
      'ngan_sach',
      `Quản lý, sử dụng các loại quỹ, khoản đầu tư, tài trợ, khoản huy động Nhân dân đóng góp.${UNVERIFIED}`,
    ),
    item(
      6,
      'Vay vốn, bình xét hộ nghèo, an sinh xã hội',
      'chinh_sach',
      `Chủ trương, kế hoạch vay vốn, bình xét hộ nghèo, hộ cận nghèo và chính sách an sinh xã hội.${UNVERIFIED}`,
    ),
    item(
      7,
      'Đề án thành lập, giải thể, nhập, chia đơn vị hành chính',
      'to_chuc',
      `Đề án thành lập, giải thể, nhập, chia đơn vị hành chính, điều chỉnh địa giới đơn vị hành chính.${UNVERIFIED}`,
      { radioDays: RADIO },
    ),
    item(
      8,
      'Kết quả thanh tra, kiểm tra, xử lý tiêu cực, tham nhũng',
      'giam_sat',
      `Kết quả thanh tra, kiểm tra, giải quyết vụ việc tiêu cực, tham nhũng.${UNVERIFIED}`,
      { radioDays: RADIO },
    ),
    item(
      9,
      'Kết quả lấy phiếu, bỏ phiếu tín nhiệm',
      'giam_sat',
      `Kết quả lấy phiếu tín nhiệm, bỏ phiếu tín nhiệm.${UNVERIFIED}`,
      { radioDays: RADIO },
    ),
    item(
      10,
      'Nội dung và kết quả tiếp thu ý kiến Nhân dân',
      'dan_chu',
      `Nội dung và kết quả tiếp thu ý kiến của Nhân dân.${UNVERIFIED}`,
      { radioDays: RADIO },
    ),
    item(
      11,
      'Đối tượng, mức thu phí, lệ phí, nghĩa vụ tài chính',
      'ngan_sach',
      `Đối tượng, mức thu các loại phí, lệ phí và nghĩa vụ tài chính khác.${UNVERIFIED}`,
      { radioDays: RADIO },
    ),
    item(12, 'Khoản 12 (chưa xác minh)', 'khac', `Nội dung khoản 12 Điều 11 chưa xác minh.${UNVERIFIED}`, {
      radioDays: RADIO,
    }),
    item(13, 'Khoản 13 (chưa xác minh)', 'khac', `Nội dung khoản 13 Điều 11 chưa xác minh.${UNVERIFIED}`),
    item(
      14,
      'Nội dung khác',
      'khac',
      `Các nội dung khác theo quy định của pháp luật, theo yêu cầu của cơ quan nhà nước có thẩm quyền hoặc chính quyền địa phương cấp xã thấy cần thiết.${UNVERIFIED}`,
    ),
  ],
};

/** Every catalog, oldest first. */
export const CATALOG_LIST: readonly Catalog[] = [PL34, LUAT10];

/** A catalog by code. */
export function catalogOf(code: CatalogCode): Catalog {
  return CATALOG_LIST.find((c) => c.code === code)!;
}

/** The catalog in force on a date (reports.md: `PL34_2007` before 2023-07-01, else `LUAT10_2022`). */
export function catalogOn(date: string): Catalog {
  return date < LUAT10.from ? PL34 : LUAT10;
}

/** One item of a catalog, or undefined for a number outside it. */
export function catalogItem(code: CatalogCode, no: number): CatalogItem | undefined {
  return catalogOf(code).items.find((i) => i.no === no);
}

function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * Whether a disclosure published on `on` may be recorded against a catalog (issue 10, "rules by
 * date"): refused before the catalog took effect (both first days are confirmed: Pháp lệnh 34 on
 * 01/7/2007, Luật 10/2022 on 01/7/2023); after its last day refused when that day is confirmed, else
 * accepted with a warning (the repeal of Pháp lệnh 34 on 01/7/2023 is [M] in domain.md).
 */
export function catalogUse(code: CatalogCode, on: string): { state: 'ok' | 'refused' | 'outdated'; message: string } {
  const catalog = catalogOf(code);
  if (on < catalog.from) {
    return {
      state: 'refused',
      message: `Danh mục ${catalog.title} có hiệu lực từ ${dmy(catalog.from)}: không dùng cho lần công khai ngày ${dmy(on)}${
        code === 'LUAT10_2022' ? ' (hãy chọn Pháp lệnh 34/2007)' : ''
      }.`,
    };
  }
  if (catalog.to !== null && on > catalog.to) {
    const message = `Ngày ${dmy(on)} sau ngày ${dmy(catalog.to)}, khi ${catalog.title} hết hiệu lực; từ ${dmy(
      addOneDay(catalog.to),
    )} áp dụng ${catalogOn(addOneDay(catalog.to)).title}.`;
    return { state: catalog.datesConfirmed ? 'refused' : 'outdated', message };
  }
  return { state: 'ok', message: '' };
}

function addOneDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The catalogs in force during [from, to], each with the part of the period it covers. */
export function catalogsDuring(from: string, to: string): { catalog: Catalog; from: string; to: string }[] {
  return CATALOG_LIST.filter((c) => c.from <= to && (c.to === null || c.to >= from)).map((c) => ({
    catalog: c,
    from: c.from > from ? c.from : from,
    to: c.to !== null && c.to < to ? c.to : to,
  }));
}
