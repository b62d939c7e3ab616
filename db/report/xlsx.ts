import type ExcelJS from 'exceljs';
import type { ReportDocument } from '../../shared/report/schema';
import { CASE_CATEGORY_LABELS } from '../../shared/i18n/vi';
import { issuerLines, placeDateLine, recipientLines, signatureLines } from '../../shared/report/documentDefaults';
import { incompleteNote } from '../../shared/report/incomplete';
import { formatDate } from '../../shared/util/format';

import { newWorkbook, workbookFile, type GeneratedFile } from '../export/workbook';
import { addReceptionRows } from '../reception/reportXlsx';
import { addPeopleRows } from './peopleXlsx';
import { addPublicSections } from './publicXlsx';

/** The period report as an Excel workbook (figures as numbers, Vietnamese labels). */
export async function reportWorkbook(doc: ReportDocument): Promise<GeneratedFile> {
  const wb = await newWorkbook();
  const ws = wb.addWorksheet('Báo cáo');
  const { report, header } = doc;
  ws.columns = [{ width: 58 }, { width: 16 }];
  // The sender's own header (ô 2) and place line (ô 4), as on the printed report.
  for (const line of issuerLines(doc)) ws.addRow([line]).font = { bold: true };
  ws.addRow([placeDateLine(header.placeName, header.date)]).font = { italic: true };
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
  addReceptionRows(ws, report);
  addPeopleRows(ws, report);
  const note = incompleteNote(doc);
  if (note) {
    ws.addRow([]);
    ws.addRow([note]).font = { italic: true };
  }
  addSignature(ws, doc);
  if (report.communes) addCommuneSheet(wb, doc);
  return workbookFile(wb, `bao-cao-${report.period.from}-${report.period.to}.xlsx`);
}

/** "Nơi nhận" (ô 9) and the signature block (ô 7) under the figures, as on the printed report. */
function addSignature(ws: ExcelJS.Worksheet, doc: ReportDocument): void {
  ws.addRow([]);
  ws.addRow(['Nơi nhận:']).font = { bold: true, italic: true };
  for (const line of recipientLines(doc.header.recipients)) ws.addRow([line]);
  ws.addRow([]);
  const signer = [...signatureLines(doc), '', doc.header.signerName];
  for (const line of signer) {
    const row = ws.addRow([line]);
    row.font = { bold: true };
    row.alignment = { horizontal: 'right' };
  }
}

/** The office's compilation: one row per commune and a total row (reports.md "Printed report"). */
function addCommuneSheet(wb: Awaited<ReturnType<typeof newWorkbook>>, doc: ReportDocument): void {
  const ws = wb.addWorksheet('Theo xã');
  const header = [
    'Mã xã',
    'Xã, phường, đặc khu',
    'Tổ hòa giải',
    'Hòa giải viên',
    'Tiếp nhận',
    'Hòa giải thành',
    'Tỷ lệ (%)',
  ];
  ws.columns = header.map((_h, i) => ({ width: i === 1 ? 34 : 14 }));
  ws.addRow(header).font = { bold: true };
  const row = (code: string, name: string, m: ReportDocument['report']['mediation']) => {
    const added = ws.addRow([code, name, m.teams, m.mediators, m.received, m.successful, m.successRate]);
    added.getCell(7).numFmt = '0.00';
    return added;
  };
  for (const c of doc.report.communes ?? []) row(c.code, c.name, c.mediation);
  row('', 'Tổng cộng', doc.report.mediation).font = { bold: true };
}
