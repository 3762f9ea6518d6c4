// Fills the sample's database with hundreds of made-up records for the long-list tests, in a second or
// two: each new record is a copy of one of the sample's own (so it has every field the app expects)
// with a new id and name. Written with bare IndexedDB beside the app, then the page is reloaded so the
// app reads them afresh.
import type { Page } from '@playwright/test';

export interface ManyRecords {
  /** "Volunteer 0001" … */
  facilitators?: number;
  /** "Test Group 0001" … */
  groups?: number;
  /** "Test Donor 0001" …, each with two gifts this year described "Gift 0001-a" and "Gift 0001-b" */
  donors?: number;
}

export async function addManyRecords(page: Page, many: ManyRecords): Promise<void> {
  await page.evaluate(
    async ({ facilitators = 0, groups = 0, donors = 0, year }) => {
      type Row = Record<string, unknown>;
      const pad = (i: number) => String(i).padStart(4, '0');
      // The app keeps the name of the database in use under this key (db/databasePointer.ts).
      const name = localStorage.getItem('connection-coordinator.database') ?? 'connection-coordinator';
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const done = (request: IDBRequest | IDBTransaction) =>
        new Promise<void>((resolve, reject) => {
          if (request instanceof IDBTransaction) request.oncomplete = () => resolve();
          else request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        });
      const first = async (table: string): Promise<Row> => {
        const request = db.transaction(table).objectStore(table).getAll();
        await done(request);
        const live = (request.result as Row[]).find((row) => row.deletedAt === null);
        if (!live) throw new Error(`The sample has no ${table} to copy`);
        return live;
      };
      const [facilitator, group, donor, donation] = await Promise.all(
        ['facilitators', 'groups', 'donors', 'donations'].map(first),
      );
      const tx = db.transaction(['facilitators', 'groups', 'donors', 'donations'], 'readwrite');
      for (let i = 1; i <= facilitators; i++) {
        tx.objectStore('facilitators').add({ ...facilitator, id: crypto.randomUUID(), name: `Volunteer ${pad(i)}` });
      }
      for (let i = 1; i <= groups; i++) {
        tx.objectStore('groups').add({
          ...group,
          id: crypto.randomUUID(),
          name: `Test Group ${pad(i)}`,
          facilitatorIds: [],
        });
      }
      for (let i = 1; i <= donors; i++) {
        const donorId = crypto.randomUUID();
        tx.objectStore('donors').add({ ...donor, id: donorId, name: `Test Donor ${pad(i)}` });
        for (const [part, month] of [
          ['a', 1 + (i % 6)],
          ['b', 7 + (i % 6)],
        ] as const) {
          tx.objectStore('donations').add({
            ...donation,
            id: crypto.randomUUID(),
            donorId,
            date: `${year}-${String(month).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
            description: `Gift ${pad(i)}-${part}`,
          });
        }
      }
      await done(tx);
      db.close();
    },
    { ...many, year: new Date().getFullYear() },
  );
  await page.reload();
}
