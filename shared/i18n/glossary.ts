/**
 * The words a clerk reads (issue 15, "words for people"): technical words that never appear on
 * screen, and for each thing the one word the app uses for it, with the synonyms it does not use.
 * Checked over the message catalogues by tests/unit/shared/glossary.test.ts and over the rendered
 * pages of the demo installations by tests/e2e/words.spec.ts.
 */

/** A technical word a clerk should never read, and what the screens say instead. */
export interface BannedWord {
  pattern: RegExp;
  why: string;
}

/** Format, file, program and internal names, field codes: the screens say what the thing is for. */
export const BANNED_WORDS: readonly BannedWord[] = [
  // Not a file's own name the clerk chose ("loi.ndjson"): that is theirs, shown as they named it.
  { pattern: /(?<![.\w])(NDJSON|JSONL|JSON)(?!\w)/i, why: 'tên định dạng: nói "tệp dữ liệu" hoặc "tệp Excel"' },
  // An extension on its own names a format ("tệp .qcdc"); a file's own name ("12345-1-9.qcdc") may show.
  {
    pattern: /(?<![\w-])\.(json|ndjson|jsonl|xlsx|qcdc|qcdr|age|minisig)\b/i,
    why: 'đuôi tệp: nói tệp gì (gói dữ liệu, biên nhận…)',
  },
  { pattern: /\bqcdc\b/i, why: 'tên chương trình dòng lệnh: không phải việc của cán bộ' },
  { pattern: /payload|manifest|minisign|\bCRC\b|SHA-?256|checksum/i, why: 'tên kỹ thuật bên trong gói dữ liệu' },
  { pattern: /Choose Files?|No file chosen|\bBrowse\b|\bfile\b/i, why: 'tiếng Anh: nói "tệp", "Chọn tệp"' },
  { pattern: /\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/, why: 'giá trị rỗng của chương trình lọt ra màn hình' },
  // Whole words only, Vietnamese letters included: "Thắng" beside a tag "Tổ trưởng" reads "ThắngTổ" on a
  // page's text, which is no field code.
  {
    pattern: /(?<![\p{L}\d])[a-z]+[A-Z][A-Za-z]*(?![\p{L}\d])/u,
    why: 'mã trường (receivedOn…): nói tên trường bằng tiếng Việt',
  },
  {
    pattern: /(?<![\p{L}\d])[a-z]+_[a-z0-9_]+(?![\p{L}\d])/u,
    why: 'mã danh mục (dang_hoa_giai…): nói nhãn tiếng Việt',
  },
];

/** One thing, the word the app uses for it, and the words it does not. */
export interface Concept {
  thing: string;
  use: string;
  avoid: readonly string[];
}

/**
 * One word per thing. "Ngày tiếp nhận" is a mediation case's (Sổ theo dõi hoạt động hòa giải),
 * "Ngày nhận đơn" a petition's (as the Excel template says), "Ngày tiếp" a reception visit's: three
 * record kinds, each with one label on its form, list, history and error messages.
 */
export const CONCEPTS: readonly Concept[] = [
  { thing: 'edit history', use: 'Lịch sử chỉnh sửa', avoid: ['Lịch sử sửa đổi', 'Lịch sử thay đổi', 'Nhật ký sửa'] },
  { thing: "a petition's received date", use: 'Ngày nhận đơn', avoid: ['Ngày tiếp nhận đơn', 'Ngày đơn đến'] },
  { thing: 'the person using the software', use: 'người sử dụng', avoid: ['người dùng'] },
  { thing: 'the receiving office', use: 'cơ quan nhận báo cáo', avoid: ['cơ quan cấp trên', 'đơn vị cấp trên'] },
  { thing: 'thôn and tổ dân phố', use: 'thôn / tổ dân phố', avoid: ['thôn/tổ dân phố', 'thôn/ tổ dân phố'] },
  { thing: 'a file', use: 'tệp', avoid: ['tập tin'] },
  { thing: 'a bundle', use: 'gói dữ liệu', avoid: ['gói tin', 'bó dữ liệu'] },
];

/**
 * Vietnamese tone marks in the one spelling the app uses ("hòa", "hủy", "khóa", "xóa"), not the older
 * placement ("hoà", "huỷ", "khoá", "xoá") mixed in: a search or a reader would see two words.
 */
export const OLD_TONE_PLACEMENT = /(?<![qQ])[oOuU][àáảãạỳýỷỹỵÀÁẢÃẠỲÝỶỸỴ](?!\p{L})/u;
