// Runs before the app's code has even loaded: starts the browser opening this copy's IndexedDB database,
// so that its cold open (a few hundred milliseconds on a state's ten years of records) overlaps with
// loading the app instead of following it. It reads and writes nothing. The app opens the same database
// itself; this connection only keeps the browser's copy of it open, and steps aside for any upgrade.
// Keep the names in step with src/renderer/src/db/databasePointer.ts (a unit test checks them).
//
// It also makes the page's first text collator while the page waits for its scripts: the first one
// loads the browser's collation data (7-45 ms on this project's machines), and Home sorts names.
/* global window -- a classic script in the page, before any module */
(function preopen() {
  'use strict';
  var DEFAULT_NAME = 'connection-coordinator';
  var POINTER_KEY = 'connection-coordinator.database';
  var OURS = /^connection-coordinator(-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?$/;
  try {
    var pointed = window.localStorage.getItem(POINTER_KEY);
    var name = pointed !== null && OURS.test(pointed) ? pointed : DEFAULT_NAME;
    var request = window.indexedDB.open(name);
    // A first start: no database yet. Leave it to the app to create, at its own version.
    request.onupgradeneeded = function () {
      request.transaction.abort();
    };
    request.onerror = function (event) {
      event.preventDefault();
    };
    request.onsuccess = function () {
      var database = request.result;
      database.onversionchange = function () {
        database.close();
      };
      // By then the app holds its own connection.
      window.setTimeout(function () {
        database.close();
      }, 15000);
    };
  } catch {
    // No storage here (turned off, or a private window): the app says so when it opens the database.
  }
})();

(function warmCollator() {
  'use strict';
  window.setTimeout(function () {
    try {
      new window.Intl.Collator().compare('a', 'b');
    } catch {
      // Only a head start: the app makes its own collator when it first sorts.
    }
  }, 0);
})();
