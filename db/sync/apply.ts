import type { BundleManifest } from '../../shared/sync/manifest';
import { GENESIS_HASH } from '../changelog/chain';
import type { Sql, Statement } from '../open';
import { constraintIssue, isConstraintError } from '../store/constraint';
import { BundleRefusal, parseLine, rejected, type ChangeLine } from './payload';
import { purgeReplicaRecord, specOf, writeSnapshot } from './replica';
import { PURGE_ENTITY } from '../changelog/purge';
import { contentProblem } from './content';
import { relationProblem } from './relations';
import type { PayloadLine } from './stream';

function security(message: string): BundleRefusal {
  return new BundleRefusal('security', message);
}

function mismatch(what: string): BundleRefusal {
  return security(`Dữ liệu trong gói không khớp với phần mô tả của gói: ${what}.`);
}

/**
 * A bundle whose change contradicts one already held for the same sequence number: two branches of
 * the commune's history. Refused (nothing applied), and the import reports it to the office officer
 * as a fork of its own — which branch arrived first says nothing about which is the real one.
 */
export class ForkRefusal extends BundleRefusal {
  constructor(readonly seq: number) {
    super(
      'security',
      `Gói có thay đổi số ${seq} khác với thay đổi cùng số đã nhận trước đây (rẽ nhánh dữ liệu): không áp dụng gì. ` +
        'Dữ liệu của xã đang có hai nhánh; chưa nhánh nào được coi là đúng: hãy liên hệ xã để xác định.',
    );
  }
}

function fork(seq: number): BundleRefusal {
  return new ForkRefusal(seq);
}

/** What applying a bundle did (before commit or roll back). */
export interface ApplyOutcome {
  applied: number;
  counts: Record<string, number>;
  duplicate: boolean;
}

/**
 * Applies a bundle's changes to a commune's replica one line at a time, inside the caller's open
 * transaction, checking as it goes what the signed manifest promises — consecutive sequence numbers
 * from `fromSeq`, each line chained to the one before, the counts per entity, the chain head — and
 * that no line contradicts a change already held (a fork). Any failure throws a
 * {@link BundleRefusal}; the caller rolls the whole bundle back.
 */
export class BundleApplier {
  private readonly held: Statement;
  /** The changes of this bundle's range already held (read once: a fresh bundle makes no lookups). */
  private readonly heldInRange: Map<number, string>;
  private readonly insert: Statement;
  private readonly bundleId: number;
  private expectedSeq: number;
  private lastHash: string | null = null;
  private readonly seen: Record<string, number> = {};
  private readonly fresh: Record<string, number> = {};
  private applied = 0;
  /** The replica holds every change before this bundle: a reference must then name a held record. */
  private readonly complete: boolean;

  constructor(
    private readonly replica: Sql,
    private readonly manifest: BundleManifest,
    fileName: string,
    user: string,
  ) {
    this.expectedSeq = manifest.fromSeq;
    this.held = replica.raw.prepare('SELECT hash, prev_hash FROM received_change WHERE seq = ?');
    const inRange = replica.raw
      .prepare('SELECT seq, hash FROM received_change WHERE seq BETWEEN ? AND ?')
      .all(manifest.fromSeq, manifest.toSeq) as { seq: number; hash: string }[];
    this.heldInRange = new Map(inRange.map((r) => [r.seq, r.hash]));
    const before = replica.raw
      .prepare('SELECT count(*) AS n FROM received_change WHERE seq < ?')
      .get(manifest.fromSeq) as {
      n: number;
    };
    this.complete = before.n === manifest.fromSeq - 1;
    this.insert = replica.raw.prepare(
      'INSERT INTO received_change (seq, entity, record_id, version, hash, prev_hash, bundle_id) VALUES (?,?,?,?,?,?,?)',
    );
    this.bundleId = Number(
      replica.raw
        .prepare(
          `INSERT INTO received_bundle (payload_sha256, file_name, from_seq, to_seq, changes, applied, profile, manifest, imported_at, imported_by)
           VALUES (?,?,?,?,?,0,?,?,?,?)`,
        )
        .run(
          manifest.payload.sha256,
          fileName.slice(0, 260),
          manifest.fromSeq,
          manifest.toSeq,
          manifest.toSeq - manifest.fromSeq + 1,
          manifest.profile,
          JSON.stringify(manifest),
          Date.now(),
          user,
        ).lastInsertRowid,
    );
  }

  /** Checks and applies one payload line. */
  add({ text, lineNo }: PayloadLine): void {
    if (text.trim() === '') return;
    const line = parseLine(text, lineNo);
    this.checkOrder(line);
    const held = this.heldInRange.get(line.seq);
    if (held !== undefined && held !== line.hash) throw fork(line.seq);
    if (line.entity === PURGE_ENTITY) return this.addPurge(line, held !== undefined);
    const spec = specOf(line.entity)!;
    // The commune's own input rules (codes, cross-field rules, relations) before anything is applied.
    const problem =
      contentProblem(line.entity, line.snapshot, this.manifest.profile) ??
      relationProblem(this.replica, spec, line, this.complete);
    if (problem) throw rejected(lineNo, `${spec.label} ${line.id}: ${problem}`);
    if (held !== undefined) return;
    this.insert.run(line.seq, line.entity, line.id, line.version, line.hash, line.prevHash, this.bundleId);
    // Out-of-order bundles: each change carries the whole record; the highest version wins.
    try {
      writeSnapshot(this.replica, spec, line.snapshot);
    } catch (error) {
      // A value the schema refuses (an unknown code, a count out of range): invalid content, the
      // whole bundle is refused with the line and field named, never an unexpected error.
      if (!isConstraintError(error)) throw error;
      const issue = constraintIssue(error, spec);
      throw rejected(lineNo, `${spec.label} ${line.id}: ${issue.message}`);
    }
    this.fresh[line.entity] = (this.fresh[line.entity] ?? 0) + 1;
    this.applied++;
  }

  /**
   * A purge entry (db/changelog/purge.ts): the entries it names that the office holds must carry the
   * hash it names (else the two histories differ: a fork), and the record's purged fields are
   * written over in the replica too — a full-profile bundle may have brought them earlier.
   */
  private addPurge(line: ChangeLine, held: boolean): void {
    const snap = line.snapshot as { entity: string; recordId: string; entries: { seq: number; hash: string }[] };
    for (const entry of snap.entries) {
      const known = this.held.get(entry.seq) as { hash: string } | undefined;
      if (known && known.hash !== entry.hash) throw fork(entry.seq);
    }
    if (held) return;
    this.insert.run(line.seq, line.entity, line.id, line.version, line.hash, line.prevHash, this.bundleId);
    purgeReplicaRecord(this.replica, specOf(snap.entity)!, snap.recordId);
    this.fresh[line.entity] = (this.fresh[line.entity] ?? 0) + 1;
    this.applied++;
  }

  private checkOrder(line: ChangeLine): void {
    if (line.seq !== this.expectedSeq) throw mismatch(`thiếu hoặc lặp thay đổi số ${this.expectedSeq}`);
    if (line.seq > this.manifest.toSeq) throw mismatch('nhiều thay đổi hơn dải số thứ tự');
    if (this.lastHash === null) {
      if (line.seq === 1 && line.prevHash !== GENESIS_HASH) throw fork(1);
      const before = this.held.get(line.seq - 1) as { hash: string } | undefined;
      if (before && before.hash !== line.prevHash) throw fork(line.seq);
    } else if (line.prevHash !== this.lastHash) {
      throw mismatch(`chuỗi băm đứt ở thay đổi số ${line.seq}`);
    }
    this.lastHash = line.hash;
    this.expectedSeq++;
    this.seen[line.entity] = (this.seen[line.entity] ?? 0) + 1;
  }

  /** The end of the payload: everything the manifest promised arrived, and joins what follows. */
  finish(): ApplyOutcome {
    const { manifest } = this;
    if (this.expectedSeq !== manifest.toSeq + 1) throw mismatch('số thay đổi khác dải số thứ tự');
    if (this.lastHash !== manifest.chainHead) throw mismatch('mã băm cuối chuỗi khác');
    const keys = new Set([...Object.keys(this.seen), ...Object.keys(manifest.counts)]);
    for (const key of keys)
      if ((this.seen[key] ?? 0) !== (manifest.counts[key] ?? 0)) throw mismatch(`số bản ghi ${key}`);
    const after = this.held.get(manifest.toSeq + 1) as { prev_hash: string } | undefined;
    if (after && after.prev_hash !== this.lastHash) throw fork(manifest.toSeq + 1);
    this.replica.raw.prepare('UPDATE received_bundle SET applied = ? WHERE id = ?').run(this.applied, this.bundleId);
    return { applied: this.applied, counts: this.fresh, duplicate: this.applied === 0 };
  }
}
