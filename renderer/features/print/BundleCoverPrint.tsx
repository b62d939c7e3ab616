import type { SyncEvent } from '../../../shared/sync/schema';
import { formatNumber } from '../../../shared/util/format';
import { useRoute } from '../../src/router';
import { selectors, useAppStore } from '../../src/store';
import { countLines, formatDateTime, seqRange } from '../sync/format';
import { SYNC_TEXT } from '../sync/text';
import { NationalMotto } from './documentParts';
import { PrintPage } from './PrintPage';
import { useCallValue } from './useCallValue';

/**
 * `#/print/bundle-cover?id=`: the cover sheet that travels with a bundle (on paper or as a PDF):
 * commune, office, sequence range, counts, the payload's SHA-256 and the commune's key fingerprint,
 * so the receiving office can check the file it got is the one the clerk sent.
 */
export function BundleCoverPrint() {
  const { params } = useRoute();
  const id = Number(params.get('id'));
  const loaded = useCallValue(id > 0 ? 'sync.event' : null, { id });
  const state = id > 0 ? loaded : ({ status: 'error', message: 'Thiếu mã lần gửi.' } as const);
  return (
    <PrintPage title="Phiếu gửi gói dữ liệu" loaded={state} pdfName={`phieu-gui-${id}.pdf`} backTo="/send">
      {(event) => <CoverSheet event={event} />}
    </PrintPage>
  );
}

/** The row of the payload's digest: what the receiving office compares (the SHA-256 of the encrypted part). */
const CHECK_CODE = 'Mã kiểm tra phần dữ liệu';

function CoverSheet({ event }: { event: SyncEvent }) {
  const installation = useAppStore(selectors.installation);
  const d = event.detail;
  const counts = countLines((d.counts ?? {}) as Record<string, number>);
  const rows: [string, string][] = [
    ['Đơn vị gửi', `${installation?.name ?? ''} (mã ${installation?.code ?? ''})`],
    ['Dấu vân tay khóa của đơn vị gửi', installation?.fingerprint ?? ''],
    ['Nơi nhận', `${String(d.officeName ?? '')} (mã ${event.peerCode ?? ''})`],
    ['Dấu vân tay khóa của nơi nhận', String(d.officeFingerprint ?? '')],
    ['Tên tệp', String(d.fileName ?? '')],
    ['Thay đổi số', seqRange(event.fromSeq, event.toSeq)],
    ['Số thay đổi', formatNumber(event.changes ?? 0)],
    ['Nội dung gửi', SYNC_TEXT.profiles[String(d.profile)] ?? String(d.profile)],
    ...(d.reason ? ([['Lý do gửi đầy đủ', String(d.reason)]] as [string, string][]) : []),
    ['Dung lượng', `${formatNumber(Number(d.bytes ?? 0))} byte`],
    [CHECK_CODE, String(d.payloadSha256 ?? '')],
    ['Thời điểm tạo gói', formatDateTime(event.at)],
    ['Người tạo gói', event.user],
  ];
  return (
    <div className="sheet">
      <div style={{ textAlign: 'center' }}>
        <NationalMotto />
      </div>
      <div className="doc-title">
        <div className="kind">PHIẾU GỬI GÓI DỮ LIỆU</div>
        <div className="abstract">Quy chế dân chủ ở cơ sở</div>
      </div>
      <table className="grid" style={{ width: '100%' }}>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <td style={{ width: '38%' }}>{label}</td>
              <td style={{ wordBreak: 'break-all' }} data-testid={label === CHECK_CODE ? 'cover-sha' : undefined}>
                {value}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {counts.length > 0 && (
        <>
          <p>Số thay đổi theo loại bản ghi:</p>
          <table className="grid" style={{ width: '100%' }}>
            <tbody>
              {counts.map((c) => (
                <tr key={c.key}>
                  <td>{c.label}</td>
                  <td className="num">{formatNumber(c.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p>
        Nơi nhận kiểm tra: chữ ký của gói bằng thẻ của đơn vị gửi, và mã kiểm tra phần dữ liệu của gói phải trùng với mã
        in trên phiếu này.
      </p>
      <table style={{ width: '100%', marginTop: 24 }}>
        <tbody>
          <tr>
            <td style={{ textAlign: 'center', width: '50%' }}>
              <strong>NGƯỜI GỬI</strong>
              <br />
              <em>(Ký, ghi rõ họ tên)</em>
            </td>
            <td style={{ textAlign: 'center' }}>
              <strong>NGƯỜI NHẬN</strong>
              <br />
              <em>(Ký, ghi rõ họ tên)</em>
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
