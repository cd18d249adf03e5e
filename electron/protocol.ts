import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../shared/ipc/origin';
import { mimeTypeOf } from './mimeTypes';
import { RENDERER_ROOT } from './paths';

/**
 * The renderer is served from app://workbench/, never file://: one stable origin (see
 * shared/ipc/origin.ts: IndexedDB is per origin, so it must never change) with real
 * web security, instead of file:// where every local file shares a null origin.
 */

/** No remote content, no inline script, no plugins, no framing: the app only talks to itself. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Must run before the app is ready: Chromium fixes scheme privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // standard: real origin, so IndexedDB and relative URLs work; secure: a secure context.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(root: string = RENDERER_ROOT): void {
  protocol.handle(APP_SCHEME, (request) => respond(request, root));
}

async function respond(request: Request, root: string): Promise<Response> {
  const filePath = fileFor(request.url, root);
  if (!filePath) return notFound();
  try {
    const body = await readFile(filePath);
    return new Response(body, { headers: headersFor(mimeTypeOf(filePath)) });
  } catch {
    // Missing file, directory, unreadable: the page gets a 404, never a stack trace.
    return notFound();
  }
}

/** The file a URL names inside `root`, or undefined when the URL would escape it. */
function fileFor(url: string, root: string): string | undefined {
  const { host, pathname } = new URL(url);
  if (host !== APP_HOST) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const filePath = resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  // URL parsing removes literal '..' segments, but encoded ones ('..%2F') survive decoding.
  const fromRoot = relative(root, filePath);
  const escapes = fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot);
  return escapes ? undefined : filePath;
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: headersFor('text/plain; charset=utf-8') });
}

function headersFor(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  });
}
