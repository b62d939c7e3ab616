import { describe, expect, it } from 'vitest';
import {
  changeWords,
  comparisonSentence,
  consultationSentences,
  decisionSentences,
  supervisionBodySentences,
} from '../../../renderer/features/print/peopleText';
import { emptyPeopleSections } from '../../../shared/report/emptyPeople';

describe('the printed report’s v2 sentences', () => {
  it('states the change against the same period a year earlier, only where the earlier figure is not zero', () => {
    expect(changeWords(2507, 2659)).toBe('giảm 5,7% (từ 2.659 xuống 2.507)');
    expect(changeWords(26, 19)).toBe('tăng 36,8% (từ 19 lên 26)');
    expect(changeWords(20, 10)).toBe('tăng 100% (từ 10 lên 20)');
    expect(changeWords(7, 7)).toBe('bằng cùng kỳ (7)');
    expect(changeWords(5, 0)).toBeNull();
    expect(comparisonSentence([{ label: 'số vụ việc', now: 5, before: 0 }])).toEqual([]);
  });

  it('words the decisions, consultations and supervision bodies of a commune', () => {
    const base = emptyPeopleSections('2026-01-01', '2026-06-30');
    const report = {
      ...base,
      scope: { role: 'commune' as const, communes: 1 },
      period: { from: '2026-01-01', to: '2026-06-30' },
      decisions: {
        ...base.decisions,
        held: 3,
        adopted: 1,
        notAdopted: 1,
        noQuorum: 1,
        communities: 2,
        resultsPublished: 1,
        byForm: { hoi_nghi: 2, phieu: 1, ket_hop: 0 },
        byMatter: { ...base.decisions.byMatter, quy_cong_dong: { held: 3, adopted: 1 } },
      },
      previous: { ...base.previous, decisions: { ...base.previous.decisions, held: 2 } },
      consultations: {
        ...base.consultations,
        held: 2,
        opinions: 49,
        accepted: 31,
        acceptedRate: 63.27,
        resultsPublished: 1,
      },
      supervisionBodies: { ban_ttnd: { active: 1, members: 5 }, ban_gsdtcd: { active: 0, members: 0 } },
      supervisionRecommendations: { made: 4, resolved: 3, resolvedRate: 75 },
    };
    const decisions = decisionSentences(report).join(' ');
    expect(decisions).toContain('2 thôn, tổ dân phố đã tổ chức để Nhân dân bàn và quyết định trực tiếp 3 việc');
    expect(decisions).toContain('1 việc không đủ số hộ dự họp; đã công khai kết quả 1/3 việc');
    expect(decisions).toContain('So với cùng kỳ năm trước: số việc Nhân dân bàn và quyết định tăng 50% (từ 2 lên 3).');
    expect(consultationSentences(report).join(' ')).toContain(
      'nhận được 49 ý kiến, tiếp thu 31 ý kiến, đạt tỷ lệ 63,27%',
    );
    const supervision = supervisionBodySentences(report).join(' ');
    expect(supervision).toContain('Đến ngày 30/06/2026, Ban thanh tra nhân dân đang hoạt động với 5 thành viên');
    expect(supervision).toContain('chưa có Ban giám sát đầu tư của cộng đồng đang hoạt động');
    expect(supervision).toContain('giải quyết 3/4 kiến nghị, đạt tỷ lệ 75,00%');
  });
});
