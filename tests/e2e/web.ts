import { spawn, type ChildProcess } from 'node:child_process';

/** A `npm run web` server of its own (own data folder), for specs that need a fresh or special installation. */
export interface WebServer {
  /** The address the server printed ("Mở địa chỉ: …"), token in the fragment. */
  url: string;
  /** Stops the server; resolves once its process has ended (it makes its automatic backup at close). */
  stop(): Promise<void>;
}

/**
 * Starts the same server `npm run web` starts (electron/bridge/serve.ts) and waits for its printed
 * address; `token` fixes the bridge token (else the server makes one).
 */
export function startWeb(dataDir: string, token?: string): Promise<WebServer> {
  return new Promise((done, fail) => {
    const child: ChildProcess = spawn(
      process.execPath,
      ['--import', 'tsx', 'electron/bridge/serve.ts', '--data', dataDir, ...(token ? ['--token', token] : [])],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /Mở địa chỉ: (\S+)/.exec(out);
      if (m?.[1]) {
        const ended = new Promise<void>((end) => child.once('exit', () => end()));
        done({ url: m[1], stop: () => (child.kill('SIGTERM'), ended) });
      }
    });
    child.on('exit', (code) => fail(new Error(`serve.ts ended (${code}) before printing an address:\n${out}`)));
  });
}
