// Loads the state-scale demo dataset into an empty database: one transaction (all or nothing), written a
// chunk at a time while the next chunk is made, with the monthly aggregates counted on the way.
import type { Table } from 'dexie';
import { stateDataset, type DatasetTable, type StateDatasetSize } from '../domain/stateDataset';
import { todayIso } from '../domain/dates';
import { db } from './database';
import { getDevice } from './device';
import { isDatabaseEmpty } from './sample';
import { localTimeZone } from './settings';

export const STATE_DATASET_SEED = 20261126;

export interface LoadProgress {
  done: number;
  /** an estimate until the end, when it equals done */
  total: number;
}

export interface LoadedDataset {
  counts: Partial<Record<DatasetTable, number>>;
  records: number;
}

export class DatabaseNotEmptyError extends Error {
  constructor() {
    super('The large demo dataset can only be loaded into an empty database. Nothing was changed.');
    this.name = 'DatabaseNotEmptyError';
  }
}

export async function loadStateDataset(
  options: { seed?: number; size?: StateDatasetSize; onProgress?: (progress: LoadProgress) => void } = {},
): Promise<LoadedDataset> {
  if (!(await isDatabaseEmpty())) throw new DatabaseNotEmptyError();
  const device = await getDevice();
  const timeZone = (await db.settings.get('organisation'))?.timeZone ?? localTimeZone();
  const { estimatedTotal, chunks } = stateDataset({
    seed: options.seed ?? STATE_DATASET_SEED,
    today: todayIso(timeZone),
    timeZone,
    deviceId: device.id,
    ...(options.size ? { size: options.size } : {}),
  });
  const counts: Partial<Record<DatasetTable, number>> = {};
  let done = 0;
  const tables = db.tables.filter((table) => table.name !== 'local');
  await db.transaction('rw', tables, async () => {
    if (!(await isDatabaseEmpty())) throw new DatabaseNotEmptyError();
    options.onProgress?.({ done: 0, total: estimatedTotal });
    // One write in flight while the next chunk is made: the database and the generator work side by side.
    let inFlight: Promise<unknown> = Promise.resolve();
    for (const chunk of chunks) {
      const table = db.table(chunk.table) as Table<unknown, unknown>;
      const records: unknown[] = chunk.records;
      const write = chunk.table === 'settings' ? table.bulkPut(records) : table.bulkAdd(records);
      await inFlight;
      inFlight = write.then(() => {
        counts[chunk.table] = (counts[chunk.table] ?? 0) + records.length;
        done += records.length;
        options.onProgress?.({ done, total: Math.max(estimatedTotal, done) });
      });
    }
    await inFlight;
  });
  options.onProgress?.({ done, total: done });
  return { counts, records: done };
}
