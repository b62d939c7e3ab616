import { CATALOG_LIST, catalogOf, type CatalogCode } from '../../../shared/disclosure/catalog';

/** Short Vietnamese names of the catalogs, for pickers and tables. */
export const CATALOG_SHORT: Record<CatalogCode, string> = {
  PL34_2007: 'Pháp lệnh 34/2007 (11 nội dung)',
  LUAT10_2022: 'Luật 10/2022 (14 nội dung)',
};

/** The options of a catalog's items: "1. Kế hoạch KT-XH…". */
export function itemOptions(code: CatalogCode): { value: number; label: string }[] {
  return catalogOf(code).items.map((i) => ({ value: i.no, label: `${i.no}. ${i.label}` }));
}

/** The catalog options. */
export const CATALOG_OPTIONS = CATALOG_LIST.map((c) => ({ value: c.code, label: CATALOG_SHORT[c.code] }));
