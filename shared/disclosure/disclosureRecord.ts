import { z } from 'zod';
import { attachmentRef, type AttachmentRef } from '../attachment/schema';
import { listCell } from '../record/cells';
import { defineRecord } from '../record/define';
import { bool, choice, custom, date, json, optionalDate, optionalInt, optionalText, text } from '../record/field';
import { formatDate } from '../util/format';
import { CATALOGS, catalogItem, catalogOf, catalogOn, catalogUse } from './catalog';
import { DISCLOSURE_FORM_LABELS, DISCLOSURE_FORMS, type DisclosureForm } from './codes';
import { postingPeriod, type Posting } from './compliance';

const item = z.number({ message: 'Hãy chọn nội dung công khai.' }).int();
const forms = z
  .array(z.enum(DISCLOSURE_FORMS))
  .min(1, { message: 'Hãy chọn ít nhất một hình thức công khai.' })
  .max(DISCLOSURE_FORMS.length);
const attachments = z.array(attachmentRef).max(50);

/** The forms of a disclosure in Vietnamese, in one line. */
export function formsText(list: readonly DisclosureForm[]): string {
  return list.map((f) => DISCLOSURE_FORM_LABELS[f]).join('; ');
}

/** One act of public disclosure (công khai, domain.md §A.5). */
export const disclosureRecord = defineRecord({
  kind: 'disclosure',
  label: 'lần công khai',
  interchange: { sheet: 'Công khai' },
  fields: {
    catalog: choice(CATALOGS, {
      label: 'Danh mục công khai',
      form: 'Danh mục',
      message: 'Hãy chọn danh mục (Pháp lệnh 34/2007 hoặc Luật 10/2022).',
      // interchange.md: PL34_2007 before 2023-07-01, else LUAT10_2022.
      line: {
        header: 'Danh mục (PL34_2007 / LUAT10_2022)',
        absent: (line: { publishedOn: string }) => catalogOn(line.publishedOn).code,
      },
    }),
    item: custom(
      item,
      item,
      z.number().int(),
      'int',
      { type: 'int', min: 1, max: 14, required: true },
      {
        label: 'Nội dung công khai',
        line: { header: 'Nội dung số' },
      },
    ),
    title: text(500, {
      label: 'Tên',
      form: 'Tên văn bản, trích yếu',
      search: true,
      line: { header: 'Tên văn bản, nội dung công khai' },
    }),
    publishedOn: date('event', { label: 'Ngày công khai' }),
    documentRef: optionalText(100, { label: 'Số, ký hiệu văn bản', search: true }),
    documentDate: optionalDate('event', { label: 'Ngày văn bản' }),
    forms: json(forms, forms, z.array(z.enum(DISCLOSURE_FORMS)), {
      label: 'Hình thức công khai',
      rule: { type: 'list', of: { type: 'enum', values: DISCLOSURE_FORMS, required: true }, min: 1, max: 9 },
      describe: formsText,
      line: { header: 'Hình thức (niem_yet; truyen_thanh; …, cách nhau bởi dấu ;)', cell: listCell },
    }),
    postedFrom: optionalDate('event', { label: 'Niêm yết từ ngày' }),
    postedTo: optionalDate('planned', { label: 'Niêm yết đến ngày' }),
    place: optionalText(300, {
      label: 'Địa điểm',
      form: 'Địa điểm niêm yết',
      search: true,
      line: { header: 'Địa điểm niêm yết' },
    }),
    broadcastDays: optionalInt({
      label: 'Số ngày phát thanh',
      form: 'Số ngày phát trên hệ thống truyền thanh',
      min: 0,
      max: 366,
    }),
    noRadioSystem: bool({
      label: 'Không có hệ thống truyền thanh',
      form: 'Xã không có hệ thống truyền thanh',
      default: false,
      line: false,
    }),
    official: optionalText(120, { label: 'Người chịu trách nhiệm', private: true, search: true, line: false }),
    note: optionalText(2000, { label: 'Ghi chú', private: true, search: true, line: false }),
    attachments: json(attachments.default([]), attachments, z.array(attachmentRef), {
      label: 'Tệp đính kèm',
      form: 'Ảnh chụp, bản chụp văn bản (minh chứng)',
      listPrivacy: ['name'],
      searchText: (list: AttachmentRef[]) => list.map((a) => a.name),
      describe: (list: AttachmentRef[]) => list.map((a) => a.name).join(', '),
      line: false,
    }),
  },
  rules(d, issue) {
    if (!catalogItem(d.catalog, d.item)) {
      const items = catalogOf(d.catalog).items.length;
      issue('item', `Nội dung công khai phải từ 1 đến ${items}.`, `Phải từ 1 đến ${items} với danh mục ${d.catalog}.`);
    }
    if (d.postedFrom && d.postedTo && d.postedTo < d.postedFrom) {
      issue(
        'postedTo',
        'Ngày kết thúc niêm yết không được trước ngày bắt đầu.',
        'Không được trước ngày bắt đầu niêm yết.',
      );
    }
    if ((d.postedFrom || d.postedTo) && !d.forms.includes('niem_yet')) {
      issue('postedFrom', 'Chỉ ghi thời gian niêm yết khi có hình thức niêm yết.');
    }
    if (d.documentDate && d.publishedOn < d.documentDate) {
      issue('publishedOn', 'Ngày công khai không được trước ngày văn bản.');
    }
    const use = catalogUse(d.catalog, d.publishedOn);
    if (use.state === 'refused') issue('catalog', use.message);
  },
  list: {
    title: 'Các lần công khai',
    fileStem: 'cac-lan-cong-khai',
    columns: [
      { field: 'publishedOn', width: 14 },
      { field: 'catalog', header: 'Danh mục', width: 14 },
      {
        header: 'Nội dung',
        width: 36,
        value: (d: { item: number; itemLabel: string }) => `${d.item}. ${d.itemLabel}`,
      },
      { field: 'title', header: 'Tên văn bản, trích yếu', width: 40 },
      {
        header: 'Số, ký hiệu; ngày văn bản',
        width: 24,
        value: (d: { documentRef: string | null; documentDate: string | null }) =>
          [d.documentRef, formatDate(d.documentDate)].filter(Boolean).join('; '),
      },
      { header: 'Hình thức', width: 30, value: (d: { forms: DisclosureForm[] }) => formsText(d.forms) },
      { header: 'Niêm yết', width: 24, value: (d: Posting) => postingPeriod(d, formatDate) },
      { field: 'broadcastDays', header: 'Ngày phát thanh', width: 10 },
      { field: 'official', width: 22 },
      {
        header: 'Cảnh báo',
        width: 36,
        value: (d: { warnings: { message: string }[] }) => d.warnings.map((w) => w.message).join('\n'),
      },
      {
        header: 'Minh chứng (tên tệp, mã băm)',
        width: 60,
        value: (d: { attachments: AttachmentRef[] }) => d.attachments.map((a) => `${a.name} (${a.sha256})`).join('\n'),
      },
    ],
  },
  example: {
    catalog: 'LUAT10_2022',
    item: 2,
    title: 'Dự toán ngân sách xã năm 2025',
    publishedOn: '2025-01-10',
    documentRef: '12/QĐ-UBND',
    documentDate: '2025-01-09',
    forms: ['niem_yet', 'truyen_thanh'],
    postedFrom: '2025-01-10',
    postedTo: '2025-02-10',
    place: 'Bảng tin trụ sở UBND xã',
    broadcastDays: 3,
  },
});
