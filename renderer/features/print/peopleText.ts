import { CONSULTATION_MATTER_LABELS, CONSULTATION_MATTERS } from '../../../shared/consultation/codes';
import { DECISION_MATTER_LABELS, DECISION_MATTERS } from '../../../shared/decision/codes';
import { SUPERVISION_BODY_LABELS } from '../../../shared/i18n/vi';
import { SUPERVISION_BODIES } from '../../../shared/reception/codes';
import type { CommuneSections, Report } from '../../../shared/report/schema';
import { formatDate, formatNumber, formatPercent } from '../../../shared/util/format';

/**
 * The words of the report's v2 sections (reports.md): "Nhân dân bàn và quyết định", "Nhân dân tham
 * gia ý kiến", "Nhân dân kiểm tra, giám sát", and the comparison with the same period a year earlier
 * ("so với cùng kỳ": "giảm 5,7%", "tăng 36,8%").
 */

const n = formatNumber;

/**
 * "tăng 36,8% (từ 19 lên 26)" / "giảm 5,7% (…)" / "bằng cùng kỳ"; null when the earlier figure is 0
 * (reports.md: the change is stated only where the earlier figure is not zero).
 */
export function changeWords(now: number, before: number): string | null {
  if (before === 0) return null;
  if (now === before) return `bằng cùng kỳ (${n(now)})`;
  const percent = n((Math.abs(now - before) * 100) / before, 1).replace(/,0$/, '');
  return now > before
    ? `tăng ${percent}% (từ ${n(before)} lên ${n(now)})`
    : `giảm ${percent}% (từ ${n(before)} xuống ${n(now)})`;
}

/** One "so với cùng kỳ" sentence over a few figures; empty when no earlier figure is above zero. */
export function comparisonSentence(items: readonly { label: string; now: number; before: number }[]): string[] {
  const parts = items
    .map((i) => ({ label: i.label, words: changeWords(i.now, i.before) }))
    .filter((p): p is { label: string; words: string } => p.words !== null)
    .map((p) => `${p.label} ${p.words}`);
  return parts.length ? [`So với cùng kỳ năm trước: ${parts.join('; ')}.`] : [];
}

/** The comparison sentences of the mediation and reception sections. */
export function mediationComparison(report: Pick<CommuneSections, 'mediation' | 'previous'>): string[] {
  const [m, p] = [report.mediation, report.previous.mediation];
  return comparisonSentence([
    { label: 'số vụ việc tiếp nhận', now: m.received, before: p.received },
    { label: 'số vụ việc hòa giải thành', now: m.successful, before: p.successful },
  ]);
}

/** The comparison sentence of the reception section. */
export function receptionComparison(report: Pick<CommuneSections, 'reception' | 'previous'>): string[] {
  const [r, p] = [report.reception, report.previous.reception];
  return comparisonSentence([
    { label: 'số lượt tiếp công dân', now: r.visits, before: p.visits },
    { label: 'số đơn khiếu nại, tố cáo', now: r.complaintsAndDenunciations, before: p.complaintsAndDenunciations },
    { label: 'số đơn kiến nghị, phản ánh', now: r.proposals, before: p.proposals },
  ]);
}

/** "Nhân dân bàn và quyết định" (Luật 10/2022, Chương II Mục 2). */
export function decisionSentences(report: Pick<Report, 'decisions' | 'previous' | 'scope' | 'communesWith'>): string[] {
  const d = report.decisions;
  if (d.held === 0) {
    return [
      'Trong kỳ, chưa có việc nào được ghi nhận là Nhân dân ở thôn, tổ dân phố bàn và quyết định trực tiếp.',
      ...comparisonSentence([
        { label: 'số việc Nhân dân bàn và quyết định', now: 0, before: report.previous.decisions.held },
      ]),
    ];
  }
  const matters = DECISION_MATTERS.filter((m) => d.byMatter[m].held > 0).map(
    (m) =>
      `${DECISION_MATTER_LABELS[m].toLocaleLowerCase('vi')}: ${n(d.byMatter[m].held)} việc (thông qua ${n(d.byMatter[m].adopted)})`,
  );
  const office = report.scope.role === 'office';
  return [
    `Trong kỳ, ${n(d.communities)} thôn, tổ dân phố${office ? ` của ${n(report.communesWith.decision)}/${n(report.scope.communes)} xã, phường, đặc khu` : ''} ` +
      `đã tổ chức để Nhân dân bàn và quyết định trực tiếp ${n(d.held)} việc (${n(d.byForm.hoi_nghi)} việc bằng hội nghị, ` +
      `${n(d.byForm.phieu)} việc bằng phát phiếu, ${n(d.byForm.ket_hop)} việc kết hợp hội nghị và phát phiếu).`,
    `Kết quả: ${n(d.adopted)} việc được trên một nửa tổng số hộ tán thành, ${n(d.notAdopted)} việc không được thông qua, ` +
      `${n(d.noQuorum)} việc không đủ số hộ dự họp; đã công khai kết quả ${n(d.resultsPublished)}/${n(d.held)} việc.`,
    `Theo nội dung: ${matters.join('; ')}.`,
    ...comparisonSentence([
      { label: 'số việc Nhân dân bàn và quyết định', now: d.held, before: report.previous.decisions.held },
    ]),
  ];
}

/** "Nhân dân tham gia ý kiến" (Luật 10/2022, Chương II Mục 3). */
export function consultationSentences(report: Pick<Report, 'consultations' | 'scope' | 'communesWith'>): string[] {
  const c = report.consultations;
  if (c.held === 0) return ['Trong kỳ, chưa có đợt lấy ý kiến Nhân dân nào được ghi nhận.'];
  const matters = CONSULTATION_MATTERS.filter((m) => c.byMatter[m] > 0).map(
    (m) => `${CONSULTATION_MATTER_LABELS[m].toLocaleLowerCase('vi')} ${n(c.byMatter[m])} đợt`,
  );
  const office = report.scope.role === 'office';
  return [
    `Trong kỳ, ${office ? `${n(report.communesWith.consultation)}/${n(report.scope.communes)} xã, phường, đặc khu ` : ''}` +
      `đã tổ chức ${n(c.held)} đợt lấy ý kiến Nhân dân (${matters.join(', ')}), nhận được ${n(c.opinions)} ý kiến, ` +
      `tiếp thu ${n(c.accepted)} ý kiến, đạt tỷ lệ ${formatPercent(c.acceptedRate)}.`,
    `Đã công khai kết quả tiếp thu, giải trình ${n(c.resultsPublished)}/${n(c.held)} đợt.`,
  ];
}

/** "Nhân dân kiểm tra, giám sát" (Luật 10/2022, Chương II Mục 4): the bodies at `to`, the recommendations. */
export function supervisionBodySentences(
  report: Pick<Report, 'supervisionBodies' | 'supervisionRecommendations' | 'scope' | 'communesWith' | 'period'>,
): string[] {
  const b = report.supervisionBodies;
  const r = report.supervisionRecommendations;
  const at = formatDate(report.period.to);
  const bodies =
    report.scope.role === 'office'
      ? `Đến ngày ${at}, ${n(report.communesWith.banTtnd)}/${n(report.scope.communes)} xã, phường, đặc khu có ${SUPERVISION_BODY_LABELS.ban_ttnd} ` +
        `(${n(b.ban_ttnd.members)} thành viên); có ${n(b.ban_gsdtcd.active)} ${SUPERVISION_BODY_LABELS.ban_gsdtcd} (${n(b.ban_gsdtcd.members)} thành viên).`
      : `Đến ngày ${at}, ${SUPERVISION_BODIES.map((k) =>
          b[k].active > 0
            ? `${SUPERVISION_BODY_LABELS[k]} đang hoạt động với ${n(b[k].members)} thành viên`
            : `chưa có ${SUPERVISION_BODY_LABELS[k]} đang hoạt động`,
        ).join('; ')}.`;
  return [
    bodies,
    r.made === 0
      ? 'Các cuộc giám sát trong kỳ chưa ghi nhận kiến nghị nào.'
      : `Qua giám sát, đã kiến nghị ${n(r.made)} nội dung; cơ quan có thẩm quyền đã xem xét, giải quyết ${n(r.resolved)}/${n(r.made)} kiến nghị, đạt tỷ lệ ${formatPercent(r.resolvedRate)}.`,
  ];
}
