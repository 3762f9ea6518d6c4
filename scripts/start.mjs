// npm start: builds, then runs the Electron app, or the browser mode where Electron cannot run.
import { spawn, spawnSync } from 'node:child_process';
import { runWeb } from './web.mjs';

const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

/** Asks the electron package for its runtime (it downloads it on first use); null with a reason if it can't. */
function electronRuntime() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (probe.status === 0 && probe.stdout) return { path: probe.stdout };
  const reason = probe.error?.code === 'ETIMEDOUT' ? 'its download timed out' : 'it could not be downloaded';
  return { reason };
}

const headlessLinux = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const runtime = headlessLinux ? { reason: 'this computer has no display' } : electronRuntime();

if (runtime.path) {
  const child = spawn(runtime.path, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`The Electron runtime is not available (${runtime.reason}), so the app runs in browser mode instead.`);
  await runWeb({ build: false });
}
