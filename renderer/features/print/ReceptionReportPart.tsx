import type { Report } from '../../../shared/report/schema';
import { formatNumber, formatPercent } from '../../../shared/util/format';
import { GridTable } from './documentParts';
import { receptionComparison } from './peopleText';
import { dialogueSupervisionSentences, receptionSentences } from './receptionText';

/**
 * The reception and the dialogue/supervision sections of the printed report, numbered from
 * `numbers` (the report's own sequence: IV and V after disclosure, conventions and mediation).
 */
export function ReceptionReportPart({ report, numbers }: { report: Report; numbers: readonly [string, string] }) {
  const r = report.reception;
  const communes = report.scope.role === 'office' ? (report.communes ?? []) : [];
  return (
    <>
      <h2>{numbers[0]}. CÔNG TÁC TIẾP CÔNG DÂN, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO, KIẾN NGHỊ, PHẢN ÁNH</h2>
      {[...receptionSentences(r, report.period.to), ...receptionComparison(report)].map((s) => (
        <p key={s}>{s}</p>
      ))}
      {communes.length > 0 && (
        <GridTable unit="kỳ, lượt, đơn">
          <thead>
            <tr>
              <th>STT</th>
              <th>Xã, phường, đặc khu</th>
              <th>Kỳ tiếp</th>
              <th>Lượt tiếp</th>
              <th>Đơn thuộc thẩm quyền</th>
              <th>Đã giải quyết</th>
              <th>Tỷ lệ</th>
            </tr>
          </thead>
          <tbody>
            {[
              ...communes.map((c) => ({ key: c.code, name: c.name, r: c.reception })),
              { key: '', name: 'Tổng cộng', r },
            ].map((row, i) => (
              <tr key={row.key || 'total'} className={row.key ? undefined : 'total'}>
                <td className="no">{row.key ? i + 1 : ''}</td>
                <td>{row.name}</td>
                <td className="num">{formatNumber(row.r.sessions)}</td>
                <td className="num">{formatNumber(row.r.visits)}</td>
                <td className="num">{formatNumber(row.r.inCompetence)}</td>
                <td className="num">{formatNumber(row.r.resolved)}</td>
                <td className="num">{formatPercent(row.r.resolvedRate)}</td>
              </tr>
            ))}
          </tbody>
        </GridTable>
      )}
      <h2>{numbers[1]}. ĐỐI THOẠI VÀ GIÁM SÁT CỦA CỘNG ĐỒNG</h2>
      {dialogueSupervisionSentences(report).map((s) => (
        <p key={s}>{s}</p>
      ))}
    </>
  );
}
