import type ExcelJS from 'exceljs';
import { CONSULTATION_MATTER_LABELS, CONSULTATION_MATTERS } from '../../shared/consultation/codes';
import {
  DECISION_FORM_LABELS,
  DECISION_FORMS,
  DECISION_MATTER_LABELS,
  DECISION_MATTERS,
} from '../../shared/decision/codes';
import { SUPERVISION_BODY_LABELS } from '../../shared/i18n/vi';
import { SUPERVISION_BODIES } from '../../shared/reception/codes';
import type { Report } from '../../shared/report/schema';
import { formatDate } from '../../shared/util/format';

type Row = [string, number | null, (number | null)?];

function section(ws: ExcelJS.Worksheet, title: string, rows: readonly Row[], rates: readonly string[] = []): void {
  ws.addRow([]);
  ws.addRow([title, 'Số liệu']).font = { bold: true };
  for (const row of rows) {
    const added = ws.addRow(row);
    if (rates.includes(row[0])) added.getCell(2).numFmt = '0.00';
  }
}

/**
 * Sections VI–VIII of the report workbook and the same period a year earlier (reports.md v2), as
 * numbers with Vietnamese labels, in the order of the printed report.
 */
export function addPeopleRows(ws: ExcelJS.Worksheet, report: Report): void {
  const d = report.decisions;
  section(ws, 'VI. NHÂN DÂN BÀN VÀ QUYẾT ĐỊNH', [
    ['Số việc Nhân dân bàn và quyết định', d.held],
    ['   Được thông qua (trên một nửa tổng số hộ tán thành)', d.adopted],
    ['   Không được thông qua', d.notAdopted],
    ['   Không đủ số hộ dự họp', d.noQuorum],
    ...DECISION_FORMS.map((f): Row => [`Hình thức: ${DECISION_FORM_LABELS[f]}`, d.byForm[f]]),
    ...DECISION_MATTERS.map((m): Row => [
      `${DECISION_MATTER_LABELS[m]} (số việc, được thông qua)`,
      d.byMatter[m].held,
      d.byMatter[m].adopted,
    ]),
    ['Số thôn, tổ dân phố có việc Nhân dân quyết định', d.communities],
    ['Số việc đã công khai kết quả', d.resultsPublished],
  ]);
  const c = report.consultations;
  section(
    ws,
    'VII. NHÂN DÂN THAM GIA Ý KIẾN',
    [
      ['Số đợt lấy ý kiến Nhân dân', c.held],
      ...CONSULTATION_MATTERS.map((m): Row => [`   ${CONSULTATION_MATTER_LABELS[m]}`, c.byMatter[m]]),
      ['Số ý kiến nhận được', c.opinions],
      ['Số ý kiến được tiếp thu', c.accepted],
      ['Tỷ lệ tiếp thu (%)', c.acceptedRate],
      ['Số đợt đã công khai kết quả tiếp thu, giải trình', c.resultsPublished],
    ],
    ['Tỷ lệ tiếp thu (%)'],
  );
  const r = report.supervisionRecommendations;
  section(
    ws,
    'VIII. NHÂN DÂN KIỂM TRA, GIÁM SÁT',
    [
      ...SUPERVISION_BODIES.flatMap((b): Row[] => [
        [
          `${SUPERVISION_BODY_LABELS[b]} đang hoạt động ngày ${formatDate(report.period.to)}`,
          report.supervisionBodies[b].active,
        ],
        ['   Số thành viên', report.supervisionBodies[b].members],
      ]),
      ['Kiến nghị qua giám sát', r.made],
      ['   Đã được giải quyết', r.resolved],
      ['Tỷ lệ kiến nghị được giải quyết (%)', r.resolvedRate],
    ],
    ['Tỷ lệ kiến nghị được giải quyết (%)'],
  );
  const w = report.communesWith;
  section(ws, `SỐ XÃ, PHƯỜNG, ĐẶC KHU ĐÃ THỰC HIỆN (trên ${report.scope.communes})`, [
    ['Có hội nghị đối thoại', w.dialogue],
    ['Có kỳ tiếp công dân', w.receptionSession],
    ['Có việc Nhân dân bàn và quyết định', w.decision],
    ['Có đợt lấy ý kiến Nhân dân', w.consultation],
    ['Có Ban thanh tra nhân dân đang hoạt động', w.banTtnd],
    ['Có Ban giám sát đầu tư của cộng đồng đang hoạt động', w.banGsdtcd],
    ['Đã công khai đủ các nội dung', w.allDisclosed],
  ]);
  const p = report.previous;
  section(ws, `CÙNG KỲ NĂM TRƯỚC (từ ${formatDate(p.period.from)} đến ${formatDate(p.period.to)})`, [
    ['Số vụ việc hòa giải tiếp nhận', p.mediation.received],
    ['Hòa giải thành', p.mediation.successful],
    ['Số lượt tiếp công dân', p.reception.visits],
    ['Đơn khiếu nại, tố cáo tiếp nhận', p.reception.complaintsAndDenunciations],
    ['Đơn kiến nghị, phản ánh', p.reception.proposals],
    ['Số việc Nhân dân bàn và quyết định', p.decisions.held],
    ['   Được thông qua', p.decisions.adopted],
  ]);
}
