// Finds where the time goes, on a profile kept by `npm run bench -- --keep` (or --profile DIR), against the
// build in .bench/renderer (or BENCH_ROOT). PROFILE=dir node tests/bench/probe.mjs MODE …
//   home                       Home's sections timed one by one (and a screenshot)
//   cold                       a cold start to Home with a CPU profile
//   open                       a cold IndexedDB open and a few bare reads
//   prof "<expression>" …      CPU profile of bench calls, e.g. "window.__bench.exportBackup()"
//   visit <hash> <mark> [hash] CPU profile of a navigation inside the app, timed to the screen's mark
//   trace <hash> <mark>        Chromium trace of the same (script, style, layout, paint)
//   sel <hash> <selector>      time until a selector appears after navigating
//   demo                       screenshots of Settings → Large demo dataset loading (empty profile)
//   <hash> [ms] [full]         a screenshot of a screen
// Optional: INTERVAL (sampling µs), SETTLE (ms before profiling), XARGS (extra Chromium flags), OUT (folder).
/* global window, document, requestAnimationFrame, indexedDB, IDBKeyRange -- page functions run in the browser */
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { serve } from '../../scripts/serve.mjs';

const OUT = process.env.OUT ?? resolve('.bench');
if (!process.env.PROFILE) throw new Error('Set PROFILE to a profile folder that holds the dataset');
const PORT = Number(process.env.BENCH_PORT ?? 4787);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const server = await serve({
  port: PORT,
  root: resolve(process.env.BENCH_ROOT ?? '.bench/renderer'),
});
const context = await chromium.launchPersistentContext(process.env.PROFILE, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 860 },
  timezoneId: 'America/Chicago',
  args: ['--no-sandbox', '--disable-gpu', ...(process.env.XARGS ? process.env.XARGS.split(' ') : [])],
});
const page = await context.newPage();
const what = process.argv[2] ?? 'home';
if (what === 'home') {
  await page.goto(`${ORIGIN}/?bench=1#/`);
  await page.waitForFunction(() => window.__bench !== undefined);
  console.log(await page.evaluate(() => window.__bench.probeHome()));
  console.log(await page.evaluate(() => window.__bench.probeHome()));
  await page.waitForFunction(() => performance.getEntriesByName('home-painted').length > 0, null, { timeout: 120000 });
  await page.screenshot({ path: `${OUT}/home.png`, fullPage: false });
} else if (what === 'prof') {
  await page.goto(`${ORIGIN}/?bench=1#/settings`);
  await page.waitForFunction(() => window.__bench !== undefined);
  await page.waitForTimeout(Number(process.env.SETTLE ?? 1000));
  for (const expression of process.argv.slice(3)) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.INTERVAL ?? 1000) });
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    const result = await page.evaluate(expression);
    const wall = Date.now() - t0;
    const { profile } = await cdp.send('Profiler.stop');
    console.log('##', expression, 'wall', wall, JSON.stringify(result).slice(0, 400));
    summarise(profile);
  }
} else if (what === 'visit') {
  await page.goto(`${ORIGIN}/?bench=1#/settings`);
  await page.waitForFunction(() => window.__bench !== undefined);
  await page.waitForTimeout(Number(process.env.SETTLE ?? 1000));
  for (const [hash, mark] of [
    [process.argv[3], process.argv[4]],
    [process.argv[5] ?? process.argv[3], process.argv[4]],
  ]) {
    await page.evaluate(() => (window.location.hash = '#/settings'));
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.INTERVAL ?? 500) });
    await cdp.send('Profiler.start');
    const start = await page.evaluate(
      ({ hash, mark }) => {
        performance.clearMarks(mark);
        const at = performance.now();
        window.location.hash = hash;
        return at;
      },
      { hash, mark },
    );
    const at = await page
      .waitForFunction((mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime, mark, { timeout: 60000 })
      .then((h) => h.jsonValue());
    const { profile } = await cdp.send('Profiler.stop');
    console.log('##', hash, Math.round(at - start), 'ms');
    summarise(profile);
  }
  await page.screenshot({ path: `${OUT}/visit.png` });
} else if (what === 'trace') {
  await page.goto(`${ORIGIN}/?bench=1#/settings`);
  await page.waitForFunction(() => window.__bench !== undefined);
  await page.waitForTimeout(1000);
  const [hash, mark] = [process.argv[3], process.argv[4]];
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink,v8', transferMode: 'ReportEvents' });
  const start = await page.evaluate(
    ({ hash, mark }) => {
      performance.clearMarks(mark);
      const at = performance.now();
      window.location.hash = hash;
      return at;
    },
    { hash, mark },
  );
  const at = await page
    .waitForFunction((mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime, mark, { timeout: 60000 })
    .then((h) => h.jsonValue());
  await page.waitForTimeout(300);
  await cdp.send('Tracing.end');
  await done;
  console.log('##', hash, Math.round(at - start), 'ms');
  const totals = new Map();
  for (const e of events) if (e.ph === 'X' && e.dur) totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
  console.log(
    [...totals.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([k, v]) => `${Math.round(v)} ms ${k}`)
      .join('\n'),
  );
} else if (what === 'sel') {
  await page.goto(`${ORIGIN}/?bench=1#/settings`);
  await page.waitForFunction(() => window.__bench !== undefined);
  await page.waitForTimeout(1000);
  for (let i = 0; i < 3; i += 1) {
    await page.evaluate(() => (window.location.hash = '#/settings'));
    await page.waitForTimeout(500);
    const ms = await page.evaluate(
      async ({ hash, selector }) => {
        const at = performance.now();
        window.location.hash = hash;
        while (!document.querySelector(selector)) await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - at;
      },
      { hash: process.argv[3], selector: process.argv[4] },
    );
    console.log('##', process.argv[3], Math.round(ms), 'ms');
  }
} else if (what === 'demo') {
  await page.goto(`${ORIGIN}/#/settings`);
  const panel = page.getByRole('region', { name: 'Large demo dataset' });
  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: `${OUT}/demo-1.png` });
  await page.getByRole('button', { name: 'Load a large demo dataset' }).click();
  await page.waitForTimeout(6000);
  await panel.screenshot({ path: `${OUT}/demo-2.png` });
  await page.getByText('Large demo dataset loaded').waitFor({ timeout: 180000 });
  await panel.screenshot({ path: `${OUT}/demo-3.png` });
} else if (what === 'idle') {
  await page.goto(`${ORIGIN}/anchor.html`);
  await page.evaluate(async () => {
    const db = await new Promise((resolve) => {
      const r = indexedDB.open(localStorage.getItem('connection-coordinator.database') ?? 'connection-coordinator');
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
  });
  await page.waitForTimeout(Number(process.argv[3] ?? 60000));
} else if (what === 'open') {
  await page.goto(`${ORIGIN}/anchor.html`);
  console.log(
    await page.evaluate(async () => {
      const t0 = performance.now();
      const db = await new Promise((resolve, reject) => {
        const r = indexedDB.open(localStorage.getItem('connection-coordinator.database') ?? 'connection-coordinator');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const t1 = performance.now();
      if (!db.objectStoreNames.contains('settings')) return { open: t1 - t0 };
      const get = (store, fn) =>
        new Promise((resolve) => {
          const r = fn(db.transaction(store).objectStore(store));
          r.onsuccess = () => resolve(r.result);
        });
      await get('settings', (s) => s.get('organisation'));
      const t2 = performance.now();
      await get('groups', (s) => s.getAll());
      const t3 = performance.now();
      await get('meetings', (s) => s.index('date').getAll(IDBKeyRange.bound('2026-09-27', '2026-11-25')));
      const t4 = performance.now();
      await get('meetings', (s) => s.index('date').getAll(IDBKeyRange.bound('2026-07-27', '2026-09-25')));
      const t5 = performance.now();
      return { open: t1 - t0, settings: t2 - t1, groups: t3 - t2, twoMonths: t4 - t3, twoMonthsAgain: t5 - t4 };
    }),
  );
} else if (what === 'cold') {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.INTERVAL ?? 500) });
  await cdp.send('Profiler.start');
  await page.goto(`${ORIGIN}/#/`);
  await page.waitForFunction(() => performance.getEntriesByName('home-painted').length > 0, null, { timeout: 120000 });
  const { profile } = await cdp.send('Profiler.stop');
  const painted = await page.evaluate(() => performance.getEntriesByName('home-painted')[0].startTime);
  const resources = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((r) => `${r.name.split('/').pop()} ${Math.round(r.startTime)}-${Math.round(r.responseEnd)}`),
  );
  console.log('painted', painted, resources);
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log('profiled ms', Math.round(total));
  console.log(
    [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([k, v]) => `${Math.round(v)} ms ${k}`)
      .join('\n'),
  );
} else {
  await page.goto(`${ORIGIN}/${what}`);
  await page.waitForTimeout(Number(process.argv[3] ?? 5000));
  await page.screenshot({ path: `${OUT}/shot.png`, fullPage: process.argv[4] === 'full' });
}
await context.close();
server.close();

function summarise(profile) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const n = byId.get(id);
    const key = (node) =>
      `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
    self.set(key(n), (self.get(key(n)) ?? 0) + ms);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur));
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
    }
  });
  const top = (map, n) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${Math.round(v)} ms ${k}`)
      .join('\n');
  console.log('self:\n' + top(self, 18));
  console.log('inclusive:\n' + top(inclusive, 30));
}
