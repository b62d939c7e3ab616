import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import { bundleImportOf, type BundleImport } from '../../shared/sync/schema';
import type { Ctx } from '../context';
import { getSetting } from '../installation/settings';
import { loadKeys } from '../keys/keystore';
import { copyPrivate, withTempFileAsync } from '../maintenance/temp';
import { transaction } from '../open';
import { recordEvent } from './events';
import { applyPayload, checkContainer, receiptFor, requireKnownSchema } from './import';
import { BundleRefusal } from './payload';
import { openReplica, replicaPath } from './replica';

/**
 * Takes a commune's whole history afresh from a full bundle (all its changes from number 1), after a
 * fork: the office officer and the commune agreed which branch is the real one (the machine the
 * commune keeps using) and the commune sent everything from it. The bundle passes every check of an
 * ordinary import into a new, empty replica; only then does that replica take the place of the
 * current one, which is kept in `backups/` (nothing the office received is destroyed). The reason is
 * kept in the sync history, and the forks reported before are settled by it.
 */
export async function replaceCommuneData(
  ctx: Ctx,
  input: { code: string; fileName: string; base64: string; reason: string },
): Promise<BundleImport> {
  if (getSetting(ctx.sql, 'role') !== 'office') {
    throw new AppError('RULE_VIOLATION', 'Chỉ cài đặt của cơ quan nhận báo cáo mới nhận lại dữ liệu của xã.');
  }
  const base = bundleImportOf(input.fileName);
  // The new replica is a temporary file beside the current one: removed if anything fails, swept at
  // the next start if the process dies on the way (db/maintenance/temp.ts).
  return withTempFileAsync(replicaPath(ctx.dataDir, input.code), 'nhan-lai', ctx.dataDir, async (fresh) => {
    try {
      const keys = loadKeys(ctx.dataDir, ctx.keyProtector);
      const { manifest, payload } = checkContainer(ctx.sql, Buffer.from(input.base64, 'base64'), keys.ageRecipient);
      if (manifest.sender.commune !== input.code) {
        throw new BundleRefusal(
          'rejected',
          `Gói này là của xã ${manifest.sender.commune}, không phải của xã ${input.code}.`,
        );
      }
      if (manifest.fromSeq !== 1) {
        throw new BundleRefusal(
          'rejected',
          `Cần gói có toàn bộ dữ liệu của xã (xã chọn "gửi lại toàn bộ" khi tạo gói); gói này chỉ có các thay đổi từ số ${manifest.fromSeq}.`,
        );
      }
      requireKnownSchema(manifest);
      const replica = openReplica(ctx.dataDir, input.code, fresh);
      let outcome: Pick<BundleImport, 'applied' | 'counts' | 'gaps' | 'receipt'>;
      try {
        const applied = await applyPayload(
          ctx,
          replica,
          { identity: keys.ageIdentity, manifest, payload, fileName: input.fileName },
          () => true,
        );
        outcome = { applied: applied.applied, counts: applied.counts, gaps: applied.gaps, receipt: null };
        replica.raw.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        replica.raw.close();
      }
      const archived = swapReplica(ctx.dataDir, input.code, fresh);
      transaction(ctx.sql, () =>
        recordEvent(ctx.sql, ctx.writer(), {
          kind: 'replace_data',
          peerCode: input.code,
          fromSeq: manifest.fromSeq,
          toSeq: manifest.toSeq,
          changes: manifest.toSeq - manifest.fromSeq + 1,
          detail: {
            reason: input.reason,
            fileName: input.fileName.slice(0, 260),
            payloadSha256: manifest.payload.sha256,
            archivedAs: archived,
          },
        }),
      );
      const current = openReplica(ctx.dataDir, input.code);
      try {
        outcome.receipt = receiptFor(ctx, current, input.code);
      } finally {
        current.raw.close();
      }
      return {
        ...base,
        commune: manifest.sender.commune,
        fromSeq: manifest.fromSeq,
        toSeq: manifest.toSeq,
        duplicate: false,
        ...outcome,
      };
    } catch (error) {
      if (error instanceof BundleRefusal) return { ...base, ok: false, failure: error.failure, message: error.message };
      throw error;
    }
  });
}

/**
 * Puts the filled replica in place of the current one: the current one is first checkpointed and
 * copied to `backups/`, then the new file replaces it in one rename. Returns the copy's file name.
 */
function swapReplica(dataDir: string, code: string, fresh: string): string | null {
  const live = replicaPath(dataDir, code);
  let archived: string | null = null;
  if (existsSync(live)) {
    const old = openReplica(dataDir, code);
    try {
      old.raw.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      old.raw.close();
    }
    archived = `xa-${code}-truoc-khi-nhan-lai-${Date.now()}.sqlite`;
    copyPrivate(live, join(dataDir, 'backups', archived));
  }
  for (const suffix of ['-wal', '-shm']) rmSync(live + suffix, { force: true });
  renameSync(fresh, live);
  for (const suffix of ['-wal', '-shm']) rmSync(fresh + suffix, { force: true });
  return archived;
}
