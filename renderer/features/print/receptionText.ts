import { HOST_LABELS, SUPERVISION_BODY_LABELS } from '../../../shared/i18n/vi';
import { HOSTS, SUPERVISION_BODIES } from '../../../shared/reception/codes';
import { petitionsReceived } from '../../../shared/report/reception';
import type { CommuneSections, ReceptionSection } from '../../../shared/report/schema';
import { formatDate, formatNumber, formatPercent } from '../../../shared/util/format';

/**
 * The words of the report's reception, dialogue and supervision sections (reports.md), in the
 * provincial reports' phrasing: "… là 162 đơn (147 khiếu nại, 15 tố cáo), đã giải quyết được
 * 100/162 đơn (88 khiếu nại, 12 tố cáo), đạt tỷ lệ 61,73%".
 */

const n = formatNumber;

function byHost(counts: ReceptionSection['sessionsByHost'], unit: string): string {
  const parts = HOSTS.filter((h) => counts[h] > 0).map((h) => `${HOST_LABELS[h]} ${n(counts[h])} ${unit}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** The reception sentences, in the order of reports.md § reception. */
export function receptionSentences(r: ReceptionSection, to: string): string[] {
  const out: string[] = [];
  out.push(
    r.sessions === 0 && r.visits === 0
      ? 'Trong kỳ, chưa có kỳ tiếp công dân hay lượt tiếp công dân nào được ghi nhận.'
      : `Trong kỳ, đã tổ chức ${n(r.sessions)} kỳ tiếp công dân${byHost(r.sessionsByHost, 'kỳ')}, ` +
          `tiếp ${n(r.visits)} lượt với ${n(r.citizens)} người${byHost(r.visitsByHost, 'lượt')}, ` +
          `trong đó có ${n(r.groupVisits)} đoàn đông người.`,
  );
  if (r.visits > 0) {
    const c = r.visitsByContent;
    out.push(
      `Nội dung các lượt tiếp: ${n(c.khieu_nai)} khiếu nại, ${n(c.to_cao)} tố cáo, ${n(c.kien_nghi)} kiến nghị, ${n(c.phan_anh)} phản ánh.`,
    );
  }
  const inC = r.inCompetenceByContent;
  const res = r.resolvedByContent;
  out.push(
    `Tiếp nhận ${n(r.complaintsAndDenunciations)} đơn khiếu nại, tố cáo; đơn thuộc thẩm quyền là ${n(r.inCompetence)} đơn ` +
      `(${n(inC.khieu_nai)} khiếu nại, ${n(inC.to_cao)} tố cáo), đã giải quyết được ${n(r.resolved)}/${n(r.inCompetence)} đơn ` +
      `(${n(res.khieu_nai)} khiếu nại, ${n(res.to_cao)} tố cáo), đạt tỷ lệ ${formatPercent(r.resolvedRate)}.`,
  );
  if (r.complex.received > 0)
    out.push(`Giải quyết xong ${n(r.complex.resolved)}/${n(r.complex.received)} vụ việc phức tạp, kéo dài.`);
  out.push(`Tiếp nhận ${n(r.proposals)} đơn kiến nghị, phản ánh.`);
  out.push(handlingSentence(r));
  if (r.visits > 0) out.push(`Số người được tiếp${byHost(r.citizensByHost, 'người')}.`);
  out.push(chairSentence(r.chairWeeks));
  if (r.missingAcceptedOn > 0)
    out.push(
      `Có ${n(r.missingAcceptedOn)} đơn đã thụ lý nhưng chưa ghi ngày thụ lý: hạn giải quyết của các đơn này được tính từ ngày cuối của hạn thụ lý.`,
    );
  out.push(`Số đơn đã thụ lý quá hạn giải quyết tính đến ngày ${formatDate(to)}: ${n(r.overdue)} đơn.`);
  return out;
}

/** "Tổng số đơn tiếp nhận 911 đơn: thụ lý 95, …" (the seed's 911 đơn = 95 / 552 / 264). */
function handlingSentence(r: ReceptionSection): string {
  const h = r.petitionsByHandling;
  return (
    `Tổng số đơn tiếp nhận trong kỳ là ${n(petitionsReceived(r))} đơn: thụ lý giải quyết ${n(h.thu_ly)} đơn, ` +
    `trả lại và hướng dẫn ${n(h.tra_lai_huong_dan)} đơn, chuyển đơn ${n(h.chuyen_don)} đơn, lưu đơn ${n(h.luu_don)} đơn.`
  );
}

/** The Chủ tịch UBND's weekly reception against the weeks of the period (Luật Tiếp công dân 2013, Điều 15(2)). */
function chairSentence(w: ReceptionSection['chairWeeks']): string {
  return (
    `Chủ tịch UBND trực tiếp tiếp công dân trong ${n(w.held)}/${n(w.weeks)} tuần của kỳ ` +
    `(quy định ít nhất 01 ngày trong 01 tuần, Luật Tiếp công dân 2013, Điều 15).`
  );
}

/** The dialogue and supervision sentences. */
export function dialogueSupervisionSentences(s: Pick<CommuneSections, 'dialogues' | 'supervisions'>): string[] {
  return [
    `Tổ chức ${n(s.dialogues)} hội nghị đối thoại với Nhân dân.`,
    ...SUPERVISION_BODIES.map((b) => `${SUPERVISION_BODY_LABELS[b]} thực hiện ${n(s.supervisions[b])} cuộc giám sát.`),
  ];
}
