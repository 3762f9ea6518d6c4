// Serves the built renderer over app://app/, never file://, and never outside the renderer folder.
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'app';
/** The renderer's origin. It must never change between releases, or IndexedDB would look empty. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/**
 * codeCache: Chromium keeps the app's compiled code between starts (only for standard schemes, and only
 * when asked), so a start does not compile the whole bundle again.
 */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** The file a request maps to, or null when it would leave the renderer folder or the origin. */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  const full = normalize(join(base, relative));
  return full.startsWith(base) ? full : null;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export function mimeOf(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface FileReader {
  readFile(path: string): Promise<Uint8Array>;
}

/** Answers one app:// request; kept free of Electron so it can be tested in Node. */
export async function serveAppRequest(root: string, request: Request, files: FileReader): Promise<Response> {
  const path = resolveAppPath(root, request.url);
  if (!path) return new Response('Not found', { status: 404 });
  try {
    const body = await files.readFile(path);
    return new Response(body as unknown as ConstructorParameters<typeof Response>[0], {
      status: 200,
      headers: {
        'Content-Type': mimeOf(path),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
