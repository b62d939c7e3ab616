import { AppError } from '../../shared/contract/errors';
import type { Card, Installation, SetupInput } from '../../shared/installation/schema';
import { createCommunity } from '../community/service';
import type { Ctx } from '../context';
import { protectInstallation } from '../access/handlers';
import { createInstallationKeys, loadKeys, saveKeys } from '../keys/keystore';
import { fingerprint, keyIdHex, publicKeyFile } from '../keys/minisign';
import { LATEST_SCHEMA_VERSION } from '../migrations/index';
import { transaction } from '../open';
import { getSetting, setSetting, type SettingKey } from './settings';
import { requireRole } from './role';

export { requireRole };

/** This installation's identity and settings. */
export function installationStatus(ctx: Ctx): Installation {
  const s = (k: SettingKey) => getSetting(ctx.sql, k);
  const role = s('role') as Installation['role'];
  return {
    initialised: role !== null,
    role,
    code: s('code'),
    name: s('name'),
    province: s('province'),
    keyId: s('keyId'),
    fingerprint: s('fingerprint'),
    settings: {
      placeName: s('placeName'),
      signerTitle: s('signerTitle'),
      signerName: s('signerName'),
      officeName: s('officeName'),
      userName: s('userName'),
      issuer: s('issuer'),
      recipients: s('recipients'),
    },
    appVersion: ctx.appVersion,
    schemaVersion: LATEST_SCHEMA_VERSION,
  };
}

/**
 * First-run set-up: role, code, name, the communities, and this installation's Ed25519 signing key
 * and age identity (architecture.md §5). One transaction; the key files are written inside it so a
 * failure leaves neither settings nor keys behind.
 */
export async function setupInstallation(
  ctx: Ctx,
  input: SetupInput,
): Promise<Installation & { recoveryCode: string | null }> {
  if (ctx.access.isProtected() || getSetting(ctx.sql, 'role')) throw new AppError('ALREADY_INITIALISED');
  const keys = await createInstallationKeys();
  const writer = { ...ctx.writer(), user: input.admin?.name ?? input.userName ?? ctx.writer().user };
  transaction(ctx.sql, () => {
    if (getSetting(ctx.sql, 'role')) throw new AppError('ALREADY_INITIALISED');
    setSetting(ctx.sql, 'role', input.role);
    setSetting(ctx.sql, 'code', input.code);
    setSetting(ctx.sql, 'name', input.name);
    setSetting(ctx.sql, 'province', input.province);
    setSetting(ctx.sql, 'userName', input.userName);
    setSetting(ctx.sql, 'keyId', keyIdHex(keys.signing.keyId));
    setSetting(ctx.sql, 'fingerprint', fingerprint(keys.signing.publicKey));
    for (const c of input.communities) createCommunity(ctx.sql, { ...c, note: null }, writer);
    saveKeys(ctx.dataDir, keys, ctx.keyProtector);
  });
  // The desktop wizard always protects; `qcdc init` only with --admin. A new folder has nothing to back up.
  const recoveryCode = input.admin
    ? (await protectInstallation(ctx, input.admin, { backup: false })).recoveryCode
    : null;
  return { ...installationStatus(ctx), recoveryCode };
}

/** Updates the settings printed on documents: the fields given, leaving the others as they are. */
export function updateSettings(ctx: Ctx, input: Partial<Record<SettingKey, string | null>>): Installation {
  requireRole(ctx.sql);
  transaction(ctx.sql, () => {
    for (const [k, v] of Object.entries(input)) if (v !== undefined) setSetting(ctx.sql, k as SettingKey, v);
  });
  return installationStatus(ctx);
}

/** This installation's public card (cli.md, schema qcdc.card/1). */
export function installationCard(ctx: Ctx): Card {
  const role = requireRole(ctx.sql);
  const keys = loadKeys(ctx.dataDir, ctx.keyProtector);
  return {
    schema: 'qcdc.card/1',
    role,
    code: getSetting(ctx.sql, 'code') ?? '',
    name: getSetting(ctx.sql, 'name') ?? '',
    keyId: keyIdHex(keys.signing.keyId),
    fingerprint: fingerprint(keys.signing.publicKey),
    minisignPublicKey: publicKeyFile(keys.signing),
    ageRecipient: keys.ageRecipient,
  };
}
