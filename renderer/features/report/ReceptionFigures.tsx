import { petitionsReceived } from '../../../shared/report/reception';
import type { Report } from '../../../shared/report/schema';
import { formatNumber, formatPercent } from '../../../shared/util/format';
import { dialogueSupervisionSentences, receptionSentences } from '../print/receptionText';
import { FigureCard } from './Figure';

/** The reception, dialogue and supervision sections of the report on screen (reports.md § reception). */
export function ReceptionFigures({ report }: { report: Report }) {
  const r = report.reception;
  const figures = [
    { key: 'sessions', title: 'Kỳ tiếp công dân', value: formatNumber(r.sessions) },
    { key: 'visits', title: 'Lượt tiếp', value: formatNumber(r.visits) },
    { key: 'citizens', title: 'Người được tiếp', value: formatNumber(r.citizens) },
    { key: 'inCompetence', title: 'Đơn KN, TC thuộc thẩm quyền', value: formatNumber(r.inCompetence) },
    { key: 'resolved', title: 'Đã giải quyết', value: formatNumber(r.resolved) },
    { key: 'rate', title: 'Tỷ lệ giải quyết', value: formatPercent(r.resolvedRate) },
    { key: 'overdue', title: 'Đơn quá hạn cuối kỳ', value: formatNumber(r.overdue) },
    { key: 'received', title: 'Tổng số đơn tiếp nhận', value: formatNumber(petitionsReceived(r)) },
    {
      key: 'complex',
      title: 'Vụ việc phức tạp đã giải quyết',
      value: `${formatNumber(r.complex.resolved)}/${formatNumber(r.complex.received)}`,
    },
    {
      key: 'chairWeeks',
      title: 'Tuần Chủ tịch UBND tiếp dân',
      value: `${formatNumber(r.chairWeeks.held)}/${formatNumber(r.chairWeeks.weeks)}`,
    },
  ];
  return (
    <FigureCard
      title="Tiếp công dân, đơn thư, đối thoại, giám sát"
      testId="report-reception"
      figures={figures}
      sentences={[...receptionSentences(r, report.period.to), ...dialogueSupervisionSentences(report)]}
    />
  );
}
