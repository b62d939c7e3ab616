import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { tempDir } from '../helpers/app';
import { startWeb, type WebServer } from './web';

/**
 * Demo installations (`qcdc demo`) served like `npm run web`, for specs that need realistic rows
 * without walking the set-up wizard first.
 */
export class DemoServers {
  private readonly root = tempDir('qcdc-demo-e2e-');
  private readonly servers: WebServer[] = [];

  /** Creates a demo installation of `role` and returns the address its server printed (token included). */
  async start(role: 'commune' | 'office', name: string = role): Promise<string> {
    const dataDir = join(this.root, name);
    execFileSync(process.execPath, ['bin/qcdc.mjs', 'demo', '--data', dataDir, '--role', role], { stdio: 'ignore' });
    const server = await startWeb(dataDir);
    this.servers.push(server);
    return server.url;
  }

  /** Stops every server (each makes its automatic backup as it closes), then removes the data folders. */
  async stop(): Promise<void> {
    await Promise.all(this.servers.map((s) => s.stop()));
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** Calls the bridge from the page with the session's token (to find ids for detail routes). */
export async function rpc<T>(page: Page, call: string, input: unknown): Promise<T> {
  // Page code as text: the tests compile without the DOM library.
  return page.evaluate<T>(`(async () => {
    const res = await fetch('./rpc/${call}', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer ' + sessionStorage.getItem('qcdc.token') },
      body: ${JSON.stringify(JSON.stringify(input))},
    });
    const body = await res.json();
    if (!body.ok) throw new Error(JSON.stringify(body.error));
    return body.value;
  })()`);
}

/** Moves to an app route by its hash, as a typed address would. */
export async function go(page: Page, route: string): Promise<void> {
  await page.evaluate(`window.location.hash = ${JSON.stringify(`#${route}`)}`);
}
