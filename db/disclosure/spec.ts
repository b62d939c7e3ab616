import type { AttachmentRef } from '../../shared/attachment/schema';
import type { CatalogCode } from '../../shared/disclosure/catalog';
import type { DisclosureForm } from '../../shared/disclosure/codes';
import type { EntitySpec } from '../store/entity';

/** Stored fields of a disclosure. */
export interface DisclosureData {
  catalog: CatalogCode;
  item: number;
  title: string;
  documentRef: string | null;
  documentDate: string | null;
  forms: DisclosureForm[];
  publishedOn: string;
  postedFrom: string | null;
  postedTo: string | null;
  place: string | null;
  broadcastDays: number | null;
  noRadioSystem: boolean;
  official: string | null;
  note: string | null;
  attachments: AttachmentRef[];
}

/** The disclosure entity (one act of công khai). */
export const disclosureSpec: EntitySpec<DisclosureData> = {
  entity: 'disclosure',
  table: 'disclosure',
  label: 'lần công khai',
  fields: {
    catalog: ['catalog', 'text'],
    item: ['item', 'int'],
    title: ['title', 'text'],
    documentRef: ['document_ref', 'text'],
    documentDate: ['document_date', 'date'],
    forms: ['forms', 'json'],
    publishedOn: ['published_on', 'date'],
    postedFrom: ['posted_from', 'date'],
    postedTo: ['posted_to', 'plannedDate'],
    place: ['place', 'text'],
    broadcastDays: ['broadcast_days', 'int'],
    noRadioSystem: ['no_radio_system', 'bool'],
    official: ['official', 'text'],
    note: ['note', 'text'],
    attachments: ['attachments', 'json'],
  },
  fts: {
    table: 'disclosure_fts',
    text: (d) =>
      [
        d.title,
        d.documentRef ?? '',
        d.place ?? '',
        d.official ?? '',
        d.note ?? '',
        ...d.attachments.map((a) => a.name),
      ].join(' '),
  },
};
