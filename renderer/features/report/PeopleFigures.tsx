import { Typography } from 'antd';
import type { Report } from '../../../shared/report/schema';
import { formatNumber, formatPercent } from '../../../shared/util/format';
import {
  consultationSentences,
  decisionSentences,
  mediationComparison,
  receptionComparison,
  supervisionBodySentences,
} from '../print/peopleText';
import { FigureCard } from './Figure';

const n = formatNumber;

/**
 * The people discuss and decide, comment and supervise (reports.md v2), on screen with the same words
 * as the printed report, and the comparison with the same period a year earlier.
 */
export function PeopleFigures({ report }: { report: Report }) {
  const d = report.decisions;
  const c = report.consultations;
  const b = report.supervisionBodies;
  const r = report.supervisionRecommendations;
  const figures = [
    { key: 'decisions', title: 'Việc Nhân dân quyết định', value: n(d.held) },
    { key: 'adopted', title: 'Được thông qua', value: n(d.adopted) },
    { key: 'consultations', title: 'Đợt lấy ý kiến', value: n(c.held) },
    { key: 'acceptedRate', title: 'Tỷ lệ ý kiến tiếp thu', value: formatPercent(c.acceptedRate) },
    { key: 'banTtnd', title: 'Ban thanh tra nhân dân', value: n(b.ban_ttnd.active) },
    { key: 'banGsdtcd', title: 'Ban giám sát đầu tư', value: n(b.ban_gsdtcd.active) },
    { key: 'recommendations', title: 'Kiến nghị đã giải quyết', value: `${n(r.resolved)}/${n(r.made)}` },
  ];
  const sentences = [
    ...decisionSentences(report),
    ...consultationSentences(report),
    ...supervisionBodySentences(report),
  ];
  const comparison = [...mediationComparison(report), ...receptionComparison(report)];
  return (
    <FigureCard
      title="Nhân dân bàn và quyết định, tham gia ý kiến, kiểm tra, giám sát"
      testId="report-people"
      figures={figures}
      sentences={sentences}
    >
      {comparison.map((s) => (
        <Typography.Paragraph key={s} type="secondary" style={{ marginBottom: 0 }} data-testid="report-comparison">
          {s}
        </Typography.Paragraph>
      ))}
    </FigureCard>
  );
}
