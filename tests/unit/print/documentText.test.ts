import { describe, expect, it } from 'vitest';
import {
  categoryRows,
  communeHeading,
  issuerInText,
  mediationOrganisation,
  mediationResults,
  placeDateLine,
  recipientLines,
  reportClosing,
  signatureLines,
  unitType,
} from '../../../renderer/features/print/documentText';
import { registerDates, registerTotals } from '../../../renderer/features/print/registerText';
import { provinceInText } from '../../../db/report/service';
import {
  choiceFromParams,
  choiceToQuery,
  periodOf,
  periodOfChoice,
  reportPrintRoute,
} from '../../../renderer/features/report/period';
import type { MediationRegister } from '../../../shared/mediation/schema';
import type { MediationSection, ReportDocument } from '../../../shared/report/schema';
import { emptyReceptionSections } from '../../../shared/report/emptyReception';
import { emptyPeopleSections } from '../../../shared/report/emptyPeople';

const figures = (over: Partial<MediationSection> = {}): MediationSection => ({
  teams: 3,
  mediators: 12,
  mediatorsFemale: 5,
  mediatorsEthnicMinority: 2,
  received: 2507,
  successful: 1852,
  unsuccessful: 400,
  referred: 55,
  ongoing: 200,
  successRate: 73.87,
  byCategory: {
    dan_su: { received: 1705, successful: 1200 },
    hon_nhan_gia_dinh: { received: 300, successful: 250 },
    mau_thuan: { received: 500, successful: 402 },
    khac: { received: 2, successful: 0 },
  },
  ...over,
});

const doc = (
  header: Partial<ReportDocument['header']> = {},
  role: 'commune' | 'office' = 'commune',
): ReportDocument => ({
  report: {
    schema: 'qcdc.report/1',
    period: { from: '2025-01-01', to: '2025-06-30' },
    scope: { role, communes: role === 'office' ? 2 : 1 },
    mediation: figures(),
    ...emptyReceptionSections(),
    ...emptyPeopleSections('2025-01-01', '2025-06-30'),
    disclosure: {
      catalog: 'LUAT10_2022',
      items: 14,
      events: 20,
      itemsDisclosed: 14,
      communesAllItems: 1,
      shortPostings: 1,
      byForm: {
        niem_yet: 20,
        cong_thong_tin: 0,
        truyen_thanh: 5,
        truong_thon: 0,
        van_ban: 0,
        hoi_nghi: 0,
        tiep_cong_dan: 0,
        to_chuc_doan_the: 0,
        mang_xa_hoi: 0,
      },
      byCatalog: {
        LUAT10_2022: {
          from: '2025-01-01',
          to: '2025-06-30',
          items: 14,
          events: 20,
          itemsDisclosed: 14,
          communesAllItems: 1,
        },
      },
    },
    conventions: {
      communities: 1705,
      withConvention: 1705,
      reviewed: 1200,
      amended: 3,
      recognized: 0,
      recognizedAmendments: 0,
    },
  },
  header: {
    issuer: 'ỦY BAN NHÂN DÂN',
    communeName: 'Xã Tân Hưng',
    province: 'Lạng Sơn',
    placeName: 'Tân Hưng',
    signerTitle: 'CHỦ TỊCH',
    signerName: 'Hoàng Văn Thắng',
    recipients: ['Sở Tư pháp tỉnh Lạng Sơn', 'Lưu: VT'],
    date: '2026-02-05',
    ...header,
  },
});

describe('report wording (Nghị định 30/2020 layout)', () => {
  it('writes the issuing body in capitals, adding the unit type to a bare name', () => {
    expect(communeHeading('Xã Tân Hưng')).toBe('XÃ TÂN HƯNG');
    expect(communeHeading('Phường Đông Kinh')).toBe('PHƯỜNG ĐÔNG KINH');
    expect(communeHeading('Đồng Đăng')).toBe('XÃ ĐỒNG ĐĂNG');
    expect(unitType('Phường Đông Kinh')).toBe('phường');
    expect(unitType('Đặc khu Cô Tô')).toBe('đặc khu');
    expect(issuerInText(doc())).toBe('Ủy ban nhân dân xã Tân Hưng');
  });

  it('builds the place and date line with the leading zeros of the decree', () => {
    expect(placeDateLine('Tân Hưng', '2026-02-05')).toBe('Tân Hưng, ngày 05 tháng 02 năm 2026');
    expect(placeDateLine('Tân Hưng', '2026-11-29')).toBe('Tân Hưng, ngày 29 tháng 11 năm 2026');
    expect(placeDateLine('', '2026-03-01')).toBe('Ngày 01 tháng 3 năm 2026');
  });

  it('states the mediation figures as sentences with Vietnamese number formats', () => {
    expect(mediationOrganisation(figures(), { role: 'commune', communes: 1 })).toBe(
      'Toàn xã có 3 tổ hòa giải với 12 hòa giải viên (5 nữ, 2 người dân tộc thiểu số).',
    );
    expect(mediationOrganisation(figures({ teams: 0, mediators: 0 }), { role: 'commune', communes: 1 }, 'phường')).toBe(
      'Toàn phường chưa có tổ hòa giải nào được thành lập.',
    );
    expect(mediationResults(figures())).toBe(
      'Trong kỳ, các tổ hòa giải đã tiếp nhận 2.507 vụ việc, hòa giải thành 1.852 vụ việc, đạt tỷ lệ 73,87%; ' +
        'hòa giải không thành 400 vụ việc; chuyển cơ quan có thẩm quyền giải quyết 55 vụ việc; ' +
        'đang hòa giải, chưa giải quyết xong 200 vụ việc.',
    );
    expect(mediationResults(figures({ received: 0, successRate: null }))).toBe(
      'Trong kỳ, các tổ hòa giải chưa tiếp nhận vụ việc nào.',
    );
  });

  it('tabulates the categories with a rate per row and a total row', () => {
    const rows = categoryRows(figures());
    expect(rows[0]).toEqual({
      label: 'Tranh chấp phát sinh từ quan hệ dân sự',
      received: '1.705',
      successful: '1.200',
      rate: '70,38%',
    });
    expect(rows[3]!.rate).toBe('0,00%');
    expect(rows[4]).toEqual({ label: 'Tổng cộng', received: '2.507', successful: '1.852', rate: '73,87%' });
    const none = categoryRows(
      figures({ byCategory: { ...figures().byCategory, khac: { received: 0, successful: 0 } } }),
    );
    expect(none[3]!.rate).toBe('—');
  });

  it('lists the recipients one per line, ";" after each and "- Lưu: VT." last', () => {
    expect(recipientLines(['Sở Tư pháp tỉnh Lạng Sơn', 'Lưu: VT', 'Thường trực Đảng ủy xã;'])).toEqual([
      '- Sở Tư pháp tỉnh Lạng Sơn;',
      '- Thường trực Đảng ủy xã;',
      '- Lưu: VT.',
    ]);
    expect(recipientLines(['UBND tỉnh'])).toEqual(['- UBND tỉnh;', '- Lưu: VT.']);
  });

  it('signs "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", or "KT. CHỦ TỊCH" for a vice-chair', () => {
    expect(signatureLines(doc())).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(signatureLines(doc({ signerTitle: 'Phó Chủ tịch' }))).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
    expect(signatureLines(doc({ signerTitle: '' }))).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(signatureLines(doc({ signerTitle: 'Giám đốc', communeName: 'Sở Tư pháp tỉnh Lạng Sơn' }, 'office'))).toEqual(
      ['GIÁM ĐỐC'],
    );
  });

  it('names the default receiving office after the province', () => {
    expect(provinceInText('Lạng Sơn')).toBe('tỉnh Lạng Sơn');
    expect(provinceInText('Hà Nội')).toBe('thành phố Hà Nội');
    expect(provinceInText('Thành phố Huế')).toBe('Thành phố Huế');
    expect(provinceInText(null)).toBe('tỉnh');
  });

  it('closes with the customary "./."', () => {
    expect(reportClosing(doc())).toBe(
      'Trên đây là báo cáo kết quả thực hiện dân chủ ở cơ sở từ ngày 01/01/2025 đến ngày 30/06/2025 của Ủy ban nhân dân xã Tân Hưng./.',
    );
  });
});

describe('report periods', () => {
  it('gives the quick choices of a year', () => {
    expect(periodOf('year', 2025)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodOf('h1', 2025)).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(periodOf('h2', 2025)).toEqual({ from: '2025-07-01', to: '2025-12-31' });
    expect(periodOf('q1', 2024)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodOf('q3', 2025)).toEqual({ from: '2025-07-01', to: '2025-09-30' });
    expect(periodOf('custom', 2025)).toBeNull();
    expect(reportPrintRoute({ from: '2025-01-01', to: '2025-06-30' })).toBe(
      '/print/report?from=2025-01-01&to=2025-06-30',
    );
  });

  it('keeps the choice in the page address, defaulting to the whole current year', () => {
    const none = choiceFromParams(new URLSearchParams(''), 2026);
    expect(none).toEqual({ kind: 'year', year: 2026, from: null, to: null });
    expect(periodOfChoice(none)).toEqual({ from: '2026-01-01', to: '2026-12-31' });

    const h1 = { kind: 'h1', year: 2025, from: null, to: null } as const;
    expect(choiceToQuery(h1)).toBe('kind=h1&year=2025');
    expect(choiceFromParams(new URLSearchParams(choiceToQuery(h1)), 2026)).toEqual(h1);

    const custom = { kind: 'custom', year: 2026, from: '2025-12-15', to: '2026-06-14' } as const;
    expect(periodOfChoice(choiceFromParams(new URLSearchParams(choiceToQuery(custom)), 2026))).toEqual({
      from: '2025-12-15',
      to: '2026-06-14',
    });
    expect(periodOfChoice({ ...custom, to: null })).toBeNull();
    expect(choiceFromParams(new URLSearchParams('kind=bogus&year=abc&from=31/12/2025'), 2026)).toEqual(none);
  });
});

describe('register cover and totals', () => {
  const row = (no: number, receivedOn: string, successful: boolean, unsuccessful: boolean) => ({
    no,
    caseId: `c${no}`,
    receivedOn,
    mediators: '',
    parties: '',
    summary: '',
    agreement: '',
    successful,
    unsuccessful,
    note: '',
  });
  const register = (from: string | null, to: string | null): MediationRegister => ({
    province: 'Lạng Sơn',
    commune: 'Xã Tân Hưng',
    community: 'Thôn Nà Lầu',
    team: 'Tổ hòa giải Thôn Nà Lầu',
    leader: null,
    from,
    to,
    rows: [row(1, '2025-03-05', true, false), row(2, '2025-04-01', false, true), row(3, '2025-05-09', false, false)],
    summary: [],
  });

  it('opens and closes on the period, else on the first and last case', () => {
    expect(registerDates(register('2025-01-01', '2025-12-31'))).toEqual({ opened: '2025-01-01', closed: '2025-12-31' });
    expect(registerDates(register(null, null))).toEqual({ opened: '2025-03-05', closed: '2025-05-09' });
    expect(registerDates({ ...register(null, null), rows: [] })).toEqual({ opened: null, closed: null });
  });

  it('counts each case once for the team', () => {
    expect(registerTotals(register(null, null))).toContain(
      'Tổng số vụ việc tổ hòa giải đã tiếp nhận: 3 vụ việc (hòa giải thành 1; hòa giải không thành 1; đang hòa giải hoặc chuyển cơ quan có thẩm quyền 1).',
    );
  });
});
