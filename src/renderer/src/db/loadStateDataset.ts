// Loads the state-scale demo dataset, only while this copy is empty: into a new database, in small
// transactions (one in flight while the next chunk is made), then switches to it; the caller reloads the
// app. All or nothing: a failure deletes the new database and the copy stays as it was.
import { BACKUP_TABLES } from '@shared/backupFiles';
import { stateDataset, type DatasetTable, type StateDatasetSize } from '../domain/stateDataset';
import { todayIso } from '../domain/dates';
import { db } from './database';
import { BatchWriter, jsonSize } from './databaseBatches';
import { buildNewDatabase, switchToDatabase } from './databaseSwitch';
import { getDevice } from './device';
import { isDatabaseEmpty } from './emptiness';
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
  const name = await buildNewDatabase({ by: 'demo-dataset' }, async (target) => {
    const writer = new BatchWriter(target, (table, count) => {
      counts[table as DatasetTable] = (counts[table as DatasetTable] ?? 0) + count;
      done += count;
      options.onProgress?.({ done, total: Math.max(estimatedTotal, done) });
    });
    options.onProgress?.({ done: 0, total: estimatedTotal });
    // What the copy holds besides groups (its settings, a few venues or donors) comes along, as when
    // the dataset was added to it in place; the dataset's settings then replace the copy's.
    const copied = new BatchWriter(target);
    for (const table of BACKUP_TABLES) await copied.add(table, await db.table(table).toArray());
    await copied.flush();
    for (const chunk of chunks) {
      const records: unknown[] = chunk.records;
      // The monthly aggregate rows hold a month of every group each: batched by size, not by count.
      const aggregate = !(BACKUP_TABLES as readonly string[]).includes(chunk.table);
      await writer.add(chunk.table, records, {
        put: chunk.table === 'settings',
        ...(aggregate ? { sizeOf: jsonSize } : {}),
      });
    }
    await writer.flush();
    // Checked again at the end: a group added meanwhile (another window) must not be lost by the switch.
    if (!(await isDatabaseEmpty())) throw new DatabaseNotEmptyError();
  });
  switchToDatabase(name);
  options.onProgress?.({ done, total: done });
  return { counts, records: done };
}
