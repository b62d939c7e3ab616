import { CATALOGS, catalogOf } from '../../../shared/disclosure/catalog';
import { DISCLOSURE_FORM_LABELS, DISCLOSURE_FORMS } from '../../../shared/disclosure/codes';
import type { ConventionsSection, DisclosureSection } from '../../../shared/report/schema';
import { formatDate, formatNumber } from '../../../shared/util/format';

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
  const spanning = catalogParts(d);
  if (spanning) lines.push(spanning);
  const forms = DISCLOSURE_FORMS.filter((f) => d.byForm[f] > 0).map(
    (f) => `${DISCLOSURE_FORM_LABELS[f].toLocaleLowerCase('vi')} ${formatNumber(d.byForm[f])} lần`,
  );
  if (forms.length > 0) lines.push(`Hình thức công khai: ${forms.join('; ')}.`);
  return lines;
}

/**
 * A period that spans a change of catalog (01/7/2023) counts each disclosure against the catalog in
 * force on its own date, and says so; null when one catalog covers the whole period.
 */
function catalogParts(d: DisclosureSection): string | null {
  const parts = CATALOGS.flatMap((code) => {
    const part = d.byCatalog[code];
    return part ? [{ code, ...part }] : [];
  });
  if (parts.length < 2) return null;
  const text = parts.map(
    (p) =>
      `từ ${formatDate(p.from)} đến ${formatDate(p.to)} theo ${catalogOf(p.code).basis}: ${formatNumber(p.itemsDisclosed)}/${formatNumber(p.items)} nội dung, ${formatNumber(p.events)} lần công khai`,
  );
  return `Kỳ báo cáo có hai danh mục công khai; mỗi lần công khai được tính theo danh mục có hiệu lực vào ngày công khai: ${text.join('; ')}.`;
}

/** The convention sentence of the printed report (reports.md § conventions). */
export function conventionsText(c: ConventionsSection): string[] {
  return [
    `${formatNumber(c.withConvention)}/${formatNumber(c.communities)} thôn, tổ dân phố có hương ước, quy ước đang có hiệu lực.`,
    `Trong kỳ, ${formatNumber(c.reviewed)} thôn, tổ dân phố đã rà soát hương ước, quy ước; ${formatNumber(c.amended)} lượt rà soát đề nghị sửa đổi, bổ sung hoặc thay thế.`,
    `Trong kỳ, ${formatNumber(c.recognized)} hương ước, quy ước được công nhận, trong đó ${formatNumber(c.recognizedAmendments)} hương ước, quy ước sửa đổi, bổ sung hoặc thay thế.`,
  ];
}
