import type ExcelJS from 'exceljs';
import { CONTENT_LABELS, HANDLING_LABELS, HOST_LABELS, SUPERVISION_BODY_LABELS } from '../../shared/i18n/vi';
import { CONTENTS, HOSTS, PETITION_HANDLINGS, SUPERVISION_BODIES } from '../../shared/reception/codes';
import type { Report } from '../../shared/report/schema';

/** Sections IV and V of the report workbook: reception, petitions, dialogues, supervision (numbers, not text). */
export function addReceptionRows(ws: ExcelJS.Worksheet, report: Report): void {
  const r = report.reception;
  ws.addRow([]);
  ws.addRow(['IV. TIẾP CÔNG DÂN, GIẢI QUYẾT ĐƠN THƯ', 'Số liệu']).font = { bold: true };
  const rows: [string, number][] = [
    ['Số kỳ tiếp công dân', r.sessions],
    ...HOSTS.map((h): [string, number] => [`   Trong đó: ${HOST_LABELS[h]}`, r.sessionsByHost[h]]),
    ['Số lượt tiếp', r.visits],
    ...HOSTS.map((h): [string, number] => [`   Trong đó: ${HOST_LABELS[h]}`, r.visitsByHost[h]]),
    ['Số người được tiếp', r.citizens],
    ['Số đoàn đông người', r.groupVisits],
    ...CONTENTS.map((c): [string, number] => [
      `Lượt tiếp có nội dung ${CONTENT_LABELS[c].toLowerCase()}`,
      r.visitsByContent[c],
    ]),
    ['Đơn khiếu nại, tố cáo tiếp nhận', r.complaintsAndDenunciations],
    ['Đơn thuộc thẩm quyền', r.inCompetence],
    ['   Trong đó: khiếu nại', r.inCompetenceByContent.khieu_nai],
    ['   Trong đó: tố cáo', r.inCompetenceByContent.to_cao],
    ['Đã giải quyết', r.resolved],
    ['   Trong đó: khiếu nại', r.resolvedByContent.khieu_nai],
    ['   Trong đó: tố cáo', r.resolvedByContent.to_cao],
  ];
  for (const [label, value] of rows) ws.addRow([label, value]);
  ws.addRow(['Tỷ lệ giải quyết (%)', r.resolvedRate]).getCell(2).numFmt = '0.00';
  ws.addRow(['Đơn kiến nghị, phản ánh', r.proposals]);
  ws.addRow(['Đơn quá hạn giải quyết cuối kỳ (hạn tính từ ngày thụ lý)', r.overdue]);
  const v2: [string, number][] = [
    ...PETITION_HANDLINGS.map((h): [string, number] => [
      `Đơn tiếp nhận, hướng xử lý: ${HANDLING_LABELS[h]}`,
      r.petitionsByHandling[h],
    ]),
    ...HOSTS.map((h): [string, number] => [`Số người được tiếp: ${HOST_LABELS[h]}`, r.citizensByHost[h]]),
    ['Vụ việc phức tạp thuộc thẩm quyền', r.complex.received],
    ['   Trong đó: đã giải quyết', r.complex.resolved],
    ['Đơn đã thụ lý chưa ghi ngày thụ lý', r.missingAcceptedOn],
    ['Số tuần trong kỳ', r.chairWeeks.weeks],
    ['   Trong đó: tuần Chủ tịch UBND trực tiếp tiếp công dân', r.chairWeeks.held],
  ];
  for (const [label, value] of v2) ws.addRow([label, value]);
  ws.addRow([]);
  ws.addRow(['V. ĐỐI THOẠI, GIÁM SÁT CỘNG ĐỒNG', 'Số liệu']).font = { bold: true };
  ws.addRow(['Hội nghị đối thoại', report.dialogues]);
  for (const b of SUPERVISION_BODIES)
    ws.addRow([`Cuộc giám sát của ${SUPERVISION_BODY_LABELS[b]}`, report.supervisions[b]]);
}
