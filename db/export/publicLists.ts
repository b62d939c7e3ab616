import { CONVENTION_STATUS_LABELS, CONVENTION_TYPE_LABELS } from '../../shared/convention/codes';
import { DISCLOSURE_FORM_LABELS } from '../../shared/disclosure/codes';
import type { DisclosureQuery } from '../disclosure/service';
import { listDisclosures } from '../disclosure/service';
import { listConventions } from '../convention/service';
import { formatDate } from '../../shared/util/format';
import type { Sql } from '../open';
import { excelDate } from './workbook';

type Cell = string | number | Date | null;

/** An exported list: its sheet title, file stem, columns and rows. */
export interface ListTable {
  title: string;
  fileStem: string;
  columns: { header: string; width: number }[];
  rows: Cell[][];
}

/** The disclosure list as the screen filters it; attachments by name and SHA-256 (the evidence trail). */
export function disclosureTable(sql: Sql, filters: Omit<DisclosureQuery, 'offset' | 'limit'>): ListTable {
  return {
    title: 'Các lần công khai',
    fileStem: 'cac-lan-cong-khai',
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Ngày công khai', width: 14 },
      { header: 'Danh mục', width: 14 },
      { header: 'Nội dung', width: 36 },
      { header: 'Tên văn bản, trích yếu', width: 40 },
      { header: 'Số, ký hiệu; ngày văn bản', width: 24 },
      { header: 'Hình thức', width: 30 },
      { header: 'Niêm yết', width: 24 },
      { header: 'Ngày phát thanh', width: 10 },
      { header: 'Người chịu trách nhiệm', width: 22 },
      { header: 'Cảnh báo', width: 36 },
      { header: 'Minh chứng (tên tệp, SHA-256)', width: 60 },
    ],
    rows: listDisclosures(sql, { ...filters, offset: 0, limit: 1_000_000 }).items.map((d, i) => [
      i + 1,
      excelDate(d.publishedOn),
      d.catalog,
      `${d.item}. ${d.itemLabel}`,
      d.title,
      [d.documentRef, formatDate(d.documentDate)].filter(Boolean).join('; '),
      d.forms.map((f) => DISCLOSURE_FORM_LABELS[f]).join('; '),
      d.postedFrom || d.postedTo ? `${formatDate(d.postedFrom)} – ${formatDate(d.postedTo)}` : '',
      d.broadcastDays,
      d.official,
      d.warnings.map((w) => w.message).join('\n'),
      d.attachments.map((a) => `${a.name} (${a.sha256})`).join('\n'),
    ]),
  };
}

/** The convention list with status and key dates. */
export function conventionTable(sql: Sql, search: string): ListTable {
  return {
    title: 'Hương ước, quy ước',
    fileStem: 'huong-uoc-quy-uoc',
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Thôn / tổ dân phố', width: 22 },
      { header: 'Loại', width: 12 },
      { header: 'Tên', width: 36 },
      { header: 'Lần', width: 6 },
      { header: 'Tình trạng', width: 24 },
      { header: 'Từ ngày', width: 12 },
      { header: 'Ngày thông qua', width: 12 },
      { header: 'Quyết định công nhận', width: 24 },
      { header: 'Rà soát gần nhất', width: 14 },
    ],
    rows: listConventions(sql, { search, communityId: null, status: null, offset: 0, limit: 1000 }).items.map(
      (c, i) => [
        i + 1,
        c.communityName,
        CONVENTION_TYPE_LABELS[c.type],
        c.title,
        c.versionNo,
        CONVENTION_STATUS_LABELS[c.status],
        excelDate(c.statusOn),
        excelDate(c.adoptedOn),
        c.decisionRef ? `${c.decisionRef} ngày ${formatDate(c.recognizedOn)}` : '',
        excelDate(c.reviews[c.reviews.length - 1]?.on ?? null),
      ],
    ),
  };
}
