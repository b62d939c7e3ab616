import { protocol } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { RENDERER_MIME } from '../core/mime';

/**
 * The renderer is served from a custom `app://` scheme rather than `file://` (Electron's security
 * checklist, issue 16): a file:// page may read any other local file, while an app:// page is one
 * origin that serves only the built renderer's own folder.
 */
export const APP_SCHEME = 'app';
/** The single host of the scheme: every URL of the app is under app://qcdc/. */
export const APP_HOST = 'qcdc';
/** The app's own page. */
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Declares the scheme standard (relative URLs, an origin for the CSP's 'self') and secure, with
 * fetch; must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * The file an app:// URL names inside `rendererDir`, or null when it names none: another host, a
 * malformed escape, a NUL, or a path that leaves the folder (`..`, encoded or not, either slash).
 */
export function resolveAppPath(rendererDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  const root = path.resolve(rendererDir);
  const target = path.resolve(root, `.${path.sep}${relative.replace(/^[/\\]+/, '')}`);
  const inside = path.relative(root, target);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return target;
}

function notFound(): Response {
  return new Response('Không tìm thấy.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** The handler of app:// requests: the renderer's own files, nothing else. */
export function createAppHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const file = resolveAppPath(rendererDir, request.url);
    if (!file) return notFound();
    try {
      if (!(await stat(file)).isFile()) return notFound();
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: {
          'content-type': RENDERER_MIME[path.extname(file)] ?? 'application/octet-stream',
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return notFound();
    }
  };
}

/** Serves the built renderer on the app:// scheme (after the app is ready). */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppHandler(rendererDir));
}
