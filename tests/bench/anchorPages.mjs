// The bench's page anchors, written beside the built renderer: anchor.html, the app's CSP, stylesheet
// and font with a page of static text and no app code; anchor-idb.html, the same page, which then opens
// the app's IndexedDB (the database the pointer in localStorage names) and reads one record.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes anchor.html and anchor-idb.html (and their scripts) beside the built app in root. */
export function writeAnchorPages(root) {
  // The same CSP, stylesheet and font as the app, and a page-sized shell of static text: no app code.
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  const styles = [...html.matchAll(/<link rel="stylesheet"[^>]*>/g)].map((match) => match[0]).join('\n    ');
  const csp = html.match(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/)?.[0] ?? '';
  writeFileSync(join(root, 'anchor.js'), "performance.mark('shell-painted');\n");
  // The same shell, then a cold open of the app's IndexedDB and one small read: the browser's own share.
  writeFileSync(
    join(root, 'anchor-idb.js'),
    `const request = indexedDB.open(localStorage.getItem('connection-coordinator.database') ?? 'connection-coordinator');
request.onsuccess = () => {
  const read = request.result.transaction('settings').objectStore('settings').get('organisation');
  read.onsuccess = () => performance.mark('db-opened');
};
`,
  );
  writeFileSync(join(root, 'anchor.html'), anchorHtml(csp, styles, './anchor.js'));
  writeFileSync(join(root, 'anchor-idb.html'), anchorHtml(csp, styles, './anchor-idb.js'));
}

function anchorHtml(csp, styles, script) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    ${csp}
    <title>Connection Coordinator</title>
    ${styles}
    <script type="module" src="${script}"></script>
  </head>
  <body>
    <div class="shell"><nav class="sidebar" aria-label="Main"><p><strong>NAMI Prairie State</strong></p>
    <ul><li>Home</li><li>Calendar</li><li>Groups</li><li>Venues</li><li>Donations</li><li>Facilitators</li></ul></nav>
    <main class="content"><h1>Home</h1><p>What needs your attention, most urgent first.</p>
    <section class="panel"><h2>Meetings to record</h2><ul class="todo-list"><li>Tue, Nov 24, 6:30 PM</li></ul></section>
    </main></div>
  </body>
</html>
`;
}
