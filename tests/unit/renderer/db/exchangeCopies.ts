// Two coordinators' copies in one test process: the fake IndexedDB holds one copy at a time, and the
// other waits in memory (every table, `local` with its device id included) until it is swapped back.
import { db } from '../../../../src/renderer/src/db/database';
import { forgetCachedDevice, renameDevice } from '../../../../src/renderer/src/db/device';
import { readExchangeFile, type ExchangeFile } from '../../../../src/renderer/src/domain/exchangeFile';
import { makeExchangeFile } from '../../../../src/renderer/src/db/exchangeExport';
import type { ExchangeScope } from '../../../../src/renderer/src/domain/exchangeFile';
import { canonicalJson } from '../../../../src/renderer/src/domain/exchangeVersions';
import { resetDatabase } from './resetDb';

export type Snapshot = Map<string, unknown[]>;

export async function takeSnapshot(): Promise<Snapshot> {
  const snapshot: Snapshot = new Map();
  for (const table of db.tables) snapshot.set(table.name, await table.toArray());
  return snapshot;
}

export async function loadSnapshot(snapshot: Snapshot): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      await table.bulkAdd(snapshot.get(table.name) ?? []);
    }
  });
  forgetCachedDevice();
}

/** Starts a brand-new copy (its own device id) under the given computer name. */
export async function newCopy(name: string): Promise<void> {
  await resetDatabase();
  await renameDevice(name);
}

/** Shares from the copy that is loaded now, and reads the file back as the other copy will. */
export async function share(
  scope: ExchangeScope = { kind: 'all' },
): Promise<{ file: ExchangeFile; bytes: Uint8Array }> {
  const { bytes } = await makeExchangeFile(scope);
  return { file: await readExchangeFile(bytes, { schemaVersion: db.verno, pause: async () => undefined }), bytes };
}

/** Every record table and the monthly figures, as sorted canonical text, for comparing two copies. */
export async function recordsOf(snapshot: Snapshot): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [name, rows] of snapshot) {
    if (name === 'local' || name === 'settings') continue;
    out[name] = rows.map(canonicalJson).sort();
  }
  return out;
}
