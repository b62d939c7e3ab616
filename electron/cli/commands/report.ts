import { resolve } from 'node:path';
import type { Report } from '../../../shared/report/schema';
import { CASE_CATEGORY_SHORT } from '../../../shared/i18n/vi';
import { formatDate, formatNumber, formatPercent } from '../../../shared/util/format';
import { flag, optionalString, parseCommandArgs, requireString } from '../args';
import type { Command } from '../command';
import { EXIT, printJson, printLines } from '../io';
import { call, dataDirOf, requireDatabase, withInstallation, writeOutputFile } from '../session';

/** `qcdc report`: the period report (reports.md) as text, JSON, Excel and/or the printed A4 PDF. */
export const reportCommand: Command = {
  name: 'report',
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      data: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'boolean' },
      xlsx: { type: 'string' },
      pdf: { type: 'string' },
    });
    const dataDir = dataDirOf(parsed);
    const from = requireString(parsed, 'from');
    const to = requireString(parsed, 'to');
    const xlsx = optionalString(parsed, 'xlsx');
    const pdf = optionalString(parsed, 'pdf');
    const json = flag(parsed, 'json');
    requireDatabase(dataDir);
    // With --json, stdout carries only the report; notes about written files go to stderr.
    const note = (text: string) => (json ? io.err(`${text}\n`) : io.out(`${text}\n`));
    await withInstallation(dataDir, async (app) => {
      const report = await call(app, 'report.period', { from, to });
      if (json) {
        printJson(io, report);
      } else if (xlsx === undefined && pdf === undefined) {
        const status = await call(app, 'installation.status', {});
        printLines(io, ...reportText(report, status.name ?? ''));
      }
      if (xlsx !== undefined) {
        const file = await call(app, 'report.exportXlsx', { from, to });
        note(`Đã ghi báo cáo Excel vào ${writeOutputFile(xlsx, Buffer.from(file.base64, 'base64'))}.`);
      }
      if (pdf !== undefined) {
        const { renderPrintToPdf } = await import('../pdf');
        const outFile = resolve(pdf);
        const query = new URLSearchParams({ from, to }).toString();
        await renderPrintToPdf({
          dispatch: app.dispatch,
          route: `/print/report?${query}`,
          outFile,
          onNotice: (text) => io.err(`Lưu ý: ${text}\n`),
        });
        note(`Đã ghi báo cáo in (PDF, khổ A4) vào ${outFile}.`);
      }
    });
    return EXIT.ok;
  },
};

/** The report as a clerk reads it in a terminal, in the order of reports.md. */
export function reportText(report: Report, unitName: string): string[] {
  const m = report.mediation;
  const n = (v: number) => formatNumber(v);
  const lines = [
    'BÁO CÁO KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ',
    `${unitName} — kỳ báo cáo từ ${formatDate(report.period.from)} đến ${formatDate(report.period.to)}`,
  ];
  if (report.scope.role === 'office') lines.push(`Phạm vi: ${n(report.scope.communes)} xã, phường, đặc khu`);
  lines.push(
    '',
    'Hòa giải ở cơ sở',
    `  Số tổ hòa giải: ${n(m.teams)}`,
    `  Số hòa giải viên: ${n(m.mediators)} (nữ: ${n(m.mediatorsFemale)}; người dân tộc thiểu số: ${n(m.mediatorsEthnicMinority)})`,
    `  Số vụ việc tiếp nhận: ${n(m.received)}`,
    `    Hòa giải thành: ${n(m.successful)}`,
    `    Hòa giải không thành: ${n(m.unsuccessful)}`,
    `    Chuyển cơ quan có thẩm quyền: ${n(m.referred)}`,
    `    Đang hòa giải: ${n(m.ongoing)}`,
    `  Tỷ lệ hòa giải thành: ${formatPercent(m.successRate)}`,
    '  Theo lĩnh vực (tiếp nhận / hòa giải thành):',
  );
  for (const [code, label] of Object.entries(CASE_CATEGORY_SHORT)) {
    const c = m.byCategory[code as keyof typeof m.byCategory];
    lines.push(`    ${label}: ${n(c.received)} / ${n(c.successful)}`);
  }
  return lines;
}
