import { formatNumber } from '../util/format';
import type { DataProblem } from '../sync/dataProblems';
import type { ReportDocument } from './schema';

/** Why a commune's figures may not be whole, as the printed report and its Excel say it. */
const INCOMPLETE_REASONS: Record<DataProblem, string> = {
  never: 'chưa gửi dữ liệu',
  gaps: 'còn thiếu một phần dữ liệu',
  fork: 'dữ liệu gửi lên không khớp với dữ liệu đã nhận, đang kiểm tra',
};

/**
 * The office's note before its closing paragraph, when some communes' data is not whole on the day
 * of the report: "Lưu ý: đến ngày lập báo cáo, số liệu của 2 xã, phường, đặc khu chưa đầy đủ: Xã A
 * (chưa gửi dữ liệu), Xã B (còn thiếu một phần dữ liệu)." Null when there is nothing to say.
 */
export function incompleteNote(doc: ReportDocument): string | null {
  const communes = doc.incomplete ?? [];
  if (communes.length === 0) return null;
  const list = communes.map((c) => `${c.name} (${INCOMPLETE_REASONS[c.reason]})`).join(', ');
  return `Lưu ý: đến ngày lập báo cáo, số liệu của ${formatNumber(communes.length)} xã, phường, đặc khu chưa đầy đủ: ${list}.`;
}
