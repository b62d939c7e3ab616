import type ExcelJS from 'exceljs';
import type { Report } from '../../shared/report/schema';

/** Sections I (công khai) and II (hương ước, quy ước) of the report workbook, before mediation. */
export function addPublicSections(ws: ExcelJS.Worksheet, report: Report): void {
  const d = report.disclosure;
  const c = report.conventions;
  ws.addRow(['I. THỰC HIỆN CÔNG KHAI', 'Số liệu']).font = { bold: true };
  const disclosure: [string, number | string][] = [
    ['Danh mục áp dụng', d.catalog === 'PL34_2007' ? 'Pháp lệnh 34/2007' : 'Luật 10/2022'],
    ['Số nội dung phải công khai', d.items],
    ['Số lần công khai trong kỳ', d.events],
    ['Số nội dung đã công khai', d.itemsDisclosed],
    ['Số xã công khai đủ nội dung', d.communesAllItems],
    ['Số lần niêm yết chưa đủ 30 ngày', d.shortPostings],
  ];
  for (const row of disclosure) ws.addRow(row);
  ws.addRow([]);
  ws.addRow(['II. HƯƠNG ƯỚC, QUY ƯỚC', 'Số liệu']).font = { bold: true };
  const conventions: [string, number][] = [
    ['Số thôn, tổ dân phố', c.communities],
    ['Có hương ước, quy ước đang có hiệu lực', c.withConvention],
    ['Đã rà soát trong kỳ', c.reviewed],
    ['Số lượt rà soát đề nghị sửa đổi, bổ sung, thay thế', c.amended],
  ];
  for (const row of conventions) ws.addRow(row);
  ws.addRow([]);
}
