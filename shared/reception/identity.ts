/**
 * Whether a denunciation's summary looks like it holds the denouncer's identity (issue 16): a 9- or
 * 12-digit number (an old or a citizen ID number, spaces or dots allowed between digits) or a
 * capitalised Vietnamese full name (a common family name followed by capitalised words). A hint
 * only: the summary may rightly name the person denounced, so the clerk confirms instead of being
 * refused.
 */
export function summaryIdentityHints(summary: string): ('idNumber' | 'name')[] {
  const hints: ('idNumber' | 'name')[] = [];
  const runs = summary.match(/\d(?:[ .]?\d)*/g) ?? [];
  if (runs.some((run) => [9, 12].includes(run.replace(/[ .]/g, '').length))) hints.push('idNumber');
  if (FULL_NAME.test(summary.normalize('NFC'))) hints.push('name');
  return hints;
}

const SURNAMES =
  'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đoàn|Trịnh|Lương|Mai|Cao|Lâm|Tạ|Hà|Chu|Tô|Thái|Trương|Quách|Lưu|Vương|Kiều|Triệu|Đào|Đàm|Tăng|Khổng|Tôn|Thân|Lò|Hứa|Nông|Mạc|Lại|Từ|Phùng|Diệp|Hầu|Giáp|Đồng|Lục|Hoàng|Vi|Quan|Sầm|Bế|Ma';
const WORD = '\\p{Lu}\\p{Ll}*';
const FULL_NAME = new RegExp(`(?<![\\p{L}])(?:${SURNAMES})(?:\\s+${WORD}){1,3}(?![\\p{L}])`, 'u');

/** What the clerk is asked to confirm when {@link summaryIdentityHints} finds something. */
export const SUMMARY_IDENTITY_MESSAGE =
  'Tóm tắt của đơn/lượt tố cáo có vẻ chứa họ tên hoặc số định danh (CMND 9 số, CCCD 12 số). Không ghi danh tính ' +
  'người tố cáo; nếu đó là người bị tố cáo hoặc không phải danh tính, hãy đánh dấu xác nhận rồi lưu lại.';
