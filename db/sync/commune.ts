import { AppError } from '../../shared/contract/errors';
import type { BundleProfile } from '../../shared/sync/manifest';
import type { CommuneSync, SyncEvent } from '../../shared/sync/schema';
import { chainHead } from '../changelog/chain';
import type { Ctx } from '../context';
import { requireRole } from '../installation/service';
import { loadKeys } from '../keys/keystore';
import { prepare, transaction } from '../open';
import { listEvents, recordEvent } from './events';
import { exportBundle } from './export';
import { acknowledgedSeq } from './receipt';
import { requireOffice } from './peers';

/** What the clerk chooses when sending. */
export interface SendOptions {
  profile: BundleProfile;
  /** Required with the `full` profile; logged. */
  reason?: string | undefined;
  /** Resend the whole change log instead of only what is not yet acknowledged. */
  all: boolean;
  /** Also encrypt to the commune's own key, so the commune can open what it sent. */
  encryptToSelf: boolean;
}

/** A bundle written for the enrolled office, and its history entry (what the cover sheet prints). */
export interface SentBundle {
  file: Buffer;
  fileName: string;
  event: SyncEvent;
}

/**
 * Builds the bundle for the enrolled office: by default the changes it has not acknowledged yet,
 * in the `minimal` profile. The `full` profile needs a reason, kept in the history.
 */
export async function sendToOffice(ctx: Ctx, options: SendOptions): Promise<SentBundle> {
  requireRole(ctx.sql, 'commune');
  const office = requireOffice(ctx.sql);
  const reason = options.reason?.trim() ?? '';
  if (options.profile === 'full' && !reason) {
    throw new AppError('INVALID_INPUT', 'Gửi đầy đủ (kèm họ tên, nội dung) phải ghi rõ lý do.', [
      { field: 'reason', message: 'Hãy ghi lý do gửi đầy đủ.' },
    ]);
  }
  const own = loadKeys(ctx.dataDir, ctx.keyProtector);
  const bundle = await exportBundle({
    sql: ctx.sql,
    dataDir: ctx.dataDir,
    keyProtector: ctx.keyProtector,
    recipient: office.card.ageRecipient,
    extraRecipients: options.encryptToSelf ? [own.ageRecipient] : [],
    officeCode: office.code,
    fromSeq: options.all ? 1 : acknowledgedSeq(ctx.sql) + 1,
    profile: options.profile,
    appVersion: ctx.appVersion,
  });
  const { manifest } = bundle;
  const fileName = `${manifest.sender.commune}-${manifest.fromSeq}-${manifest.toSeq}.qcdc`;
  const event = transaction(ctx.sql, () =>
    recordEvent(ctx.sql, ctx.writer(), {
      kind: 'export',
      peerCode: office.code,
      fromSeq: manifest.fromSeq,
      toSeq: manifest.toSeq,
      changes: bundle.changes,
      detail: {
        fileName,
        profile: manifest.profile,
        reason: reason || null,
        all: options.all,
        counts: manifest.counts,
        bytes: bundle.file.length,
        payloadSha256: manifest.payload.sha256,
        chainHead: manifest.chainHead,
        officeName: office.name,
        officeFingerprint: office.fingerprint,
        senderKeyId: manifest.sender.keyId,
      },
    }),
  );
  return { file: bundle.file, fileName, event };
}

/** The commune's sending status: office, what is pending, last export and receipt, history. */
export function communeStatus(ctx: Ctx): CommuneSync {
  requireRole(ctx.sql, 'commune');
  const acknowledged = acknowledgedSeq(ctx.sql);
  const rows = prepare(ctx.sql, 'SELECT entity, count(*) AS n FROM change_log WHERE seq > ? GROUP BY entity').all(
    acknowledged,
  ) as { entity: string; n: number }[];
  const counts = Object.fromEntries(rows.map((r) => [r.entity, r.n]));
  const office = prepare(ctx.sql, 'SELECT code FROM peer WHERE replaced_at IS NULL LIMIT 1').get() as
    { code: string } | undefined;
  return {
    office: office ? withoutCard(requireOffice(ctx.sql)) : null,
    lastSeq: chainHead(ctx.sql).seq,
    acknowledgedSeq: acknowledged,
    pending: { changes: rows.reduce((n, r) => n + r.n, 0), counts },
    lastExport: listEvents(ctx.sql, ['export'], 1)[0] ?? null,
    lastReceipt: listEvents(ctx.sql, ['receipt_in'], 1)[0] ?? null,
    history: listEvents(ctx.sql),
  };
}

function withoutCard<T extends { card: unknown }>(value: T): Omit<T, 'card'> {
  const { card: _card, ...rest } = value;
  return rest;
}
