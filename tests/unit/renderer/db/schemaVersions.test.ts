// The app declares only the database versions an upgrade needs (database.ts). A database left at any
// earlier version, as the app of that time declared it, must open in today's shape, records intact.
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import {
  CoordinatorDb,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
} from '../../../../src/renderer/src/db/database';

/** Each version's declaration, as the app of its time made it (each adds to the one before). */
const HISTORY = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6];

/** Every store of a database as IndexedDB holds it: key path and indexes. */
function shapeOf(name: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(name);
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const database = opening.result;
      const names = [...database.objectStoreNames].sort();
      const shape: Record<string, unknown> = { version: database.version };
      if (names.length > 0) {
        const tx = database.transaction(names, 'readonly');
        for (const storeName of names) {
          const store = tx.objectStore(storeName);
          shape[storeName] = {
            keyPath: store.keyPath,
            indexes: [...store.indexNames].sort().map((index) => {
              const { keyPath, unique, multiEntry } = store.index(index);
              return { index, keyPath, unique, multiEntry };
            }),
          };
        }
      }
      database.close();
      resolve(shape);
    };
  });
}

const meeting = {
  id: 'm1',
  scheduleId: 's1',
  groupId: 'g1',
  originalDate: '2026-03-03',
  date: '2026-03-03',
  startTime: null,
  venueId: null,
  room: null,
  outcome: 'held',
  attendance: 8,
  firstTime: 1,
  facilitatorsPresent: [],
  cancelReason: '',
  notes: '',
  createdAt: '2026-03-03T20:00:00.000Z',
  updatedAt: '2026-03-03T20:00:00.000Z',
  deletedAt: null,
  changedBy: 'device',
};
const gift = { id: 'd1', date: '2026-03-01', acknowledgedOn: null, deletedAt: null };

describe('a new database', () => {
  it('has the shape of the six versions declared one by one, as the app once did', async () => {
    const current = new CoordinatorDb('schema-new');
    await current.open();
    current.close();
    const old = new Dexie('schema-declared-one-by-one');
    HISTORY.forEach((stores, i) => old.version(i + 1).stores(stores));
    await old.open();
    old.close();
    expect(await shapeOf('schema-new')).toEqual(await shapeOf('schema-declared-one-by-one'));
    expect(current.verno).toBe(HISTORY.length);
    await Promise.all([Dexie.delete('schema-new'), Dexie.delete('schema-declared-one-by-one')]);
  });
});

describe('a database left at an earlier version', () => {
  it.each([1, 2, 3, 4, 5])('at version %i opens in the shape of a new one, its records intact', async (version) => {
    const fresh = new CoordinatorDb(`schema-fresh-${version}`);
    await fresh.open();
    fresh.close();
    const expected = await shapeOf(`schema-fresh-${version}`);

    const name = `schema-from-v${version}`;
    const old = new Dexie(name);
    HISTORY.slice(0, version).forEach((stores, i) => old.version(i + 1).stores(stores));
    await old.open();
    await old.table('meetings').add(meeting);
    await old.table('donations').add(gift);
    old.close();

    const current = new CoordinatorDb(name);
    await current.open();
    expect(await current.meetings.get('m1')).toEqual(meeting);
    // The monthly rows (version 4: made then from the records; the record was added here by hand) and
    // the gifts to thank (version 6).
    expect(await current.monthRecords.count()).toBe(version < 4 ? 1 : 0);
    expect(await current.monthlyStats.count()).toBe(version < 4 ? 1 : 0);
    expect(await current.thanksDue.toArray()).toEqual([{ id: 'd1', date: '2026-03-01' }]);
    current.close();
    expect(await shapeOf(name)).toEqual(expected);
    await Promise.all([Dexie.delete(name), Dexie.delete(`schema-fresh-${version}`)]);
  });
});
