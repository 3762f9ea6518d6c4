// Cold starts of two or more builds taking turns on one kept profile: how this project judges a change
// to the start. Bench runs differ by ±25 ms on these machines; builds that take turns share the drift.
//   PROFILE=dir node tests/bench/abStarts.mjs BUILD_DIR BUILD_DIR … [--runs 16] [--marks a,b,…]
// Build each with `RENDERER_OUT_DIR=dir npx electron-vite build`. Every start is a first start of the
// day (Home's kept list cleared). Prints, per build, the median of each mark, and of two spans measured
// within each start, steadier than the marks: Home's read, and the app's first line to Home drawn.

import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { serve } from '../../scripts/serve.mjs';
import { median } from './benchTable.mjs';
import { watchMarks } from './marks.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
if (!process.env.PROFILE) throw new Error('Set PROFILE to a profile folder that holds the dataset');
const builds = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && !all[i - 1]?.startsWith('--'));
if (builds.length < 2) throw new Error('Name at least two build folders');
const RUNS = Number(option('--runs', '16'));
const MARKS = option('--marks', 'app-script,home-read-start,home-read-done,home-live-painted').split(',');
const PORT = Number(process.env.BENCH_PORT ?? 4787);
const LAST = 'home-live-painted';

const results = builds.map(() => []);
for (let run = 0; run < RUNS; run += 1) {
  // Alternate the order, so neither build always starts right after the other.
  const order = builds.map((_, i) => i);
  if (run % 2 === 1) order.reverse();
  for (const i of order) {
    const server = await serve({ port: PORT, root: resolve(builds[i]) });
    const context = await chromium.launchPersistentContext(process.env.PROFILE, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await context.newPage();
      await page.addInitScript(() => {
        for (const key of Object.keys(localStorage))
          if (key.startsWith('connection-coordinator.home:')) localStorage.removeItem(key);
      });
      const seen = await watchMarks(context, page, [...new Set([...MARKS, LAST])], 60_000);
      await page.goto(`http://127.0.0.1:${PORT}/#/`);
      await seen(LAST);
      results[i].push(Object.fromEntries(MARKS.map((name) => [name, seen.known(name) ?? Number.NaN])));
    } finally {
      await context.close();
      await new Promise((done) => server.close(done));
    }
  }
  process.stdout.write(`run ${run + 1} of ${RUNS}\r`);
}

process.stdout.write('\n');
const ms = (value) => `${Math.round(value)} ms`;
builds.forEach((build, i) => {
  const of = (name) => median(results[i].map((marks) => marks[name]).filter((value) => !Number.isNaN(value)));
  const within = (from, to) =>
    median(results[i].map((marks) => marks[to] - marks[from]).filter((v) => !Number.isNaN(v)));
  console.log(`${build}: ${MARKS.map((name) => `${name} ${ms(of(name))}`).join(', ')}`);
  console.log(
    `  within each start: Home's read ${ms(within('home-read-start', 'home-read-done'))}, the app's first line to Home drawn ${ms(within('app-script', LAST))}`,
  );
  console.log(`  ${LAST} by start: ${results[i].map((marks) => Math.round(marks[LAST])).join(' ')}`);
});
process.exit(0);
