import type { ReportDocument } from '../../shared/report/schema';
import { CASE_CATEGORY_LABELS } from '../../shared/i18n/vi';
import { formatDate } from '../../shared/util/format';

import { newWorkbook, workbookFile, type GeneratedFile } from '../export/workbook';
import { addPublicSections } from './publicXlsx';

/** The period report as an Excel workbook (figures as numbers, Vietnamese labels). */
export async function reportWorkbook(doc: ReportDocument): Promise<GeneratedFile> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Báo cáo');
  const { report, header } = doc;
  ws.columns = [{ width: 58 }, { width: 16 }];
  ws.addRow([`${header.issuer} ${header.communeName.toUpperCase()}`]).font = { bold: true };
  ws.addRow([`BÁO CÁO KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ`]).font = { bold: true };
  ws.addRow([`Kỳ báo cáo: từ ${formatDate(report.period.from)} đến ${formatDate(report.period.to)}`]);
  ws.addRow([]);
  addPublicSections(ws, report);
  ws.addRow(['III. HÒA GIẢI Ở CƠ SỞ', 'Số liệu']).font = { bold: true };
  const m = report.mediation;
  const rows: [string, number | null][] = [
    ['Số tổ hòa giải', m.teams],
    ['Số hòa giải viên', m.mediators],
    ['   Trong đó: nữ', m.mediatorsFemale],
    ['   Trong đó: người dân tộc thiểu số', m.mediatorsEthnicMinority],
    ['Số vụ việc tiếp nhận', m.received],
    ['Hòa giải thành', m.successful],
    ['Hòa giải không thành', m.unsuccessful],
    ['Chuyển cơ quan có thẩm quyền', m.referred],
    ['Đang hòa giải (chưa giải quyết xong)', m.ongoing],
  ];
  for (const [label, value] of rows) ws.addRow([label, value]);
  const rateRow = ws.addRow(['Tỷ lệ hòa giải thành (%)', m.successRate]);
  rateRow.getCell(2).numFmt = '0.00';
  ws.addRow([]);
  ws.addRow(['Theo lĩnh vực', 'Tiếp nhận', 'Hòa giải thành']).font = { bold: true };
  for (const [code, label] of Object.entries(CASE_CATEGORY_LABELS)) {
    const c = m.byCategory[code as keyof typeof m.byCategory];
    ws.addRow([label, c.received, c.successful]);
  }
  return workbookFile(wb, `bao-cao-${report.period.from}-${report.period.to}.xlsx`);
}
