import { describe, expect, it } from 'vitest';
import { dialogueSupervisionSentences, receptionSentences } from '../../../renderer/features/print/receptionText';
import { emptyReception } from '../../../shared/report/emptyReception';

describe('report wording of citizen reception (reports.md)', () => {
  it("follows the provincial reports' phrasing with Vietnamese number formats", () => {
    const r = {
      ...emptyReception(),
      sessions: 372,
      sessionsByHost: { chu_tich_ubnd: 300, bi_thu: 72, dai_bieu_hdnd: 0, cong_chuc: 0 },
      visits: 1411,
      citizens: 1705,
      groupVisits: 3,
      visitsByHost: { chu_tich_ubnd: 1000, bi_thu: 411, dai_bieu_hdnd: 0, cong_chuc: 0 },
      visitsByContent: { khieu_nai: 700, to_cao: 11, kien_nghi: 600, phan_anh: 100 },
      complaintsAndDenunciations: 170,
      inCompetence: 162,
      inCompetenceByContent: { khieu_nai: 147, to_cao: 15 },
      resolved: 100,
      resolvedByContent: { khieu_nai: 88, to_cao: 12 },
      resolvedRate: 61.73,
      proposals: 45,
      overdue: 2,
    };
    const text = receptionSentences(r, '2025-12-31');
    expect(text[0]).toBe(
      'Trong kỳ, đã tổ chức 372 kỳ tiếp công dân (Chủ tịch UBND xã 300 kỳ, Bí thư Đảng ủy xã 72 kỳ), ' +
        'tiếp 1.411 lượt với 1.705 người (Chủ tịch UBND xã 1.000 lượt, Bí thư Đảng ủy xã 411 lượt), trong đó có 3 đoàn đông người.',
    );
    expect(text[2]).toBe(
      'Tiếp nhận 170 đơn khiếu nại, tố cáo; đơn thuộc thẩm quyền là 162 đơn (147 khiếu nại, 15 tố cáo), ' +
        'đã giải quyết được 100/162 đơn (88 khiếu nại, 12 tố cáo), đạt tỷ lệ 61,73%.',
    );
    expect(text.at(-1)).toBe('Số đơn đã thụ lý quá hạn giải quyết tính đến ngày 31/12/2025: 2 đơn.');
  });

  it('says plainly when nothing was recorded, with no rate', () => {
    const text = receptionSentences(emptyReception(), '2025-12-31');
    expect(text[0]).toContain('chưa có kỳ tiếp công dân');
    expect(text.join(' ')).toContain('đạt tỷ lệ —');
    expect(dialogueSupervisionSentences({ dialogues: 2, supervisions: { ban_ttnd: 1, ban_gsdtcd: 0 } })).toEqual([
      'Tổ chức 2 hội nghị đối thoại với Nhân dân.',
      'Ban thanh tra nhân dân thực hiện 1 cuộc giám sát.',
      'Ban giám sát đầu tư của cộng đồng thực hiện 0 cuộc giám sát.',
    ]);
  });
});
