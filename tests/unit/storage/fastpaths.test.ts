import { createHash } from 'node:crypto';
import { caseListInput } from '../../../shared/mediation/schema';
import { describe, expect, it } from 'vitest';
import { appendChange, chainHead, verifyChain, type ChangeLogRow } from '../../../db/changelog/chain';
import { communitySpec } from '../../../db/community/spec';
import { importLines } from '../../../db/interchange/import';
import { parseNdjson } from '../../../db/interchange/parse';
import { listCases, type CaseQuery } from '../../../db/mediation/cases';
import { caseSpec, mediatorSpec, teamSpec, type CaseData } from '../../../db/mediation/spec';
import { transaction } from '../../../db/open';
import type { EntitySpec, Stored } from '../../../db/store/entity';
import {
  canonicalSnapshot,
  deleteRecord,
  insertRecord,
  snapshotOf,
  updateRecord,
  type Writer,
} from '../../../db/store/records';
import { canonicalJson } from '../../../shared/util/canonical';
import { openTestApp } from '../../helpers/app';

/** The fast paths of the import and the case search give exactly what the plain ones give. */

const envelope = { id: 'x', version: 3, createdAt: 1, updatedAt: 2, updatedBy: 'Cán bộ', deletedAt: null };

describe('canonical snapshot', () => {
  it('equals canonicalJson(snapshotOf(record)) for every kind of value', () => {
    const records: [EntitySpec<object>, object][] = [
      [
        caseSpec as EntitySpec<object>,
        {
          ...envelope,
          communityId: 'c',
          receivedOn: '2025-01-02',
          category: 'dan_su',
          grounds: undefined,
          summary: 'Tranh chấp "lối đi" \\ chung\n',
          status: 'thanh',
          closedOn: '2025-02-01',
          parties: [
            { name: 'Đinh Thị Thu', birthYear: null, address: 'Thôn Đồng Đăng' },
            { address: undefined, name: 'B', zeta: 1, birthYear: 1970, 10: 'số', alpha: { b: 1, a: [{ d: 1, c: 2 }] } },
          ],
          mediatorIds: ['m2', 'm1'],
          invited: null,
          agreement: 'Thỏa thuận',
          extra: 'not a field',
        },
      ],
      [
        mediatorSpec as EntitySpec<object>,
        {
          ...envelope,
          deletedAt: 5,
          teamId: 't',
          name: 'Hoàng Thị Mai',
          gender: 'nu',
          birthYear: 1980,
          ethnicMinority: true,
          role: 'to_truong',
          recognizedOn: null,
          decisionRef: null,
          leftOn: null,
          phone: '0912',
          note: null,
        },
      ],
      [communitySpec as EntitySpec<object>, { ...envelope, deletedAt: undefined, name: 'Thôn A', type: 'thon' }],
      [teamSpec as EntitySpec<object>, { id: 't', version: 1, communityId: 'c', name: 'Tổ' }],
    ];
    for (const [spec, record] of records) {
      const stored = record as Stored<object>;
      expect(canonicalSnapshot(spec, stored)).toBe(canonicalJson(snapshotOf(spec, stored)));
    }
  });
});

describe('change log', () => {
  it('hashes every write as sha256(prevHash ‖ canonicalJson(entry)) and stores the canonical snapshot', () => {
    const app = openTestApp();
    try {
      const sql = app.sql;
      let clock = 1_700_000_000_000;
      const writer: Writer = { user: 'Cán bộ "Tư pháp"', now: () => (clock += 1000) };
      transaction(sql, () => {
        const c = insertRecord(
          sql,
          communitySpec,
          { name: 'Thôn Nà Lầu', type: 'thon', households: 3, note: null },
          writer,
        );
        updateRecord(
          sql,
          communitySpec,
          c.id,
          1,
          { name: 'Thôn Nà Lầu', type: 'thon', households: 4, note: 'ghi chú' },
          writer,
        );
        deleteRecord(sql, communitySpec, c.id, 2, writer);
        appendChange(sql, {
          entity: 'community',
          id: 'y',
          version: 1,
          op: 'create',
          snapshot: { z: [{ b: 1, a: null }], a: 'ă' },
          user: 'u',
          at: 7,
        });
      });
      const rows = sql.raw.prepare('SELECT * FROM change_log ORDER BY seq').all() as ChangeLogRow[];
      let prev = '0'.repeat(64);
      for (const row of rows) {
        const snapshot = JSON.parse(row.snapshot) as Record<string, unknown>;
        expect(row.snapshot).toBe(canonicalJson(snapshot));
        const entry = {
          seq: row.seq,
          entity: row.entity,
          id: row.record_id,
          version: row.version,
          op: row.op,
          snapshot,
          user: row.user,
          at: row.at,
        };
        const hash = createHash('sha256').update(prev).update(canonicalJson(entry)).digest('hex');
        expect(row.prev_hash).toBe(prev);
        expect(row.hash).toBe(hash);
        prev = hash;
      }
      expect(rows.map((r) => r.op)).toEqual(['create', 'update', 'delete', 'create']);
      expect(chainHead(sql)).toEqual({ seq: rows.at(-1)!.seq, hash: prev });
      expect(verifyChain(sql)).toEqual([]);
    } finally {
      app.cleanup();
    }
  });
});

/** The NDJSON splitter as it was: decode the whole file, strip a BOM, split on \r?\n. */
function referenceNdjson(bytes: Buffer) {
  const lines: { line: number; value: unknown }[] = [];
  const issues: { line: number; field: string; message: string }[] = [];
  bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((content, i) => {
      const line = i + 1;
      if (content.trim() === '') return;
      if (content.length > 1_000_000) {
        issues.push({ line, field: '', message: 'Dòng quá dài (quá 1 MB).' });
        return;
      }
      try {
        lines.push({ line, value: JSON.parse(content) as unknown });
      } catch {
        issues.push({
          line,
          field: '',
          message: 'Dòng bị hỏng, không đọc được (không đúng cấu trúc của tệp dữ liệu).',
        });
      }
    });
  return { lines, issues };
}

describe('NDJSON splitting', () => {
  it('gives the same lines and issues as decoding the whole file', () => {
    const long = `{"a":"${'x'.repeat(1_000_000)}"}`;
    const files: Buffer[] = [
      Buffer.from(''),
      Buffer.from('\n'),
      Buffer.from('\uFEFF{"a":"Đồng Đăng"}\r\n\r\n  \t\n{"b":2}\r'),
      Buffer.from('{"a":1}\r{"b":2}\n\u00a0\nnot json\n{"c":"\u2028"}\n'),
      Buffer.from('\uFEFF\uFEFF{"a":1}\n'),
      Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xc3, 0xff, 0xe1, 0xbb]), Buffer.from('"}\n{"b":"é"}')]),
      Buffer.concat([Buffer.from([0xef, 0xbb]), Buffer.from('\n{"a":1}')]),
      Buffer.from(`${long}\n${long}\r\n{"ok":true}\n`),
      Buffer.from(`{"a":1}\n${'x'.repeat(1_000_000)}\r`),
    ];
    for (const file of files) expect(parseNdjson(file)).toEqual(referenceNdjson(file));
  });
});

describe('import session', () => {
  it('sees a community renamed earlier in the same file', () => {
    const app = openTestApp();
    try {
      const id = '0190f5a0-0000-7000-8000-000000000001';
      const line = (o: object) => ({ value: o });
      const kase = (community: string) => ({
        kind: 'mediation_case',
        community,
        receivedOn: '2025-01-02',
        category: 'dan_su',
        summary: 'Tranh chấp',
        status: 'tiep_nhan',
      });
      const lines = [
        { kind: 'community', id, name: 'Thôn Cũ', type: 'thon' },
        kase('Thôn Cũ'),
        { kind: 'community', id, name: 'Thôn Mới', type: 'thon' },
        kase('Thôn Mới'),
        kase('Thôn Cũ'),
      ].map((o, i) => ({ ...line(o), line: i + 1 }));
      let rejected: unknown;
      try {
        importLines(app.sql, { lines, issues: [] }, { user: 'u' }, false);
      } catch (error) {
        rejected = error;
      }
      expect(rejected).toMatchObject({
        code: 'INVALID_INPUT',
        issues: [{ line: 5, field: 'community', message: expect.stringContaining('"Thôn Cũ"') }],
      });
      expect(app.sql.raw.prepare('SELECT count(*) AS n FROM mediation_case').get()).toEqual({ n: 0 });
      const ok = importLines(app.sql, { lines: lines.slice(0, 4), issues: [] }, { user: 'u' }, false);
      expect(ok.created).toMatchObject({ community: 1, mediation_case: 2 });
      expect(ok.updated).toMatchObject({ community: 1 });
      const owners = app.sql.raw.prepare('SELECT DISTINCT community_id AS c FROM mediation_case').all();
      expect(owners).toEqual([{ c: id }]);
      expect(verifyChain(app.sql)).toEqual([]);
    } finally {
      app.cleanup();
    }
  });
});

describe('case search', () => {
  it('returns the rows, order and total of the general query, whichever way it reads them', () => {
    const app = openTestApp();
    try {
      const sql = app.sql;
      const writer: Writer = { user: 'u', now: () => 1_700_000_000_000 };
      const words = ['Tranh chấp lối đi', 'Mâu thuẫn vợ chồng', 'Đất vườn', 'Tiếng ồn', 'Thừa kế'];
      const names = ['Hoàng Văn Tùng', 'Đinh Thị Thu', 'Lý Văn Đức'];
      transaction(sql, () => {
        const communities = ['Thôn Đồng Đăng', 'Tổ dân phố Hòa Bình'].map(
          (name) => insertRecord(sql, communitySpec, { name, type: 'thon', households: null, note: null }, writer).id,
        );
        const ids: string[] = [];
        for (let i = 0; i < 400; i++) {
          const data: CaseData = {
            communityId: communities[i % 2]!,
            receivedOn: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 7)).padStart(2, '0')}`,
            category: 'dan_su',
            grounds: null,
            summary: `${words[i % words.length]} vụ ${i}${i % 97 === 0 ? ' hiếm' : ''}`,
            status: 'tiep_nhan',
            closedOn: null,
            parties: [{ name: names[i % names.length]!, birthYear: null, address: null }],
            mediatorIds: [],
            invited: null,
            agreement: null,
            note: null,
          };
          ids.push(insertRecord(sql, caseSpec, data, writer).id);
        }
        // Deleted cases leave the index; updated ones are re-indexed.
        for (let i = 0; i < 400; i += 9) deleteRecord(sql, caseSpec, ids[i]!, 1, writer);
        for (let i = 1; i < 400; i += 11) {
          const current = sql.raw.prepare('SELECT version FROM mediation_case WHERE id = ?').get(ids[i]) as {
            version: number;
          };
          if (current.version !== 1) continue;
          updateRecord(
            sql,
            caseSpec,
            ids[i]!,
            1,
            {
              communityId: communities[0]!,
              receivedOn: '2024-06-06',
              category: 'dan_su',
              grounds: null,
              summary: 'Đổi nội dung hiếm',
              status: 'tiep_nhan',
              closedOn: null,
              parties: [],
              mediatorIds: [],
              invited: null,
              agreement: null,
              note: null,
            },
            writer,
          );
        }
      });
      const base: CaseQuery = caseListInput.parse({ limit: 10 });
      const searches = ['tranh chap', 'hiem', 'dong dang', 'van', 't', 'vu 123', 'khong co', 'hoang tung', 'tien on'];
      const sorts: CaseQuery['sort'][] = ['receivedOn_desc', 'receivedOn_asc', 'status', 'community'];
      const windows = [
        [0, 10],
        [0, 1000],
        [35, 7],
        [150, 50],
        [5000, 10],
      ] as const;
      let compared = 0;
      for (const search of searches) {
        for (const sort of sorts) {
          for (const [offset, limit] of windows) {
            const input = { ...base, search, sort, offset, limit };
            // A "from" that every case passes sends the same query down the general path.
            const general = listCases(sql, { ...input, from: '0000-01-01' });
            expect(listCases(sql, input)).toEqual(general);
            compared += general.items.length;
          }
        }
      }
      expect(compared).toBeGreaterThan(1000);
    } finally {
      app.cleanup();
    }
  });
});
