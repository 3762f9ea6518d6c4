// `npm run bench` opens the app with ?bench=1 and drives it through window.__bench. Without that flag
// nothing is loaded: the hooks live in their own chunk, fetched only for the benchmark.
if (new URLSearchParams(window.location.search).get('bench') === '1') {
  void import('./benchApi').then(({ installBenchApi }) => installBenchApi());
}

export {};
