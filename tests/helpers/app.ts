import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CallName, OutputOf, RequestOf } from '../../shared/contract/index';
import type { CallResult, Dispatch } from '../../shared/contract/result';
import { plainFileProtector } from '../../db/keys/keystore';
import { openApp, type AppInstance } from '../../electron/core/app';

/** A fresh data folder in the system temp directory. */
export function tempDir(prefix = 'qcdc-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Opens a new installation in a temp folder; `cleanup` closes and removes it. */
export function openTestApp(): AppInstance & { cleanup(): void } {
  const dataDir = tempDir();
  const app = openApp({ dataDir, keyProtector: plainFileProtector, user: 'kiểm thử' });
  return { ...app, cleanup: () => (app.close(), rmSync(dataDir, { recursive: true, force: true })) };
}

/** Calls through a dispatcher and returns the value, failing the test with the error otherwise. */
export async function ok<K extends CallName>(dispatch: Dispatch, name: K, input: RequestOf<K>): Promise<OutputOf<K>> {
  const r = await dispatch(name, input);
  if (!r.ok) throw new Error(`${name} failed: ${JSON.stringify(r.error)}`);
  return r.value as OutputOf<K>;
}

/** Calls and returns the error half, failing the test if the call succeeded. */
export async function err(
  dispatch: Dispatch,
  name: string,
  input: unknown,
): Promise<Extract<CallResult, { ok: false }>['error']> {
  const r = await dispatch(name, input);
  if (r.ok) throw new Error(`${name} unexpectedly succeeded: ${JSON.stringify(r.value)}`);
  return r.error;
}

/** Sets up a commune with one thôn, its team and three mediators (one woman). */
export async function seedCommune(dispatch: Dispatch) {
  await ok(dispatch, 'installation.setup', {
    role: 'commune',
    code: '12345',
    name: 'Xã Tân Hưng',
    province: 'Lạng Sơn',
    userName: 'Cán bộ Tư pháp',
    communities: [{ name: 'Thôn Đồng Đăng', type: 'thon', households: 120 }],
  });
  const communities = await ok(dispatch, 'community.list', {});
  const community = communities.items[0]!;
  const team = await ok(dispatch, 'mediation.createTeam', { communityId: community.id });
  const names: [string, 'nam' | 'nu'][] = [
    ['Hoàng Thị Mai', 'nu'],
    ['Nông Văn Dũng', 'nam'],
    ['Lý Văn Sơn', 'nam'],
  ];
  const mediators = [];
  for (const [name, gender] of names) {
    mediators.push(
      await ok(dispatch, 'mediation.createMediator', {
        teamId: team.id,
        name,
        gender,
        ethnicMinority: name.startsWith('N'),
      }),
    );
  }
  return { community, team, mediators };
}
