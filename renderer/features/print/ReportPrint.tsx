import type { MediationSection, ReportDocument } from '../../../shared/report/schema';
import { formatNumber, formatPercent } from '../../../shared/util/format';
import { incompleteNote } from '../../../shared/report/incomplete';
import { useRoute } from '../../src/router';
import { DocumentEnd, DocumentFooter, DocumentHeader, GridTable } from './documentParts';
import {
  categoryRows,
  issuerLines,
  documentSymbol,
  mediationOrganisation,
  mediationResults,
  placeDateLine,
  recipientLines,
  romanNumeral,
  reportAbstract,
  reportClosing,
  reportOpening,
  signatureLines,
  unitType,
} from './documentText';
import { PrintPage } from './PrintPage';
import { PeopleReportPart } from './PeopleReportPart';
import { mediationComparison } from './peopleText';
import { ReceptionReportPart } from './ReceptionReportPart';
import { conventionsText, disclosureText } from './publicText';
import { useCallValue } from './useCallValue';

/**
 * `#/print/report?from=&to=`: the period report (reports.md "Printed report") on A4 in the
 * Nghị định 30/2020/NĐ-CP layout, from `report.document`.
 */
export function ReportPrint() {
  const { params } = useRoute();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const loaded = useCallValue(from && to ? 'report.document' : null, { from, to });
  const state = from && to ? loaded : ({ status: 'error', message: 'Thiếu kỳ báo cáo (từ ngày, đến ngày).' } as const);
  return (
    <PrintPage
      title="Báo cáo kết quả thực hiện dân chủ ở cơ sở"
      loaded={state}
      pdfName={`bao-cao-${from}-${to}.pdf`}
      backTo="/report"
    >
      {(doc) => <ReportDocumentView doc={doc} />}
    </PrintPage>
  );
}

/** The report document itself, one A4 sheet on screen, as many pages as it needs on paper. */
export function ReportDocumentView({ doc }: { doc: ReportDocument }) {
  const { report, header } = doc;
  const office = report.scope.role === 'office';
  const m = report.mediation;
  return (
    <div className="sheet">
      <DocumentHeader
        issuerLines={issuerLines(doc)}
        symbol={documentSymbol(doc)}
        placeDate={placeDateLine(header.placeName, header.date)}
      />

      <div className="doc-title">
        <div className="kind">BÁO CÁO</div>
        <div className="abstract">
          <span className="under-short">{reportAbstract(report.period.from, report.period.to)}</span>
        </div>
      </div>

      <p>{reportOpening(doc)}</p>

      <h2>{romanNumeral(1)}. THỰC HIỆN CÔNG KHAI</h2>
      {disclosureText(report.disclosure, report.scope).map((line) => (
        <p key={line}>{line}</p>
      ))}

      <h2>{romanNumeral(2)}. HƯƠNG ƯỚC, QUY ƯỚC</h2>
      {conventionsText(report.conventions).map((line) => (
        <p key={line}>{line}</p>
      ))}

      <h2>{romanNumeral(3)}. CÔNG TÁC HÒA GIẢI Ở CƠ SỞ</h2>
      <p>{mediationOrganisation(m, report.scope, unitType(header.communeName))}</p>
      <p>{mediationResults(m)}</p>
      <p>Kết quả tiếp nhận và hòa giải thành chia theo lĩnh vực như sau:</p>
      <GridTable unit="vụ việc" widths={[9, 46, 15, 15, 15]}>
        <thead>
          <tr>
            <th>STT</th>
            <th>Lĩnh vực</th>
            <th>Tiếp nhận</th>
            <th>Hòa giải thành</th>
            <th>Tỷ lệ hòa giải thành</th>
          </tr>
        </thead>
        <tbody>
          {categoryRows(m).map((row, i, rows) => {
            const total = i === rows.length - 1;
            return (
              <tr key={row.label} className={total ? 'total' : undefined}>
                <td className="no">{total ? '' : i + 1}</td>
                <td>{row.label}</td>
                <td className="num">{row.received}</td>
                <td className="num">{row.successful}</td>
                <td className="num">{row.rate}</td>
              </tr>
            );
          })}
        </tbody>
      </GridTable>

      {office && report.communes && report.communes.length > 0 && (
        <>
          <p>Số liệu hòa giải ở cơ sở của từng xã, phường, đặc khu:</p>
          <GridTable unit="tổ, người, vụ việc">
            <thead>
              <tr>
                <th>STT</th>
                <th>Xã, phường, đặc khu</th>
                <th>Tổ hòa giải</th>
                <th>Hòa giải viên</th>
                <th>Tiếp nhận</th>
                <th>Hòa giải thành</th>
                <th>Tỷ lệ hòa giải thành</th>
              </tr>
            </thead>
            <tbody>
              {report.communes.map((c, i) => (
                <tr key={c.code}>
                  <td className="no">{i + 1}</td>
                  <td>{c.name}</td>
                  <MediationCells m={c.mediation} />
                </tr>
              ))}
              <tr className="total">
                <td />
                <td>Tổng cộng</td>
                <MediationCells m={m} />
              </tr>
            </tbody>
          </GridTable>
        </>
      )}

      {mediationComparison(report).map((line) => (
        <p key={line}>{line}</p>
      ))}

      <ReceptionReportPart report={report} numbers={[romanNumeral(4), romanNumeral(5)]} />

      <PeopleReportPart report={report} numbers={[romanNumeral(6), romanNumeral(7), romanNumeral(8)]} />

      {incompleteNote(doc) && <p data-testid="incomplete-note">{incompleteNote(doc)}</p>}

      <DocumentEnd closing={reportClosing(doc)}>
        <DocumentFooter
          recipients={recipientLines(header.recipients)}
          signerLines={signatureLines(doc)}
          signerName={header.signerName}
        />
      </DocumentEnd>
    </div>
  );
}

/** The five mediation figures of one row of the per-commune table (teams, mediators, received, successful, rate). */
function MediationCells({ m }: { m: MediationSection }) {
  return (
    <>
      <td className="num">{formatNumber(m.teams)}</td>
      <td className="num">{formatNumber(m.mediators)}</td>
      <td className="num">{formatNumber(m.received)}</td>
      <td className="num">{formatNumber(m.successful)}</td>
      <td className="num">{formatPercent(m.successRate)}</td>
    </>
  );
}
