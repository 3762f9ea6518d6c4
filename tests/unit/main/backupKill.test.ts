// Kills a process in the middle of writing a backup, many times, and finds the last whole file every time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const RUNS = 30;
const SIZE = 16 * 1024 * 1024;
let work: string;
let child: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'backup-kill-'));
  // Bundled, not copied: the child runs src/main/atomicWrite.ts itself.
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: resolve(__dirname, 'backupWriterChild.ts'),
      outDir: join(work, 'bundle'),
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'child.mjs' } },
    },
  });
  child = join(work, 'bundle', 'child.mjs');
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function writeAndKill(target: string, delayMs: number): Promise<number> {
  return new Promise((done, fail) => {
    const writer = spawn(process.execPath, [child, target, String(SIZE)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let written = 0;
    let errors = '';
    let timer: NodeJS.Timeout | undefined;
    writer.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      written += text.split('wrote').length - 1;
      // The clock starts once the child is writing, so the kill lands inside the write loop.
      if (!timer && text.includes('ready')) timer = setTimeout(() => writer.kill('SIGKILL'), delayMs);
    });
    writer.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    writer.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') fail(new Error(`child ended by itself (${code}): ${errors}`));
      else done(written);
    });
  });
}

function checkWhole(text: string): string {
  const parsed = JSON.parse(text) as { version: string; filler: string; end: string };
  expect(parsed.end).toBe(parsed.version);
  expect(parsed.filler.length).toBe(SIZE);
  expect(/^x+$/.test(parsed.filler)).toBe(true);
  return parsed.version;
}

describe('a backup write killed at a random moment', () => {
  it(`leaves the previous file whole and readable, every time (${RUNS} runs)`, async () => {
    const folder = await mkdtemp(join(work, 'run-'));
    const target = join(folder, 'backup.json');
    await writeFile(target, JSON.stringify({ version: '000000', filler: 'x'.repeat(SIZE), end: '000000' }));
    let killedMidWrite = 0;
    const versions = new Set<string>();
    for (let run = 0; run < RUNS; run += 1) {
      const delay = Math.floor(Math.random() * 300);
      await writeAndKill(target, delay);
      versions.add(checkWhole(await readFile(target, 'utf8')));
      const leftovers = (await readdir(folder)).filter((name) => name.endsWith('.tmp'));
      if (leftovers.length > 0) killedMidWrite += 1;
      // What a crash leaves is only ever a temp file beside the backup, never a changed backup.
      for (const name of leftovers) await rm(join(folder, name));
    }
    // The test means something only if kills really landed inside writes.
    console.log({ killedMidWrite });
    expect(killedMidWrite).toBeGreaterThan(0);
  }, 180_000);
});
