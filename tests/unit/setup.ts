// Every unit test gets an IndexedDB (fake-indexeddb in Node); the renderer's db tests reset it.
import 'fake-indexeddb/auto';
