import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../../electron/bridge/server';
import { ok, openTestApp } from '../../helpers/app';

// Issue 16, item 6: the loopback bridge checks the token before it parses anything, answers a
// malformed path with a clean 400, and refuses an oversized body without keeping it.

let app: ReturnType<typeof openTestApp>;
let bridge: Bridge;
let calls = 0;

beforeAll(async () => {
  app = openTestApp();
  bridge = await startBridge({
    dispatch: (name, input) => {
      calls++;
      return app.dispatch(name, input);
    },
    staticDir: 'out/renderer',
    maxBody: 64 * 1024,
  });
});
afterAll(async () => {
  await bridge.close();
  app.cleanup();
});

/** A raw HTTP request (the path sent exactly as given, unlike fetch which may normalise it). */
function raw(
  method: string,
  path: string,
  options: { token?: string; body?: Buffer; headers?: Record<string, string> } = {},
): Promise<{ status: number; json: { ok: boolean; error?: { code: string; message: string } } | null }> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        method,
        path,
        headers: {
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d));
        res.on('end', () => {
          let json = null;
          try {
            json = JSON.parse(text) as never;
          } catch {
            json = null;
          }
          done({ status: res.statusCode ?? 0, json });
        });
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

describe('the loopback bridge', () => {
  it('answers a malformed call path without the token with 401, not 500', async () => {
    for (const method of ['POST', 'GET', 'PUT']) {
      const r = await raw(method, '/rpc/%E0%A4%A');
      expect(r.status).toBe(401);
      expect(r.json?.error?.code).toBe('UNAUTHORISED');
    }
  });

  it('answers a malformed call path with the token with a clean 400', async () => {
    const r = await raw('POST', '/rpc/%E0%A4%A', { token: bridge.token, body: Buffer.from('{}') });
    expect(r.status).toBe(400);
    expect(r.json?.error?.message).toContain('không hợp lệ');
    const unknown = await raw('POST', '/rpc/kh%C3%B4ng.c%C3%B3', { token: bridge.token, body: Buffer.from('{}') });
    expect(unknown.status).toBe(200);
    expect(unknown.json?.error?.code).toBe('UNKNOWN_CALL');
  });

  it('refuses a body over the limit with 413 before any call is made', async () => {
    const before = calls;
    const declared = await raw('POST', '/rpc/installation.status', {
      token: bridge.token,
      body: Buffer.alloc(200 * 1024, 0x20),
    });
    expect(declared.status).toBe(413);
    const chunked = await raw('POST', '/rpc/installation.status', {
      token: bridge.token,
      body: Buffer.alloc(200 * 1024, 0x20),
      headers: { 'transfer-encoding': 'chunked' },
    });
    expect(chunked.status).toBe(413);
    expect(calls).toBe(before);
    // The bridge still answers afterwards.
    const fine = await raw('POST', '/rpc/installation.status', { token: bridge.token, body: Buffer.from('{}') });
    expect(fine.json?.ok).toBe(true);
  });

  it('still serves calls and pages as before', async () => {
    await ok(app.dispatch, 'installation.status', {});
    const page = await raw('GET', '/%E0%A4%A');
    expect([200, 503]).toContain(page.status);
  });
});
