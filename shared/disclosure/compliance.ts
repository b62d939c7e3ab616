import { daysBetween } from '../util/dates';
import { catalogItem, catalogUse, type CatalogCode } from './catalog';

/** Days a posting lasted, both ends counted (reports.md: postedTo − postedFrom + 1); null without dates. */
export function postingDays(postedFrom: string | null, postedTo: string | null): number | null {
  if (!postedFrom || !postedTo) return null;
  const ms = Date.parse(`${postedTo}T00:00:00Z`) - Date.parse(`${postedFrom}T00:00:00Z`);
  return Math.round(ms / 86_400_000) + 1;
}

/** The posting of a disclosure: its forms and, for `niem_yet`, its dates. */
export interface Posting {
  forms: readonly string[];
  postedFrom: string | null;
  postedTo: string | null;
}

/** The posting period of a disclosure as written on screens and lists ("01/03/2025 – 30/03/2025"). */
export function postingPeriod(d: Posting, format: (iso: string | null) => string): string {
  return d.postedFrom || d.postedTo ? `${format(d.postedFrom)} – ${format(d.postedTo)}` : '';
}

/** The days a disclosure stayed posted, or null without both dates. */
export function postedDays(d: Posting): number | null {
  return postingDays(d.postedFrom, d.postedTo);
}

/** True when a disclosure posted (`niem_yet`) lasted fewer than `minDays` days or has no posting dates. */
export function isShortPosting(d: Posting, minDays = 30): boolean {
  if (!d.forms.includes('niem_yet')) return false;
  const days = postedDays(d);
  return days === null || days < minDays;
}

/** A compliance warning on one disclosure. */
export interface DisclosureWarning {
  code: 'short_posting' | 'radio_missing' | 'late' | 'catalog_outdated';
  message: string;
}

/** What the compliance checks read of a disclosure. */
export interface Checked extends Posting {
  catalog: CatalogCode;
  item: number;
  publishedOn: string;
  documentDate: string | null;
  broadcastDays: number | null;
  noRadioSystem: boolean;
}

/** The compliance warnings of one disclosure (domain.md §A.5 compliance checks). */
export function disclosureWarnings(d: Checked): DisclosureWarning[] {
  const item = catalogItem(d.catalog, d.item);
  const out: DisclosureWarning[] = [];
  const minDays = item?.minPostingDays ?? 30;
  if (isShortPosting(d, minDays)) {
    const days = postedDays(d);
    out.push({
      code: 'short_posting',
      message:
        days === null
          ? 'Có hình thức niêm yết nhưng chưa ghi thời gian niêm yết.'
          : `Thời gian niêm yết ${days} ngày, chưa đủ ${minDays} ngày.`,
    });
  }
  if (item && item.radioDays > 0 && !d.noRadioSystem && (d.broadcastDays ?? 0) < item.radioDays) {
    out.push({
      code: 'radio_missing',
      message: `Nội dung này phải phát trên hệ thống truyền thanh ít nhất ${item.radioDays} ngày liên tục (hoặc ghi rõ xã không có hệ thống truyền thanh).`,
    });
  }
  if (item && d.documentDate && daysBetween(d.documentDate, d.publishedOn) > item.publishWithinDays) {
    out.push({
      code: 'late',
      message: `Công khai sau ${daysBetween(d.documentDate, d.publishedOn)} ngày kể từ ngày văn bản (chậm nhất ${item.publishWithinDays} ngày).`,
    });
  }
  const use = catalogUse(d.catalog, d.publishedOn);
  if (use.state !== 'ok') out.push({ code: 'catalog_outdated', message: use.message });
  return out;
}
