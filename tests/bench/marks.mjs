// Marks a page sets during a start, reported by the page itself: the bench and abStarts.mjs time cold
// starts with them, so nothing is evaluated in the page while it starts.
/* global window -- the observer runs in the page */

/**
 * Waits for marks set during a start without touching the page: it reports them itself, through a
 * DevTools binding called from an observer installed before its first script. Playwright's
 * waitForFunction would evaluate Playwright's own script in the page as soon as `goto` returns, in the
 * middle of the app's start (~25 ms of main-thread work in a trace, ~15 ms later Home in A/B starts of
 * one build), while the static shell is painted before that. Call before `goto`. Returns `wait(name)`,
 * which settles with the mark's time (rejecting after `timeout`), and `wait.known(name)`.
 */
export async function watchMarks(context, page, names, timeout = 120_000) {
  const seen = new Map();
  const waiting = new Map();
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.bindingCalled', ({ name, payload }) => {
    if (name !== '__benchMark') return;
    const mark = JSON.parse(payload);
    if (seen.has(mark.name)) return;
    seen.set(mark.name, mark.time);
    waiting.get(mark.name)?.(mark.time);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: '__benchMark' });
  await page.addInitScript((wanted) => {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (wanted.includes(entry.name))
          window.__benchMark(JSON.stringify({ name: entry.name, time: entry.startTime }));
      }
    }).observe({ type: 'mark', buffered: true });
  }, names);
  const wait = (name) =>
    seen.has(name)
      ? Promise.resolve(seen.get(name))
      : new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`No '${name}' mark within ${timeout / 1000} s`)), timeout);
          waiting.set(name, (time) => {
            clearTimeout(timer);
            resolve(time);
          });
        });
  /** The mark's time if the page has reported it, without waiting. */
  wait.known = (name) => seen.get(name);
  return wait;
}
