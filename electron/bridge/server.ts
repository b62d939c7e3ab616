import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Dispatch } from '../../shared/contract/result';
import { RENDERER_MIME } from '../core/mime';

/** A running loopback bridge. */
export interface Bridge {
  url: string;
  /** The URL a browser opens: the token travels in the fragment, never in a request line or log. */
  openUrl: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

/** Options of {@link startBridge}. */
export interface BridgeOptions {
  dispatch: Dispatch;
  staticDir: string;
  port?: number;
  token?: string;
  /** Largest request body accepted (imports arrive as base64). */
  maxBody?: number;
}

/**
 * Serves the built renderer and `POST /rpc/<call>` on 127.0.0.1 with a per-run token
 * (architecture.md §3). Only requests addressed to this host and port are answered, which also
 * defeats DNS-rebinding pages.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBody ?? 64 * 1024 * 1024;
  let port = 0;
  const server: Server = createServer((req, res) => {
    handle(req, res, { ...options, token, maxBody, port }).catch(() =>
      send(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Lỗi máy chủ nội bộ.' } }),
    );
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    openUrl: `${url}#token=${token}`,
    token,
    port,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  o: BridgeOptions & { token: string; maxBody: number; port: number },
): Promise<void> {
  if (req.headers.host !== `127.0.0.1:${o.port}` && req.headers.host !== `localhost:${o.port}`) {
    return send(res, 403, { ok: false, error: { code: 'UNAUTHORISED', message: 'Địa chỉ truy cập không hợp lệ.' } });
  }
  const url = req.url ?? '/';
  if (url.startsWith('/rpc/')) return rpc(req, res, o, url.slice(5));
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { ok: false });
  const path = pathOf(url);
  if (path === null) return send(res, 400, { ok: false });
  return serveStatic(res, o.staticDir, path);
}

/** The path of a request target, or null when it is not a valid URL. */
function pathOf(target: string): string | null {
  try {
    return new URL(target, 'http://127.0.0.1').pathname;
  } catch {
    return null;
  }
}

/** The call name of `/rpc/<call>` (percent-decoded), or null when the path is malformed. */
function callOf(rest: string): string | null {
  const encoded = rest.split(/[?#]/, 1)[0] ?? '';
  try {
    const call = decodeURIComponent(encoded);
    return call.length > 0 && call.length <= 200 ? call : null;
  } catch {
    return null;
  }
}

const REFUSED_BODY = { ok: false, error: { code: 'INVALID_INPUT', message: 'Dữ liệu gửi lên quá lớn.' } };

/**
 * One contract call. The token is checked before anything of the request is parsed (its path, its
 * headers, its body): a caller without it learns nothing, not even which paths are malformed.
 */
async function rpc(
  req: IncomingMessage,
  res: ServerResponse,
  o: BridgeOptions & { token: string; maxBody: number },
  rest: string,
) {
  if (!tokenOk(req.headers.authorization, o.token)) {
    return send(res, 401, {
      ok: false,
      error: {
        code: 'UNAUTHORISED',
        message: 'Phiên làm việc không hợp lệ. Hãy mở lại đường dẫn được in ra khi khởi động.',
      },
    });
  }
  if (req.method !== 'POST')
    return send(res, 405, { ok: false, error: { code: 'UNKNOWN_CALL', message: 'Chỉ chấp nhận POST.' } });
  const call = callOf(rest);
  if (call === null) {
    return send(res, 400, {
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Đường dẫn của yêu cầu không hợp lệ.' },
    });
  }
  // A declared length over the limit is refused before a byte of the body is read.
  if (Number(req.headers['content-length'] ?? 0) > o.maxBody) return refuseBody(req, res);
  const body = await readBody(req, o.maxBody);
  if (body === null) return refuseBody(req, res);
  let input: unknown;
  try {
    input = body.length ? JSON.parse(body.toString('utf8')) : {};
  } catch {
    return send(res, 400, {
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' },
    });
  }
  send(res, 200, await o.dispatch(call, input));
}

function tokenOk(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Answers 413 at once; the rest of the body is discarded as it arrives, never kept. */
function refuseBody(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('connection', 'close');
  send(res, 413, REFUSED_BODY);
  req.resume();
}

/** The request body, or null as soon as it grows past `max` (what arrived so far is dropped). */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size <= max) return void chunks.push(c);
      req.off('data', onData);
      chunks.length = 0;
      ok(null);
    };
    req.on('data', onData);
    req.on('end', () => ok(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

// frame-ancestors only works as a header (a <meta> CSP ignores it): no other page may frame the app.
const PAGE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-cache',
  'content-security-policy': "frame-ancestors 'none'",
  'x-frame-options': 'DENY',
};

function serveStatic(res: ServerResponse, dir: string, path: string): void {
  const root = resolve(dir);
  const target = normalize(join(root, path === '/' ? 'index.html' : path));
  const file =
    target.startsWith(root + sep) && existsSync(target) && statSync(target).isFile()
      ? target
      : join(root, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(503, { ...PAGE_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
    res.end('Chưa có bản dựng giao diện. Hãy chạy: npm run build:renderer');
    return;
  }
  res.writeHead(200, {
    ...PAGE_HEADERS,
    'content-type': RENDERER_MIME[extname(file)] ?? 'application/octet-stream',
  });
  createReadStream(file).pipe(res);
}
