import { describe, expect, it } from 'vitest';
import { resolveAppPath, serveAppRequest } from '../../../src/main/protocol';

const root = '/opt/app/out/renderer';

describe('the app:// protocol', () => {
  it('maps app pages to files in the renderer folder', () => {
    expect(resolveAppPath(root, 'app://app/index.html')).toBe('/opt/app/out/renderer/index.html');
    expect(resolveAppPath(root, 'app://app/')).toBe('/opt/app/out/renderer/index.html');
    expect(resolveAppPath(root, 'app://app/assets/index-abc.js')).toBe('/opt/app/out/renderer/assets/index-abc.js');
  });

  it.each([
    'app://app/../../etc/passwd',
    'app://app/%2e%2e/%2e%2e/etc/passwd',
    'app://app/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://app/%2e%2e%5c%2e%2e%5cwindows',
    'app://app/index.html%00.js',
    'app://other/index.html',
    'file:///etc/passwd',
    'app://app/%E0%A4%A',
  ])('never leaves the renderer folder for %s', (url) => {
    const path = resolveAppPath(root, url);
    if (path !== null) expect(path.startsWith(`${root}/`)).toBe(true);
    else expect(path).toBeNull();
  });

  it('serves files with the strict CSP and answers 404 outside the folder', async () => {
    const reads: string[] = [];
    const files = {
      readFile: async (path: string) => {
        reads.push(path);
        return new TextEncoder().encode('<html></html>');
      },
    };
    const ok = await serveAppRequest(root, new Request('app://app/index.html'), files);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = ok.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|https?:/);

    const outside = await serveAppRequest(root, new Request('app://app/assets/..%2f..%2f..%2fsecret'), files);
    expect(outside.status).toBe(404);
    expect(reads).toEqual(['/opt/app/out/renderer/index.html']);
  });
});
