import type { RequestOf } from '../../../shared/contract/index';
import type { ListTable } from '../../../shared/export/schema';
import type { ReportDocument } from '../../../shared/report/schema';
import { todayIso } from '../../../shared/util/dates';
import { formatDate, formatNumber } from '../../../shared/util/format';
import { useRoute } from '../../src/router';
import { DocumentHeader, GridTable } from './documentParts';
import { communeHeading, placeDateLine } from './documentText';
import { REGISTER_CSS } from './printCss';
import { PrintPage } from './PrintPage';
import { useCallValue, type Loaded } from './useCallValue';

// The screens a printed list goes back to.
const BACK: Record<string, string> = {
  decisions: '/people/decisions',
  consultations: '/people/consultations',
  supervisionBodies: '/people/bodies',
};

/** The list's request from the address (`?list=…&filters=JSON`), or null when it cannot be read. */
function requestOf(params: URLSearchParams): RequestOf<'export.listTable'> | null {
  const list = params.get('list');
  if (!list) return null;
  try {
    return { list, filters: JSON.parse(params.get('filters') ?? '{}') } as RequestOf<'export.listTable'>;
  } catch {
    return null;
  }
}

function both<A, B>(a: Loaded<A>, b: Loaded<B>): Loaded<[A, B]> {
  if (a.status === 'error') return a;
  if (b.status === 'error') return b;
  if (a.status === 'loading' || b.status === 'loading') return { status: 'loading' };
  return { status: 'ok', value: [a.value, b.value] };
}

/**
 * `#/print/list?list=&filters=`: any list as the screen filters it, on A4 landscape with the
 * commune's header and the list's title, one row per record (the same table its Excel file holds).
 */
export function ListPrint() {
  const { params } = useRoute();
  const request = requestOf(params);
  const today = todayIso();
  const table = useCallValue(request ? 'export.listTable' : null, request ?? { list: 'communities' });
  const doc = useCallValue(request ? 'report.document' : null, { from: today, to: today });
  const state = request
    ? both(table, doc)
    : ({ status: 'error', message: 'Không đọc được danh sách cần in.' } as const);
  return (
    <PrintPage
      title="In danh sách"
      loaded={state}
      pdfName={`danh-sach-${request?.list ?? ''}.pdf`}
      backTo={BACK[request?.list ?? ''] ?? '/'}
      css={REGISTER_CSS}
    >
      {([t, d]) => <ListView table={t} doc={d} />}
    </PrintPage>
  );
}

function ListView({ table, doc }: { table: ListTable; doc: ReportDocument }) {
  const { header } = doc;
  const total = table.columns.reduce((sum, c) => sum + c.width, 0) + 4;
  return (
    <div className="sheet landscape register-pages">
      <DocumentHeader
        issuerLines={[header.issuer.toLocaleUpperCase('vi'), communeHeading(header.communeName)]}
        symbol="/DS-UBND"
        placeDate={placeDateLine(header.placeName, header.date)}
      />
      <div className="doc-title">
        <div className="kind">DANH SÁCH</div>
        <div className="abstract">
          <span className="under-short">{table.title}</span>
        </div>
      </div>
      <p>
        Tổng số: {formatNumber(table.rows.length)} (lập ngày {formatDate(header.date)}).
      </p>
      <GridTable widths={[4, ...table.columns.map((c) => c.width)].map((w) => Math.round((w * 100) / total))}>
        <thead>
          <tr>
            <th>STT</th>
            {table.columns.map((c) => (
              <th key={c.header}>{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody data-testid="print-list-rows">
          {table.rows.map((row, i) => (
            <tr key={i}>
              <td className="no">{i + 1}</td>
              {row.map((cell, j) => (
                <td key={j} className={typeof cell === 'number' ? 'num' : undefined}>
                  {typeof cell === 'number' ? formatNumber(cell) : (cell ?? '')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </GridTable>
    </div>
  );
}
