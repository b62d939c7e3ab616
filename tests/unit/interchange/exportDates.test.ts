import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ok, openTestApp } from '../../helpers/app';

/** Issue 15: Excel exports store dates as real dates (a day number shown dd/mm/yyyy), not as text. */

const LINES = [
  '{"kind":"community","name":"Thôn Nà Lầu","type":"thon","households":112}',
  '{"kind":"mediation_case","community":"Thôn Nà Lầu","receivedOn":"2021-03-05","category":"dan_su","summary":"Tranh chấp lối đi chung","status":"thanh","closedOn":"2021-03-12"}',
];

async function sheet(base64: string, name?: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const ws = name ? wb.getWorksheet(name) : wb.worksheets[0];
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The cell under a header (searched in the given header row) of the first data row after it. */
function cellUnder(ws: ExcelJS.Worksheet, headerRow: number, header: string): ExcelJS.Cell {
  let col = 0;
  ws.getRow(headerRow).eachCell((c, n) => {
    if (c.value === header) col = n;
  });
  expect(col, `column "${header}"`).toBeGreaterThan(0);
  return ws.getRow(headerRow + 1).getCell(col);
}

function expectDate(cell: ExcelJS.Cell, iso: string): void {
  expect(cell.value).toBeInstanceOf(Date);
  expect((cell.value as Date).toISOString().slice(0, 10)).toBe(iso);
  expect(cell.numFmt).toBe('dd/mm/yyyy');
}

describe('dates in Excel exports', () => {
  it('are date cells in the lists, the petitions and the import template', async () => {
    const app = openTestApp();
    try {
      const d = app.dispatch;
      await ok(d, 'installation.setup', { role: 'commune', code: '01234', name: 'Xã Nà Lầu', province: 'Cao Bằng' });
      await ok(d, 'records.import', {
        fileName: 'vi-du.ndjson',
        base64: Buffer.from(LINES.join('\n'), 'utf8').toString('base64'),
      });
      const cases = await sheet((await ok(d, 'export.listXlsx', { list: 'cases', filters: {} })).base64);
      expectDate(cellUnder(cases, 1, 'Ngày tiếp nhận'), '2021-03-05');
      expectDate(cellUnder(cases, 1, 'Ngày kết thúc'), '2021-03-12');

      await ok(d, 'reception.createPetition', {
        receivedOn: '2025-06-02',
        acceptedOn: '2025-06-02',
        content: 'khieu_nai',
        summary: 'Khiếu nại thu hồi đất',
        handling: 'thu_ly',
        petitionerName: 'Nguyễn Văn An',
      });
      const petitions = await sheet((await ok(d, 'export.listXlsx', { list: 'petitions', filters: {} })).base64);
      expectDate(cellUnder(petitions, 1, 'Ngày nhận đơn'), '2025-06-02');

      // The import template: row 1 holds the field names, data from row 3; it reads back the same.
      const all = await ok(d, 'records.export', { format: 'xlsx' });
      const template = await sheet(all.base64, 'Vụ việc hòa giải');
      expectDate(template.getRow(3).getCell(fieldColumn(template, 'receivedOn')), '2021-03-05');
      const again = await ok(d, 'records.import', { fileName: all.fileName, base64: all.base64, dryRun: true });
      expect(again.unchanged).toMatchObject({ mediation_case: 1 });
    } finally {
      app.cleanup();
    }
  });
});

function fieldColumn(ws: ExcelJS.Worksheet, field: string): number {
  let col = 0;
  ws.getRow(1).eachCell((c, n) => {
    if (c.value === field) col = n;
  });
  return col;
}
