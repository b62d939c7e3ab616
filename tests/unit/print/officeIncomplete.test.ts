import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPrintToPdf, rendererDir } from '../../../electron/cli/pdf';
import { ok, tempDir } from '../../helpers/app';
import { addCases, exportBytes, importBytes, newCommune, newOffice, pair, type TestApp } from '../sync/fixture';

// The print views are the built renderer served by the bridge: build it first (npm run build:renderer).
if (!existsSync(join(rendererDir(), 'index.html'))) {
  throw new Error(`Thiếu bản dựng giao diện ${rendererDir()}: hãy chạy "npm run build:renderer" trước.`);
}

const PERIOD = { from: '2026-01-01', to: '2026-12-31' };
const apps: TestApp[] = [];
afterAll(() => apps.forEach((a) => a.cleanup()));

/**
 * An office signs a compiled report with the figures of the communes that sent data: the printed
 * report says which communes' data is not whole on the day it is made (never sent, missing changes,
 * a bundle that forks), so the figures are not read as those of every commune.
 */
describe(
  "the office's printed report and Excel name the communes whose data is not whole",
  { timeout: 120_000 },
  () => {
    it('names a commune that never sent, and none when every commune is complete', async () => {
      const office = await newOffice();
      const sent = await newCommune();
      const silent = await newCommune();
      apps.push(office, sent, silent);
      silent.sql.raw.prepare("UPDATE setting SET value = '12346' WHERE key = 'code'").run();
      silent.sql.raw.prepare("UPDATE setting SET value = 'Xã Im Lặng' WHERE key = 'name'").run();
      await pair(sent, office);
      await pair(silent, office);
      await addCases(sent, 2);
      expect((await importBytes(office, await exportBytes(sent))).ok).toBe(true);

      const doc = await ok(office.dispatch, 'report.document', PERIOD);
      expect(doc.incomplete).toEqual([{ code: '12346', name: 'Xã Im Lặng', reason: 'never' }]);
      const out = join(tempDir('qcdc-office-incomplete-'), 'bao-cao.pdf');
      await renderPrintToPdf({
        dispatch: office.dispatch,
        route: `/print/report?from=${PERIOD.from}&to=${PERIOD.to}`,
        outFile: out,
      });
      const flow = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(flow).toContain(
        'Lưu ý: đến ngày lập báo cáo, số liệu của 1 xã, phường, đặc khu chưa đầy đủ: Xã Im Lặng (chưa gửi dữ liệu).',
      );
      // The note comes before the closing paragraph.
      expect(flow.indexOf('Lưu ý: đến ngày lập báo cáo')).toBeLessThan(flow.indexOf('Trên đây là báo cáo'));
      // The Excel workbook says it too, above "Nơi nhận".
      const file = await ok(office.dispatch, 'report.exportXlsx', PERIOD);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
      const column = wb.worksheets[0]!.getColumn(1).values.filter((v): v is string => typeof v === 'string');
      const note = column.findIndex((v) => v.includes('Xã Im Lặng (chưa gửi dữ liệu)'));
      expect(note).toBeGreaterThan(0);
      expect(note).toBeLessThan(column.indexOf('Nơi nhận:'));

      await addCases(silent, 1);
      expect((await importBytes(office, await exportBytes(silent))).ok).toBe(true);
      expect((await ok(office.dispatch, 'report.document', PERIOD)).incomplete).toEqual([]);
      // A commune's own report has no such list.
      expect((await ok(sent.dispatch, 'report.document', PERIOD)).incomplete).toBeUndefined();
    });
  },
);
