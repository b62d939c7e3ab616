import { CONVENTION_STATUS_LABELS } from '../../../shared/convention/codes';
import { ITEM_STATUS_LABELS } from '../../../shared/disclosure/codes';
import { postingPeriod } from '../../../shared/disclosure/compliance';
import type { ConventionCoverage } from '../../../shared/convention/schema';
import type { Disclosure, DisclosureBoard } from '../../../shared/disclosure/schema';
import type { ReportDocument } from '../../../shared/report/schema';
import { formatDate, formatNumber } from '../../../shared/util/format';
import { boardPeriodOf } from '../disclosure/BoardPage';
import { useRoute } from '../../src/router';
import { DocumentFooter, DocumentHeader, GridTable } from './documentParts';
import { issuerLines, placeDateLine, recipientLines, signatureLines } from './documentText';
import { PrintPage } from './PrintPage';
import { useCallValue, type Loaded } from './useCallValue';

/** Two loads as one: loading until both are in, the first error otherwise. */
function both<A, B>(a: Loaded<A>, b: Loaded<B>): Loaded<[A, B]> {
  if (a.status === 'error') return a;
  if (b.status === 'error') return b;
  if (a.status === 'loading' || b.status === 'loading') return { status: 'loading' };
  return { status: 'ok', value: [a.value, b.value] };
}

function Head({ doc, symbol }: { doc: ReportDocument; symbol: string }) {
  const { header } = doc;
  return (
    <DocumentHeader
      issuerLines={issuerLines(doc)}
      symbol={symbol}
      placeDate={placeDateLine(header.placeName, header.date)}
    />
  );
}

function Foot({ doc }: { doc: ReportDocument }) {
  return (
    <DocumentFooter
      recipients={recipientLines(doc.header.recipients)}
      signerLines={signatureLines(doc)}
      signerName={doc.header.signerName}
    />
  );
}

/** `#/print/disclosure-board?year=&quarter=`: the printable compliance list of the disclosure board. */
export function DisclosureBoardPrint() {
  const { params } = useRoute();
  const { year, quarter } = boardPeriodOf(params);
  const board = useCallValue('disclosure.board', { year, quarter });
  const range = board.status === 'ok' ? { from: board.value.from, to: board.value.to } : null;
  const doc = useCallValue(range ? 'report.document' : null, range ?? { from: '', to: '' });
  const list = useCallValue(range ? 'disclosure.list' : null, {
    ...(range ?? { from: '', to: '' }),
    sort: 'item',
    limit: 1000,
  });
  return (
    <PrintPage
      title="Danh sách theo dõi thực hiện công khai"
      loaded={both(both(board, range ? doc : { status: 'loading' }), range ? list : { status: 'loading' })}
      pdfName={`danh-sach-cong-khai-${year}${quarter ? `-quy-${quarter}` : ''}.pdf`}
      backTo="/disclosure/board"
    >
      {([[b, d], l]) => <BoardView board={b} doc={d} disclosures={l.items.filter((x) => x.catalog === b.catalog)} />}
    </PrintPage>
  );
}

function BoardView({
  board,
  doc,
  disclosures,
}: {
  board: DisclosureBoard;
  doc: ReportDocument;
  disclosures: Disclosure[];
}) {
  return (
    <div className="sheet">
      <Head doc={doc} symbol="/DS-UBND" />
      <div className="doc-title">
        <div className="kind">DANH SÁCH</div>
        <div className="abstract">
          <span className="under-short">
            Theo dõi thực hiện công khai từ ngày {formatDate(board.from)} đến ngày {formatDate(board.to)}
          </span>
        </div>
      </div>
      <p>
        Căn cứ: {board.catalogTitle}. Đã công khai đủ {formatNumber(board.disclosed)}/{formatNumber(board.items)} nội
        dung
        {board.complete ? '; đã thực hiện công khai đầy đủ các nội dung trong kỳ.' : '.'}
      </p>
      <GridTable widths={[7, 45, 22, 10, 16]}>
        <thead>
          <tr>
            <th>STT</th>
            <th>Nội dung công khai</th>
            <th>Tình trạng</th>
            <th>Số lần</th>
            <th>Lần gần nhất</th>
          </tr>
        </thead>
        <tbody>
          {board.rows.map((r) => (
            <tr key={r.no}>
              <td className="no">{r.no}</td>
              <td>{r.label}</td>
              <td>
                {ITEM_STATUS_LABELS[r.status]}
                {r.dueQuarters.length ? `; chưa công khai quý ${r.dueQuarters.join(', ')}` : ''}
              </td>
              <td className="num">{formatNumber(r.events)}</td>
              <td className="num">{formatDate(r.lastPublishedOn)}</td>
            </tr>
          ))}
        </tbody>
      </GridTable>
      {disclosures.length > 0 && (
        <>
          <p>Chi tiết các lần công khai và minh chứng:</p>
          <GridTable widths={[6, 10, 30, 24, 30]}>
            <thead>
              <tr>
                <th>Nội dung</th>
                <th>Ngày công khai</th>
                <th>Văn bản</th>
                <th>Niêm yết, phát thanh</th>
                <th>Minh chứng</th>
              </tr>
            </thead>
            <tbody>
              {disclosures.map((d) => (
                <tr key={d.id}>
                  <td className="no">{d.item}</td>
                  <td className="num">{formatDate(d.publishedOn)}</td>
                  <td>{[d.title, d.documentRef].filter(Boolean).join(' — ')}</td>
                  <td>
                    {[
                      postingPeriod(d, formatDate),
                      d.place ?? '',
                      d.broadcastDays ? `phát thanh ${formatNumber(d.broadcastDays)} ngày` : '',
                    ]
                      .filter(Boolean)
                      .join('; ')}
                  </td>
                  <td>{d.attachments.map((a) => `${a.name} (mã kiểm tra ${a.sha256.slice(0, 12)}…)`).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </GridTable>
        </>
      )}
      <Foot doc={doc} />
    </div>
  );
}

/** `#/print/conventions?on=`: the status list of hương ước, quy ước per community on a date. */
export function ConventionsPrint() {
  const { params } = useRoute();
  const on = params.get('on') ?? '';
  const coverage = useCallValue(on ? 'convention.coverage' : null, { on });
  const doc = useCallValue(on ? 'report.document' : null, { from: on, to: on });
  const state = on ? both(coverage, doc) : ({ status: 'error', message: 'Thiếu ngày lập danh sách.' } as const);
  return (
    <PrintPage
      title="Danh sách tình trạng hương ước, quy ước"
      loaded={state}
      pdfName={`huong-uoc-quy-uoc-${on}.pdf`}
      backTo="/conventions"
    >
      {([c, d]) => <ConventionsView coverage={c} doc={d} />}
    </PrintPage>
  );
}

function ConventionsView({ coverage, doc }: { coverage: ConventionCoverage; doc: ReportDocument }) {
  return (
    <div className="sheet">
      <Head doc={doc} symbol="/DS-UBND" />
      <div className="doc-title">
        <div className="kind">DANH SÁCH</div>
        <div className="abstract">
          <span className="under-short">Tình trạng hương ước, quy ước đến ngày {formatDate(coverage.on)}</span>
        </div>
      </div>
      <p>
        {formatNumber(coverage.withConvention)}/{formatNumber(coverage.communities)} thôn, tổ dân phố có hương ước, quy
        ước đang có hiệu lực.
      </p>
      <GridTable widths={[7, 25, 32, 20, 16]}>
        <thead>
          <tr>
            <th>STT</th>
            <th>Thôn, tổ dân phố</th>
            <th>Hương ước, quy ước</th>
            <th>Tình trạng</th>
            <th>Rà soát gần nhất</th>
          </tr>
        </thead>
        <tbody>
          {coverage.rows.map((r, i) => (
            <tr key={r.communityId}>
              <td className="no">{i + 1}</td>
              <td>{r.communityName}</td>
              <td>{r.title ?? 'Chưa có'}</td>
              <td>{r.status ? CONVENTION_STATUS_LABELS[r.status] : 'Chưa có'}</td>
              <td className="num">{formatDate(r.lastReviewOn)}</td>
            </tr>
          ))}
        </tbody>
      </GridTable>
      <Foot doc={doc} />
    </div>
  );
}
