import ExcelJS from 'exceljs';
import { DISCLOSURE_FORMS, type DisclosureForm } from '../../../shared/disclosure/codes';
import { describe, expect, it } from 'vitest';
import { communeFigures } from '../../../db/report/figures';
import { combineSections } from '../../../shared/report/combine';
import { err, ok, openTestApp } from '../../helpers/app';

async function commune(code = '12345', name = 'Xã Tân Hưng') {
  const app = openTestApp();
  await ok(app.dispatch, 'installation.setup', {
    role: 'commune',
    code,
    name,
    province: 'Lạng Sơn',
    communities: [{ name: 'Thôn Bản Chắt', type: 'thon', households: 96 }],
  });
  return app;
}

/** The same figures with every count at zero (an office's starting point). */
function zeroed<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_k, v: unknown) => (typeof v === 'number' ? 0 : v)) as T;
}

const zeroForms = Object.fromEntries(DISCLOSURE_FORMS.map((f) => [f, 0])) as Record<DisclosureForm, number>;

const base = {
  catalog: 'PL34_2007' as const,
  title: 'Công khai',
  forms: ['truong_thon' as const],
  publishedOn: '2022-03-01',
};

describe('disclosures (domain.md §A.5)', () => {
  it('rejects a bad input in Vietnamese and writes nothing', async () => {
    const app = await commune();
    try {
      const e = await err(app.dispatch, 'disclosure.create', {
        ...base,
        item: 12,
        forms: [],
        postedFrom: '2022-03-05',
        postedTo: '2022-03-01',
      });
      expect(e.code).toBe('INVALID_INPUT');
      const fields = (e.issues ?? []).map((i) => i.field).sort();
      expect(fields).toEqual(expect.arrayContaining(['forms', 'item']));
      expect(e.issues?.find((i) => i.field === 'item')?.message).toBe('Nội dung công khai phải từ 1 đến 11.');
      expect((await ok(app.dispatch, 'disclosure.list', {})).total).toBe(0);
    } finally {
      app.cleanup();
    }
  });

  it('warns about short postings and missing radio days; the board turns complete; search ignores diacritics', async () => {
    const app = await commune();
    try {
      for (let item = 1; item <= 10; item++) await ok(app.dispatch, 'disclosure.create', { ...base, item });
      const short = await ok(app.dispatch, 'disclosure.create', {
        ...base,
        item: 11,
        title: 'Đơn giá đất đai',
        forms: ['niem_yet'],
        postedFrom: '2022-03-01',
        postedTo: '2022-03-29',
      });
      expect(short.warnings.map((w) => w.code)).toEqual(['short_posting']);
      let board = await ok(app.dispatch, 'disclosure.board', { year: 2022 });
      expect(board).toMatchObject({ catalog: 'PL34_2007', items: 11, disclosed: 10, complete: false });
      expect(board.rows[10]!.status).toBe('short_posting');
      const fixed = await ok(app.dispatch, 'disclosure.update', {
        id: short.id,
        version: short.version,
        fields: {
          ...base,
          item: 11,
          title: 'Đơn giá đất đai',
          forms: ['niem_yet'],
          postedFrom: '2022-03-01',
          postedTo: '2022-03-30',
        },
      });
      expect(fixed.warnings).toEqual([]);
      board = await ok(app.dispatch, 'disclosure.board', { year: 2022 });
      expect(board).toMatchObject({ disclosed: 11, complete: true });
      expect((await ok(app.dispatch, 'disclosure.board', { year: 2022, quarter: 2 })).disclosed).toBe(0);
      expect((await ok(app.dispatch, 'disclosure.list', { search: 'dat dai' })).items.map((d) => d.id)).toEqual([
        short.id,
      ]);
      const history = await ok(app.dispatch, 'disclosure.history', { id: short.id });
      expect(history).toHaveLength(2);

      const radio = await ok(app.dispatch, 'disclosure.create', {
        catalog: 'LUAT10_2022',
        item: 8,
        title: 'Kết luận thanh tra',
        forms: ['truyen_thanh'],
        publishedOn: '2024-02-01',
        broadcastDays: 2,
      });
      expect(radio.warnings.map((w) => w.code)).toEqual(['radio_missing']);
      const q1 = await ok(app.dispatch, 'disclosure.board', { year: 2024, quarter: 1 });
      expect(q1.catalog).toBe('LUAT10_2022');
      expect(q1.rows.find((r) => r.no === 8)!.status).toBe('radio_missing');
      // The budget execution (khoản 2) is due every quarter.
      expect(q1.rows.find((r) => r.no === 2)!.dueQuarters).toEqual([1]);
    } finally {
      app.cleanup();
    }
  });

  it('an office sums itemsDisclosed and communesAllItems over two communes, keeping catalog and items', async () => {
    const a = await commune('12345', 'Xã Tân Hưng');
    const b = await commune('12346', 'Xã Hồng Phong');
    try {
      for (let item = 1; item <= 11; item++) await ok(a.dispatch, 'disclosure.create', { ...base, item });
      for (const item of [1, 2, 3]) await ok(b.dispatch, 'disclosure.create', { ...base, item });
      const figures = [a, b].map((app) => communeFigures(app.sql, '2022-01-01', '2022-12-31'));
      expect(figures.map((f) => f.disclosure.communesAllItems)).toEqual([1, 0]);
      const office = combineSections(figures, zeroed(figures[0]!));
      expect(office.disclosure).toEqual({
        catalog: 'PL34_2007',
        items: 11,
        events: 14,
        itemsDisclosed: 14,
        communesAllItems: 1,
        shortPostings: 0,
        byForm: { ...zeroForms, truong_thon: 14 },
        byCatalog: {
          PL34_2007: {
            from: '2022-01-01',
            to: '2022-12-31',
            items: 11,
            events: 14,
            itemsDisclosed: 14,
            communesAllItems: 1,
          },
        },
      });
      expect(office.conventions.communities).toBe(2);
    } finally {
      a.cleanup();
      b.cleanup();
    }
  });

  it('exports the list to Excel with each attachment by name and SHA-256', async () => {
    const app = await commune();
    try {
      const photo = await ok(app.dispatch, 'attachment.add', {
        fileName: 'bảng tin.jpg',
        base64: Buffer.from('ảnh').toString('base64'),
      });
      expect(photo).toMatchObject({ mimeType: 'image/jpeg', size: Buffer.byteLength('ảnh') });
      await ok(app.dispatch, 'disclosure.create', { ...base, item: 4, attachments: [photo] });
      const file = await ok(app.dispatch, 'export.listXlsx', { list: 'disclosures', filters: {} });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
      const row = wb.worksheets[0]!.getRow(2).values as unknown[];
      expect(row).toContain(`bảng tin.jpg (${photo.sha256})`);
      const read = await ok(app.dispatch, 'attachment.read', { sha256: photo.sha256 });
      expect(Buffer.from(read.base64, 'base64').toString()).toBe('ảnh');
      const missing = await err(app.dispatch, 'attachment.read', { sha256: '0'.repeat(64) });
      expect(missing.code).toBe('NOT_FOUND');
    } finally {
      app.cleanup();
    }
  });
});
