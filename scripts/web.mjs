// The browser mode: builds the renderer if needed and serves it at one fixed address.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { RENDERER_ROOT, serve } from './serve.mjs';

/** Always the same port: the browser keeps the data per address, and a new port would look empty. */
export const WEB_PORT = 5874;

export async function runWeb({ build = true } = {}) {
  if (build || !existsSync(join(RENDERER_ROOT, 'index.html'))) {
    const result = spawnSync('npx', ['electron-vite', 'build'], {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  try {
    await serve({ port: WEB_PORT });
  } catch (error) {
    if (error && error.code === 'EADDRINUSE') {
      console.error(
        `Port ${WEB_PORT} is already in use, probably by another copy of the browser mode. Open http://127.0.0.1:${WEB_PORT}/ or stop the other copy.`,
      );
      process.exit(1);
    }
    throw error;
  }
  console.log(`Connection Coordinator (browser mode) is running at http://127.0.0.1:${WEB_PORT}/`);
  console.log(
    "Open that address in Chrome, Edge or Chromium. Your data is kept in that browser's profile, for that address.",
  );
  console.log('Press Ctrl+C to stop.');
}

if (process.argv[1] && process.argv[1].endsWith('web.mjs')) {
  await runWeb({ build: !process.argv.includes('--no-build') });
}
