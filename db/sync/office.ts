import { AppError } from '../../shared/contract/errors';
import { combineSections, zeroFigures } from '../../shared/report/combine';
import type { CommuneSections, Report } from '../../shared/report/schema';
import type { ImportedBundle, OfficeCommune } from '../../shared/sync/schema';
import { prepare, type Sql } from '../open';
import { communeFigures } from '../report/figures';
import { contiguousHead, gapsOf } from './import';
import { currentPeer, listPeers } from './peers';
import { openReplica } from './replica';
import { writeReceipt } from './receipt';
import type { Ctx } from '../context';

/** Runs `fn` over a commune's replica (created empty if the commune has sent nothing yet). */
export function withReplica<T>(dataDir: string, code: string, fn: (replica: Sql) => T): T {
  const replica = openReplica(dataDir, code);
  try {
    return fn(replica);
  } finally {
    replica.raw.close();
  }
}

/** The enrolled communes with what the office holds of each: bundles, coverage, gaps, last import. */
export function officeCommunes(sql: Sql, dataDir: string): OfficeCommune[] {
  return listPeers(sql)
    .filter((p) => p.role === 'commune')
    .map((peer) =>
      withReplica(dataDir, peer.code, (replica) => {
        const stats = prepare(
          replica,
          'SELECT count(*) AS bundles, max(imported_at) AS last FROM received_bundle',
        ).get() as { bundles: number; last: number | null };
        const changes = prepare(replica, 'SELECT count(*) AS n, max(seq) AS m FROM received_change').get() as {
          n: number;
          m: number | null;
        };
        return {
          ...peer,
          bundles: stats.bundles,
          changes: changes.n,
          maxSeq: changes.m ?? 0,
          contiguousTo: contiguousHead(replica).seq,
          gaps: gapsOf(replica, peer.code),
          lastImportAt: stats.last,
          forks: forksOf(sql, peer.code),
        };
      }),
    );
}

/**
 * The forks reported for a commune (sync history, kind `fork`) since its data was last taken afresh
 * (kind `replace_data`), newest first.
 */
function forksOf(sql: Sql, code: string): OfficeCommune['forks'] {
  const rows = prepare(
    sql,
    `SELECT at, detail FROM sync_event WHERE kind = 'fork' AND peer_code = ?
       AND id > coalesce((SELECT max(id) FROM sync_event WHERE kind = 'replace_data' AND peer_code = ?), 0)
     ORDER BY id DESC`,
  ).all(code, code) as { at: number; detail: string }[];
  return rows.map((r) => {
    const d = JSON.parse(r.detail) as { seq: number; fileName: string; heldFileName: string | null };
    return { seq: d.seq, at: r.at, fileName: d.fileName, heldFileName: d.heldFileName ?? null };
  });
}

interface BundleRow {
  id: number;
  file_name: string;
  from_seq: number;
  to_seq: number;
  changes: number;
  applied: number;
  profile: 'minimal' | 'full';
  payload_sha256: string;
  imported_at: number;
  imported_by: string;
}

/** The import history of one commune, newest first. */
export function communeImports(sql: Sql, dataDir: string, code: string): ImportedBundle[] {
  if (!currentPeer(sql, code)) throw new AppError('NOT_FOUND', `Xã ${code} chưa được đăng ký.`);
  return withReplica(dataDir, code, (replica) =>
    (prepare(replica, 'SELECT * FROM received_bundle ORDER BY id DESC').all() as BundleRow[]).map((r) => ({
      id: r.id,
      fileName: r.file_name,
      fromSeq: r.from_seq,
      toSeq: r.to_seq,
      changes: r.changes,
      applied: r.applied,
      profile: r.profile,
      payloadSha256: r.payload_sha256,
      importedAt: r.imported_at,
      importedBy: r.imported_by,
    })),
  );
}

/** A fresh signed receipt for what the office holds of a commune (to send again). */
export function receiptFile(ctx: Ctx, code: string): { fileName: string; mimeType: string; base64: string } {
  if (!currentPeer(ctx.sql, code)) throw new AppError('NOT_FOUND', `Xã ${code} chưa được đăng ký.`);
  const head = withReplica(ctx.dataDir, code, contiguousHead);
  if (head.seq === 0) throw new AppError('RULE_VIOLATION', `Chưa nhận được dữ liệu liên tục nào của xã ${code}.`);
  const { file } = writeReceipt(ctx.sql, ctx.dataDir, ctx.keyProtector, code, head.seq, head.hash);
  return {
    fileName: `bien-nhan-${code}-${head.seq}.qcdr`,
    mimeType: 'application/octet-stream',
    base64: file.toString('base64'),
  };
}

/**
 * The office's report (reports.md): each enrolled commune's figures computed by the same code over
 * its replica — so they equal the commune's own report — and the office figures as their sums.
 */
export function officeReport(sql: Sql, dataDir: string, from: string, to: string): Report {
  const communes = listPeers(sql)
    .filter((p) => p.role === 'commune')
    .map((peer) => {
      const figures = withReplica(dataDir, peer.code, (replica) => communeFigures(replica, from, to));
      return { code: peer.code, name: peer.name, ...figures };
    });
  const empty = zeroFigures(communeFigures(sql, from, to));
  const total = combineSections(
    communes.map(({ code: _c, name: _n, ...figures }) => figures as CommuneSections),
    empty,
  );
  return {
    schema: 'qcdc.report/1',
    period: { from, to },
    scope: { role: 'office', communes: communes.length },
    ...total,
    communes,
  };
}
