import type { ReceptionRegister } from '../../../shared/reception/schema';
import { formatDate } from '../../../shared/util/format';
import { useRoute } from '../../src/router';
import { GridTable } from './documentParts';
import { PrintPage } from './PrintPage';
import { REGISTER_CSS } from './printCss';
import { useCallValue } from './useCallValue';

/**
 * `#/print/reception-register?from=&to=`: the Sổ tiếp công dân (Mẫu số 03, Thông tư 04/2021/TT-TTCP;
 * domain.md §C.2) on A4 landscape, in the form's 12 columns. A denunciation's row names no one.
 */
export function ReceptionRegisterPrint() {
  const { params } = useRoute();
  const from = params.get('from') || null;
  const to = params.get('to') || null;
  const loaded = useCallValue('reception.register', { from, to });
  return (
    <PrintPage
      title="Sổ tiếp công dân"
      loaded={loaded}
      pdfName={['so-tiep-cong-dan', from, to].filter(Boolean).join('-') + '.pdf'}
      backTo="/reception/visits"
      css={REGISTER_CSS}
    >
      {(register) => <ReceptionRegisterView register={register} />}
    </PrintPage>
  );
}

function period(register: ReceptionRegister): string {
  if (register.from && register.to) return `Từ ngày ${formatDate(register.from)} đến ngày ${formatDate(register.to)}`;
  if (register.from) return `Từ ngày ${formatDate(register.from)}`;
  if (register.to) return `Đến ngày ${formatDate(register.to)}`;
  return '';
}

const HEADERS = [
  'STT',
  'Ngày tiếp',
  'Họ tên - Địa chỉ',
  'CMND/Hộ chiếu (số định danh cá nhân) của công dân',
  'Nội dung vụ việc',
  'Phân loại đơn / Số người',
  'Cơ quan đã giải quyết',
];

/** The register's rows under the form's two-level header (Hướng xử lý: columns 8–10). */
export function ReceptionRegisterView({ register }: { register: ReceptionRegister }) {
  return (
    <div className="register-pages">
      <div className="sheet landscape" data-testid="reception-register">
        <div className="part-title">
          {register.commune.toLocaleUpperCase('vi')}
          {register.province ? ` — ${register.province.toLocaleUpperCase('vi')}` : ''}
        </div>
        <div className="part-title">SỔ TIẾP CÔNG DÂN</div>
        {period(register) ? <p style={{ textAlign: 'center' }}>{period(register)}</p> : null}
        <GridTable className="register" widths={[4, 9, 13, 9, 15, 9, 8, 6, 6, 8, 8, 5]}>
          <thead>
            <tr>
              {HEADERS.map((h) => (
                <th key={h} rowSpan={2}>
                  {h}
                </th>
              ))}
              <th colSpan={3}>Hướng xử lý</th>
              <th rowSpan={2}>Theo dõi kết quả giải quyết</th>
              <th rowSpan={2}>Ghi chú</th>
            </tr>
            <tr>
              <th>Thụ lý để giải quyết</th>
              <th>Trả lại đơn và hướng dẫn</th>
              <th>Chuyển đơn đến cơ quan, tổ chức, đơn vị có thẩm quyền</th>
            </tr>
            <tr className="col-numbers">
              {Array.from({ length: 12 }, (_, i) => (
                <th key={i}>({i + 1})</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {register.rows.length === 0 && (
              <tr>
                <td className="empty" colSpan={12}>
                  Không có lượt tiếp nào trong thời gian này.
                </td>
              </tr>
            )}
            {register.rows.map((row) => (
              <tr key={row.visitId} data-testid="reception-register-row">
                <td className="no">{row.no}</td>
                <td className="num">{formatDate(row.receivedOn)}</td>
                <td>{row.nameAddress}</td>
                <td>{row.idNumber}</td>
                <td>{row.summary}</td>
                <td>{row.classification}</td>
                <td>{row.resolvedBy}</td>
                <td className="mark">{row.accepted ? 'x' : ''}</td>
                <td className="mark">{row.returned ? 'x' : ''}</td>
                <td className="mark">{row.forwarded === null ? '' : row.forwarded || 'x'}</td>
                <td>{row.followUp}</td>
                <td>{row.note}</td>
              </tr>
            ))}
          </tbody>
        </GridTable>
      </div>
    </div>
  );
}
