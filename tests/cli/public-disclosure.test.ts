import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attachmentPath, attachmentsDir } from '../../db/attachment/store';
import { plainFileProtector } from '../../db/keys/keystore';
import { openApp } from '../../electron/core/app';
import { ok } from '../helpers/app';
import { expectOk, initArgs, jsonOf, qcdc, tempFolders } from './helpers';

const temp = tempFolders();
afterAll(() => temp.cleanup());

interface ReportJson {
  schema: string;
  scope: { role: string; communes: number };
  disclosure: {
    catalog: string;
    items: number;
    events: number;
    itemsDisclosed: number;
    communesAllItems: number;
    shortPostings: number;
  };
  conventions: Record<string, number>;
}

const line = (o: Record<string, unknown>) => JSON.stringify(o);
const NO_FORMS = {
  niem_yet: 0,
  cong_thong_tin: 0,
  truyen_thanh: 0,
  truong_thon: 0,
  van_ban: 0,
  hoi_nghi: 0,
  tiep_cong_dan: 0,
  to_chuc_doan_the: 0,
  mang_xa_hoi: 0,
};

/** Every PL34 item disclosed in 2022; items 1–3 test the 30-day posting rule. */
function disclosures2022(): string[] {
  const out: string[] = [];
  for (let item = 1; item <= 11; item++) {
    const base = { kind: 'disclosure', item, title: `Công khai nội dung ${item}`, publishedOn: '2022-03-01' };
    if (item === 1) out.push(line({ ...base, forms: ['niem_yet'], postedFrom: '2022-03-01', postedTo: '2022-03-29' }));
    else if (item === 2)
      out.push(line({ ...base, forms: ['niem_yet'], postedFrom: '2022-03-01', postedTo: '2022-03-30' }));
    else if (item === 3) out.push(line({ ...base, forms: ['niem_yet', 'truyen_thanh'], broadcastDays: 3 }));
    else out.push(line({ ...base, forms: ['truong_thon'] }));
  }
  return out;
}

const CONVENTIONS = [
  // In force at the end of 2022.
  {
    community: 'Thôn Nà Lầu',
    recognizedOn: '2022-05-10',
    status: 'da_cong_nhan',
    reviews: [{ on: '2022-11-18', outcome: 'giu_nguyen' }],
  },
  // Repealed after the end: still in force at 2022-12-31.
  {
    community: 'Thôn Bản Chang',
    recognizedOn: '2021-04-02',
    status: 'bai_bo',
    statusOn: '2023-02-01',
    reviews: [{ on: '2022-11-18', outcome: 'sua_doi_bo_sung' }],
  },
  // Recognised after the end: not yet in force.
  {
    community: 'Thôn Khuổi Khon',
    adoptedOn: '2022-12-20',
    recognizedOn: '2023-01-05',
    status: 'da_cong_nhan',
    reviews: [{ on: '2023-11-18', outcome: 'thay_the' }],
  },
  // Repealed within the period.
  {
    community: 'Tổ dân phố 1',
    recognizedOn: '2020-06-01',
    status: 'bai_bo',
    statusOn: '2022-06-30',
    reviews: [{ on: '2021-11-18', outcome: 'thay_the' }],
  },
].map((c, i) =>
  line({
    kind: 'convention',
    type: i === 3 ? 'quy_uoc' : 'huong_uoc',
    title: `Hương ước ${c.community}`,
    households: 100,
    householdsApproving: 70,
    ...c,
  }),
);

const COMMUNITIES = ['Thôn Nà Lầu', 'Thôn Bản Chang', 'Thôn Khuổi Khon', 'Thôn Pác Bó'].map((name) =>
  line({ kind: 'community', name, type: 'thon', households: 100 }),
);

describe('qcdc report --json: disclosure and conventions (reports.md)', { timeout: 120_000 }, () => {
  const root = temp.make();
  const data = join(root, 'xa');

  it('computes the figures from imported records, statuses as of the period end', async () => {
    expectOk(await qcdc(initArgs(data, 'commune', '12345', 'Xã Tân Hưng')));
    const file = join(root, 'du-lieu.ndjson');
    writeFileSync(
      file,
      [
        ...COMMUNITIES,
        line({ kind: 'community', name: 'Tổ dân phố 1', type: 'to_dan_pho', households: 80 }),
        ...disclosures2022(),
        line({ kind: 'disclosure', item: 2, title: 'Dự toán 2024', publishedOn: '2024-01-10', forms: ['niem_yet'] }),
        ...CONVENTIONS,
      ].join('\n'),
    );
    const imported = await qcdc(['records', 'import', '--data', data, file, '--json']);
    expectOk(imported);
    expect(jsonOf<{ imported: Record<string, number> }>(imported).imported).toMatchObject({
      community: 5,
      disclosure: 12,
      convention: 4,
    });

    const y2022 = jsonOf<ReportJson>(
      await qcdc(['report', '--data', data, '--from', '2022-01-01', '--to', '2022-12-31', '--json']),
    );
    expect(y2022.disclosure).toEqual({
      catalog: 'PL34_2007',
      items: 11,
      events: 11,
      itemsDisclosed: 11,
      communesAllItems: 1,
      // 29 days (item 1) and niem_yet without dates (item 3) are short; 30 days (item 2) is not.
      shortPostings: 2,
      // v2 additions: items 1–3 posted (3 with the radio too), items 4–11 through the Trưởng thôn.
      byForm: { ...NO_FORMS, niem_yet: 3, truyen_thanh: 1, truong_thon: 8 },
      byCatalog: {
        PL34_2007: {
          from: '2022-01-01',
          to: '2022-12-31',
          items: 11,
          events: 11,
          itemsDisclosed: 11,
          communesAllItems: 1,
        },
      },
    });
    // Nà Lầu recognised on 10/05/2022, a first version.
    expect(y2022.conventions).toEqual({
      communities: 5,
      withConvention: 2,
      reviewed: 2,
      amended: 1,
      recognized: 1,
      recognizedAmendments: 0,
    });

    const h1 = jsonOf<ReportJson>(
      await qcdc(['report', '--data', data, '--from', '2022-01-01', '--to', '2022-02-28', '--json']),
    );
    expect(h1.disclosure).toMatchObject({ events: 0, itemsDisclosed: 0, communesAllItems: 0 });
    // Bản Chang and Tổ dân phố 1 (repealed later, on 2022-06-30); Nà Lầu is recognised only in May.
    expect(h1.conventions.withConvention).toBe(2);

    const y2023 = jsonOf<ReportJson>(
      await qcdc(['report', '--data', data, '--from', '2023-01-01', '--to', '2023-12-31', '--json']),
    );
    expect(y2023.disclosure).toMatchObject({ catalog: 'LUAT10_2022', items: 14, events: 0, itemsDisclosed: 0 });
    // Khuổi Khon recognised on 05/01/2023.
    expect(y2023.conventions).toEqual({
      communities: 5,
      withConvention: 2,
      reviewed: 1,
      amended: 1,
      recognized: 1,
      recognizedAmendments: 0,
    });

    const y2024 = jsonOf<ReportJson>(
      await qcdc(['report', '--data', data, '--from', '2024-01-01', '--to', '2024-12-31', '--json']),
    );
    expect(y2024.disclosure).toEqual({
      catalog: 'LUAT10_2022',
      items: 14,
      events: 1,
      itemsDisclosed: 1,
      communesAllItems: 0,
      shortPostings: 1,
      byForm: { ...NO_FORMS, niem_yet: 1 },
      byCatalog: {
        LUAT10_2022: {
          from: '2024-01-01',
          to: '2024-12-31',
          items: 14,
          events: 1,
          itemsDisclosed: 1,
          communesAllItems: 0,
        },
      },
    });
  });

  it('keeps attachments through backup and restore; check reports a missing or altered file', async () => {
    const app = openApp({ dataDir: data, keyProtector: plainFileProtector, user: 'kiểm thử' });
    let sha: string;
    try {
      const photo = Buffer.from('ảnh chụp bảng tin UBND xã');
      const ref = await ok(app.dispatch, 'attachment.add', {
        fileName: 'bang-tin.jpg',
        mimeType: 'image/jpeg',
        base64: photo.toString('base64'),
      });
      sha = ref.sha256;
      await ok(app.dispatch, 'disclosure.create', {
        catalog: 'PL34_2007',
        item: 5,
        title: 'Kết quả bình xét hộ nghèo',
        forms: ['niem_yet'],
        publishedOn: '2022-04-01',
        postedFrom: '2022-04-01',
        postedTo: '2022-05-05',
        attachments: [ref],
      });
    } finally {
      app.close();
    }
    const file = attachmentPath(attachmentsDir(data), sha);
    expect(existsSync(file)).toBe(true);
    expectOk(await qcdc(['check', '--data', data]));

    const backup = join(root, 'sao-luu.sqlite');
    expectOk(await qcdc(['backup', '--data', data, '--out', backup]));

    rmSync(attachmentsDir(data), { recursive: true, force: true });
    const missing = await qcdc(['check', '--data', data, '--json']);
    expect(missing.code).toBe(1);
    expect(jsonOf<{ problems: { code: string }[] }>(missing).problems.map((p) => p.code)).toEqual([
      'attachment_missing',
    ]);

    expectOk(await qcdc(['restore', '--data', data, backup]));
    expect(readFileSync(file, 'utf8')).toBe('ảnh chụp bảng tin UBND xã');
    expectOk(await qcdc(['check', '--data', data]));

    writeFileSync(file, 'ảnh đã bị sửa');
    const altered = await qcdc(['check', '--data', data, '--json']);
    expect(altered.code).toBe(1);
    expect(jsonOf<{ problems: { code: string }[] }>(altered).problems.map((p) => p.code)).toEqual([
      'attachment_changed',
    ]);
  });
});
