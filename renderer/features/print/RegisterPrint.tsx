import type { MediationRegister } from '../../../shared/mediation/schema';
import { CASE_CATEGORIES } from '../../../shared/mediation/codes';
import { CASE_CATEGORY_SHORT } from '../../../shared/i18n/vi';
import { formatDate, formatNumber } from '../../../shared/util/format';
import { useRoute } from '../../src/router';
import { GridTable, NationalMotto } from './documentParts';
import { PrintPage } from './PrintPage';
import { REGISTER_CSS } from './printCss';
import { registerDates, registerTotals } from './registerText';
import { useCallValue } from './useCallValue';

/**
 * `#/print/register?teamId=&from=&to=`: the Sổ theo dõi hoạt động hòa giải ở cơ sở of one team
 * (domain.md §B.4): a portrait cover, then Phần I and Phần II on landscape pages.
 */
export function RegisterPrint() {
  const { params } = useRoute();
  const teamId = params.get('teamId') ?? '';
  const from = params.get('from') || null;
  const to = params.get('to') || null;
  const loaded = useCallValue(teamId ? 'mediation.register' : null, { teamId, from, to });
  const state = teamId ? loaded : ({ status: 'error', message: 'Chưa chọn tổ hòa giải để in sổ.' } as const);
  return (
    <PrintPage
      title="Sổ theo dõi hoạt động hòa giải ở cơ sở"
      loaded={state}
      pdfName={['so-theo-doi-hoa-giai', from, to].filter(Boolean).join('-') + '.pdf'}
      backTo="/mediation"
      css={REGISTER_CSS}
    >
      {(register) => <RegisterView register={register} />}
    </PrintPage>
  );
}

function CoverField({ label, value }: { label: string; value: string }) {
  return (
    <>
      <span className="label">{label}:</span>
      <span className="value">{value}</span>
    </>
  );
}

/** The register: cover, Phần I (one row per case, the 10 columns of the MOJ form), Phần II (per mediator). */
export function RegisterView({ register }: { register: MediationRegister }) {
  const dates = registerDates(register);
  const totals = registerTotals(register);
  return (
    <>
      <div className="sheet">
        <div className="cover">
          <div className="cover-nation">
            <NationalMotto />
          </div>
          <div className="cover-title">
            SỔ THEO DÕI
            <br />
            HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ
          </div>
          <div className="cover-fields">
            <CoverField label="Tỉnh, thành phố" value={register.province} />
            <CoverField label="Xã, phường, đặc khu" value={register.commune} />
            <CoverField label="Thôn / tổ dân phố" value={register.community} />
            <CoverField label="Tổ hòa giải" value={register.team} />
            <CoverField label="Quyển số" value="" />
            <CoverField label="Mở ngày" value={formatDate(dates.opened)} />
            <CoverField label="Khóa ngày" value={formatDate(dates.closed)} />
          </div>
        </div>
      </div>

      <div className="register-pages">
        <div className="sheet landscape">
          <div className="part-title">PHẦN I. GHI CHÉP CỦA HÒA GIẢI VIÊN</div>
          <GridTable className="register" widths={[4, 9, 12, 14, 17, 15, 6, 6, 10, 7]}>
            <thead>
              <tr>
                <th rowSpan={2}>STT</th>
                <th rowSpan={2}>Ngày, tháng, năm nhận vụ, việc hòa giải</th>
                <th rowSpan={2}>Họ và tên hòa giải viên, người được mời tham gia hòa giải (nếu có)</th>
                <th rowSpan={2}>Họ tên, tuổi, địa chỉ các bên, người có quyền, nghĩa vụ liên quan (nếu có)</th>
                <th rowSpan={2}>Nội dung chủ yếu của vụ, việc</th>
                <th rowSpan={2}>Thỏa thuận của các bên (hoặc yêu cầu của mỗi bên) sau khi hòa giải</th>
                <th colSpan={2}>Kết quả</th>
                <th rowSpan={2}>Chữ ký (hòa giải viên; người chứng kiến; người được mời tham gia)</th>
                <th rowSpan={2}>Ghi chú</th>
              </tr>
              <tr>
                <th>Hòa giải thành</th>
                <th>Hòa giải không thành</th>
              </tr>
              <tr className="col-numbers">
                {Array.from({ length: 10 }, (_, i) => (
                  <th key={i}>({i + 1})</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {register.rows.length === 0 && (
                <tr>
                  <td className="empty" colSpan={10}>
                    Không có vụ việc nào trong thời gian này.
                  </td>
                </tr>
              )}
              {register.rows.map((row) => (
                <tr key={row.caseId}>
                  <td className="no">{row.no}</td>
                  <td className="num">{formatDate(row.receivedOn)}</td>
                  <td>{row.mediators}</td>
                  <td>{row.parties}</td>
                  <td>{row.summary}</td>
                  <td>{row.agreement}</td>
                  <td className="mark">{row.successful ? 'x' : ''}</td>
                  <td className="mark">{row.unsuccessful ? 'x' : ''}</td>
                  <td />
                  <td>{row.note}</td>
                </tr>
              ))}
            </tbody>
          </GridTable>
        </div>

        <div className="sheet landscape">
          <div className="part-title">PHẦN II. THEO DÕI, TỔNG HỢP CỦA TỔ TRƯỞNG TỔ HÒA GIẢI</div>
          <GridTable className="register" unit="vụ việc" widths={[5, 21, ...CASE_CATEGORIES.map(() => 10), 9, 9, 9, 7]}>
            <thead>
              <tr>
                <th rowSpan={2}>STT</th>
                <th rowSpan={2}>Hòa giải viên tiến hành hòa giải</th>
                <th colSpan={CASE_CATEGORIES.length}>Vụ, việc chia theo phạm vi hòa giải</th>
                <th colSpan={3}>Kết quả hòa giải</th>
                <th rowSpan={2}>Ghi chú</th>
              </tr>
              <tr>
                {CASE_CATEGORIES.map((c) => (
                  <th key={c}>{CASE_CATEGORY_SHORT[c]}</th>
                ))}
                <th>Hòa giải thành</th>
                <th>Hòa giải không thành</th>
                <th>Đang hòa giải, chuyển cơ quan khác</th>
              </tr>
            </thead>
            <tbody>
              {register.summary.length === 0 && (
                <tr>
                  <td className="empty" colSpan={CASE_CATEGORIES.length + 6}>
                    Không có vụ việc nào trong thời gian này.
                  </td>
                </tr>
              )}
              {register.summary.map((s, i) => (
                <tr key={s.mediator}>
                  <td className="no">{i + 1}</td>
                  <td>{s.mediator}</td>
                  {CASE_CATEGORIES.map((c) => (
                    <td key={c} className="num">
                      {formatNumber(s.byCategory[c] ?? 0)}
                    </td>
                  ))}
                  <td className="num">{formatNumber(s.successful)}</td>
                  <td className="num">{formatNumber(s.unsuccessful)}</td>
                  <td className="num">{formatNumber(s.other)}</td>
                  <td />
                </tr>
              ))}
            </tbody>
          </GridTable>
          <p className="register-summary">{totals}</p>
          <div className="team-signer">
            <div />
            <div className="signer">
              <div>TỔ TRƯỞNG TỔ HÒA GIẢI</div>
              <div className="hint">(Ký, ghi rõ họ tên)</div>
              <div className="sign-space" />
              {register.leader && <div>{register.leader}</div>}
            </div>
          </div>
        </div>
      </div>
    </>
  );
}
