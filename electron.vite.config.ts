import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

const pkg = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { version: string };
/**
 * index.html carries the strict CSP. Only the dev server drops it, because hot reload injects an
 * inline script; anything built (the app, the browser mode, the tests) keeps it.
 */
const devWithoutCsp = (): Plugin => ({
  name: 'dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
});

const alias = { '@shared': resolve(__dirname, 'src/shared') };

export default defineConfig({
  main: {
    resolve: { alias },
  },
  preload: {
    resolve: { alias },
    // A sandboxed preload can only require('electron'): bundle everything else into it.
    build: { externalizeDeps: false },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    resolve: { alias },
    plugins: [react(), devWithoutCsp()],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    // RENDERER_OUT_DIR lets several builds (parallel test runs) keep out of each other's way.
    build: {
      // Minified: the app's code is parsed and run on every start, and a state's coordinator waits for it.
      // RENDERER_NO_MINIFY=1 keeps names readable for a CPU profile.
      minify: !process.env.RENDERER_NO_MINIFY,
      chunkSizeWarningLimit: 1500,
      ...(process.env.RENDERER_OUT_DIR ? { outDir: resolve(process.env.RENDERER_OUT_DIR) } : {}),
    },
  },
});
