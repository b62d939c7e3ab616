import { catalogOf } from '../../../shared/disclosure/catalog';
import type { ConventionsSection, DisclosureSection } from '../../../shared/report/schema';
import { formatNumber } from '../../../shared/util/format';

/** The disclosure sentences of the printed report (reports.md § disclosure). */
export function disclosureText(
  d: DisclosureSection,
  scope: { role: 'commune' | 'office'; communes: number },
): string[] {
  const basis = catalogOf(d.catalog).basis;
  const lines: string[] = [];
  if (scope.role === 'office') {
    lines.push(
      `Thực hiện công khai theo ${basis} (${formatNumber(d.items)} nội dung): ${formatNumber(d.communesAllItems)}/${formatNumber(scope.communes)} xã, phường, đặc khu thực hiện công khai đủ ${formatNumber(d.items)} nội dung; tổng số nội dung đã công khai là ${formatNumber(d.itemsDisclosed)}.`,
    );
  } else {
    lines.push(
      d.itemsDisclosed === d.items
        ? `Thực hiện công khai đủ ${formatNumber(d.items)}/${formatNumber(d.items)} nội dung theo ${basis}.`
        : `Thực hiện công khai ${formatNumber(d.itemsDisclosed)}/${formatNumber(d.items)} nội dung theo ${basis}.`,
    );
  }
  lines.push(
    `Trong kỳ có ${formatNumber(d.events)} lần công khai` +
      (d.shortPostings > 0
        ? `, trong đó ${formatNumber(d.shortPostings)} lần niêm yết chưa đủ 30 ngày hoặc chưa ghi thời gian niêm yết.`
        : '.'),
  );
  return lines;
}

/** The convention sentence of the printed report (reports.md § conventions). */
export function conventionsText(c: ConventionsSection): string[] {
  return [
    `${formatNumber(c.withConvention)}/${formatNumber(c.communities)} thôn, tổ dân phố có hương ước, quy ước đang có hiệu lực.`,
    `Trong kỳ, ${formatNumber(c.reviewed)} thôn, tổ dân phố đã rà soát hương ước, quy ước; ${formatNumber(c.amended)} lượt rà soát đề nghị sửa đổi, bổ sung hoặc thay thế.`,
  ];
}
