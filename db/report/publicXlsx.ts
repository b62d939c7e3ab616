import type ExcelJS from 'exceljs';
import { CATALOGS } from '../../shared/disclosure/catalog';
import { DISCLOSURE_FORM_LABELS, DISCLOSURE_FORMS } from '../../shared/disclosure/codes';
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
    ...DISCLOSURE_FORMS.map((f): [string, number] => [`Hình thức: ${DISCLOSURE_FORM_LABELS[f]}`, d.byForm[f]]),
    ...CATALOGS.flatMap((code): [string, number][] => {
      const part = d.byCatalog[code];
      if (!part) return [];
      const name = code === 'PL34_2007' ? 'Pháp lệnh 34/2007' : 'Luật 10/2022';
      return [
        [`${name}: số lần công khai (theo ngày công khai)`, part.events],
        [`${name}: số nội dung đã công khai / ${part.items}`, part.itemsDisclosed],
      ];
    }),
  ];
  for (const row of disclosure) ws.addRow(row);
  ws.addRow([]);
  ws.addRow(['II. HƯƠNG ƯỚC, QUY ƯỚC', 'Số liệu']).font = { bold: true };
  const conventions: [string, number][] = [
    ['Số thôn, tổ dân phố', c.communities],
    ['Có hương ước, quy ước đang có hiệu lực', c.withConvention],
    ['Đã rà soát trong kỳ', c.reviewed],
    ['Số lượt rà soát đề nghị sửa đổi, bổ sung, thay thế', c.amended],
    ['Hương ước, quy ước được công nhận trong kỳ', c.recognized],
    ['   Trong đó: sửa đổi, bổ sung, thay thế', c.recognizedAmendments],
  ];
  for (const row of conventions) ws.addRow(row);
  ws.addRow([]);
}
