import type { Report } from '../../../shared/report/schema';
import { formatNumber, formatPercent } from '../../../shared/util/format';
import { GridTable } from './documentParts';
import { consultationSentences, decisionSentences, supervisionBodySentences } from './peopleText';

/**
 * The printed report's v2 sections (issue 11): the people discuss and decide, comment, supervise,
 * numbered from `numbers`; an office adds one row per commune and a total row.
 */
export function PeopleReportPart({ report, numbers }: { report: Report; numbers: readonly [string, string, string] }) {
  const communes = report.scope.role === 'office' ? (report.communes ?? []) : [];
  return (
    <>
      <h2>{numbers[0]}. NHÂN DÂN BÀN VÀ QUYẾT ĐỊNH</h2>
      {decisionSentences(report).map((s) => (
        <p key={s}>{s}</p>
      ))}
      <h2>{numbers[1]}. NHÂN DÂN THAM GIA Ý KIẾN</h2>
      {consultationSentences(report).map((s) => (
        <p key={s}>{s}</p>
      ))}
      <h2>{numbers[2]}. NHÂN DÂN KIỂM TRA, GIÁM SÁT</h2>
      {supervisionBodySentences(report).map((s) => (
        <p key={s}>{s}</p>
      ))}
      {communes.length > 0 && (
        <GridTable unit="việc, đợt, ban, kiến nghị">
          <thead>
            <tr>
              <th>STT</th>
              <th>Xã, phường, đặc khu</th>
              <th>Việc Nhân dân quyết định</th>
              <th>Được thông qua</th>
              <th>Đợt lấy ý kiến</th>
              <th>Ban TTND</th>
              <th>Kiến nghị giám sát</th>
              <th>Đã giải quyết</th>
            </tr>
          </thead>
          <tbody>
            {[
              ...communes.map((c) => ({ key: c.code, name: c.name, f: c })),
              { key: '', name: 'Tổng cộng', f: report },
            ].map((row, i) => (
              <tr key={row.key || 'total'} className={row.key ? undefined : 'total'}>
                <td className="no">{row.key ? i + 1 : ''}</td>
                <td>{row.name}</td>
                <td className="num">{formatNumber(row.f.decisions.held)}</td>
                <td className="num">{formatNumber(row.f.decisions.adopted)}</td>
                <td className="num">{formatNumber(row.f.consultations.held)}</td>
                <td className="num">{formatNumber(row.f.supervisionBodies.ban_ttnd.active)}</td>
                <td className="num">{formatNumber(row.f.supervisionRecommendations.made)}</td>
                <td className="num">{formatPercent(row.f.supervisionRecommendations.resolvedRate)}</td>
              </tr>
            ))}
          </tbody>
        </GridTable>
      )}
    </>
  );
}
