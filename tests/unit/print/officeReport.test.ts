import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainFileProtector } from '../../../db/keys/keystore';
import { renderPrintToPdf, rendererDir } from '../../../electron/cli/pdf';
import { openApp, type AppInstance } from '../../../electron/core/app';
import { todayIso } from '../../../shared/util/dates';
import { documentDateLine } from '../../../shared/util/format';
import { ok, tempDir } from '../../helpers/app';

// The print views are the built renderer served by the bridge: build it first (npm run build:renderer).
if (!existsSync(join(rendererDir(), 'index.html'))) {
  throw new Error(`Thiếu bản dựng giao diện ${rendererDir()}: hãy chạy "npm run build:renderer" trước.`);
}

/** Each page's text (reading order, whitespace collapsed) and the whole layout, as pdftotext reads them. */
function pdfPages(file: string): { pages: string[]; layout: string } {
  const layout = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const flow = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return { pages: flow.split('\f').map((p) => p.replace(/\s+/g, ' ').trim()), layout };
}

const PERIOD = { from: '2025-01-01', to: '2025-12-31' };

/**
 * Issue 15: a receiving office (a Sở) prints and exports its report with its own header, place,
 * recipients and signer (its settings, else defaults for an office), never the commune's template;
 * the signature block keeps the last lines of the text with it.
 */
describe("an office's printed report and Excel", { timeout: 120_000 }, () => {
  let dir: string;
  let app: AppInstance;

  beforeAll(async () => {
    dir = tempDir('qcdc-office-print-');
    app = openApp({ dataDir: join(dir, 'data'), keyProtector: plainFileProtector, user: 'kiểm thử' });
    await ok(app.dispatch, 'installation.setup', {
      role: 'office',
      code: 'STP.LS',
      name: 'Sở Tư pháp tỉnh Lạng Sơn',
      province: 'Lạng Sơn',
      communities: [],
    });
  });

  afterAll(() => {
    app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('defaults to an office of the province: its header, the province as place, the director, the province as recipient', async () => {
    const { header } = await ok(app.dispatch, 'report.document', PERIOD);
    expect(header.issuerLines).toEqual(['UBND TỈNH LẠNG SƠN', 'SỞ TƯ PHÁP']);
    expect(header.placeName).toBe('Lạng Sơn');
    expect(header.signerTitle).toBe('GIÁM ĐỐC');
    expect(header.recipients).toEqual(['Ủy ban nhân dân tỉnh Lạng Sơn', 'Lưu: VT']);
  });

  it("prints the office's own header, place, recipients and signer, the signature with the last lines", async () => {
    await ok(app.dispatch, 'installation.updateSettings', {
      issuer: 'UBND TỈNH LẠNG SƠN\nSỞ TƯ PHÁP',
      placeName: 'Lạng Sơn',
      recipients: 'Bộ Tư pháp\nỦy ban nhân dân tỉnh Lạng Sơn\nLưu: VT, PBGDPL',
      signerTitle: 'Phó Giám đốc',
      signerName: 'Hoàng Minh Tuấn',
    });
    const out = join(dir, 'bao-cao-so.pdf');
    await renderPrintToPdf({
      dispatch: app.dispatch,
      route: `/print/report?from=${PERIOD.from}&to=${PERIOD.to}`,
      outFile: out,
    });
    const { pages, layout } = pdfPages(out);
    const flow = pages.join(' ');

    expect(layout).toMatch(/UBND TỈNH LẠNG SƠN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(layout).toMatch(/SỞ TƯ PHÁP\s+Độc lập - Tự do - Hạnh phúc/);
    expect(flow).toContain(`Lạng Sơn, ${documentDateLine(todayIso())}`);
    expect(layout).toMatch(/Nơi nhận:\s+KT\. GIÁM ĐỐC/);
    expect(layout).toMatch(/- Bộ Tư pháp;\s+PHÓ GIÁM ĐỐC/);
    expect(flow).toContain('- Ủy ban nhân dân tỉnh Lạng Sơn;');
    expect(flow).toContain('- Lưu: VT, PBGDPL.');
    expect(flow).toContain('Hoàng Minh Tuấn');
    // Nothing of the commune's template: no chair, no commune bodies, no report to itself.
    expect(flow).not.toMatch(/CHỦ TỊCH|TM\. ỦY BAN|Thường trực Đảng ủy|MTTQ|\/BC-UBND/);
    expect(flow).not.toContain('- Sở Tư pháp tỉnh Lạng Sơn');

    // The page that carries the signature also carries the closing sentence of the text.
    const signed = pages.find((p) => p.includes('Hoàng Minh Tuấn'));
    expect(signed).toContain('Trên đây là báo cáo kết quả thực hiện dân chủ ở cơ sở');
  });

  it('never leaves the signature block alone on a page: a long "Nơi nhận" takes the closing lines along', async () => {
    // 35 recipients make the footer too tall for what is left of the last page of text.
    const many = Array.from({ length: 35 }, (_, i) => `Phòng, ban số ${i + 1}`);
    await ok(app.dispatch, 'installation.updateSettings', { recipients: many.join('\n') });
    const out = join(dir, 'bao-cao-dai.pdf');
    await renderPrintToPdf({
      dispatch: app.dispatch,
      route: `/print/report?from=${PERIOD.from}&to=${PERIOD.to}`,
      outFile: out,
    });
    const { pages } = pdfPages(out);
    const signed = pages.filter((p) => p.includes('Hoàng Minh Tuấn'));
    expect(signed).toHaveLength(1);
    expect(signed[0]).toContain('Nơi nhận:');
    expect(signed[0]).toContain('Trên đây là báo cáo kết quả thực hiện dân chủ ở cơ sở');
    await ok(app.dispatch, 'installation.updateSettings', {
      recipients: 'Bộ Tư pháp\nỦy ban nhân dân tỉnh Lạng Sơn\nLưu: VT, PBGDPL',
    });
  });

  it('exports the same header, place, recipients and signer to Excel', async () => {
    const file = await ok(app.dispatch, 'report.exportXlsx', PERIOD);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const column = wb.worksheets[0]!.getColumn(1).values.filter((v): v is string => typeof v === 'string');
    expect(column.slice(0, 3)).toEqual([
      'UBND TỈNH LẠNG SƠN',
      'SỞ TƯ PHÁP',
      `Lạng Sơn, ${documentDateLine(todayIso())}`,
    ]);
    const tail = column.slice(column.indexOf('Nơi nhận:'));
    expect(tail).toEqual([
      'Nơi nhận:',
      '- Bộ Tư pháp;',
      '- Ủy ban nhân dân tỉnh Lạng Sơn;',
      '- Lưu: VT, PBGDPL.',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      '',
      'Hoàng Minh Tuấn',
    ]);
    expect(column.join('\n')).not.toMatch(/CHỦ TỊCH|ỦY BAN NHÂN DÂN SỞ/);
  });
});
