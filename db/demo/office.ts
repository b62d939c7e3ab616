import { AppError, type ErrorCode } from '../../shared/contract/errors';
import type { Dispatch } from '../../shared/contract/result';
import { DEMO_OFFICE_COMMUNES } from './data';
import { seedDemo } from './seed';

/** A commune installation the office demo opens for a moment (a temporary data folder). */
export interface TemporaryInstallation {
  dispatch: Dispatch;
  close(): void;
}

async function must<T>(dispatch: Dispatch, call: string, input: unknown): Promise<T> {
  const result = await dispatch(call, input);
  if (!result.ok) throw new AppError(result.error.code as ErrorCode, result.error.message, result.error.issues);
  return result.value as T;
}

async function enroll(at: Dispatch, of: Dispatch): Promise<void> {
  const cardJson = JSON.stringify(await must(of, 'installation.card', {}));
  const preview = await must<{ card: { fingerprint: string } }>(at, 'sync.previewCard', { cardJson });
  await must(at, 'sync.enroll', { cardJson, confirmFingerprint: preview.card.fingerprint });
}

/**
 * Fills a demo office with data the way a real one gets it: each demo commune is built in a
 * temporary installation, the two enroll each other's cards, the commune exports its bundle and the
 * office imports it. Returns the number of communes imported.
 */
export async function seedOfficeCommunes(
  office: Dispatch,
  openCommune: () => TemporaryInstallation,
  options: { today?: string; cases?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<number> {
  for (const [i, unit] of DEMO_OFFICE_COMMUNES.entries()) {
    const commune = openCommune();
    try {
      await seedDemo(commune.dispatch, {
        role: 'commune',
        commune: unit,
        seed: 20_250_701 + i,
        ...(options.today ? { today: options.today } : {}),
        ...(options.cases ? { cases: options.cases } : {}),
      });
      await enroll(office, commune.dispatch);
      await enroll(commune.dispatch, office);
      const sent = await must<{ fileName: string; base64: string }>(commune.dispatch, 'sync.exportBundle', {});
      const imported = await must<{ ok: boolean; message: string | null }>(office, 'sync.importBundle', {
        fileName: sent.fileName,
        base64: sent.base64,
      });
      if (!imported.ok) throw new AppError('INTERNAL', imported.message ?? 'Không nhập được gói mẫu.');
    } finally {
      commune.close();
    }
    options.onProgress?.(i + 1, DEMO_OFFICE_COMMUNES.length);
  }
  return DEMO_OFFICE_COMMUNES.length;
}
