// Shared write rules: ids, timestamps, tombstones and the device that changed a record.
import type { NewRecord, RecordOf, RecordTable } from '@shared/model';
import { RECORD_TABLES } from '@shared/values';
import { db } from './database';
import { getDevice } from './device';
import { loadModel } from './schemas';

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} could not be found. It may have been deleted.`);
  }
}

let lastStamp = '';
/** An ISO timestamp that never repeats or goes backwards on this copy, so "newer wins" is stable. */
export function nowStamp(): string {
  let stamp = new Date().toISOString();
  if (stamp <= lastStamp) stamp = new Date(Date.parse(lastStamp) + 1).toISOString();
  lastStamp = stamp;
  return stamp;
}

export function newId(): string {
  return crypto.randomUUID();
}

const tableOf = <T extends RecordTable>(name: T) => db.table<RecordOf<T>, string>(name);

export async function createRecord<T extends RecordTable>(
  name: T,
  fields: NewRecord<RecordOf<T>>,
): Promise<RecordOf<T>> {
  const [{ id: deviceId }, { recordSchemas }] = await Promise.all([getDevice(), loadModel()]);
  const stamp = nowStamp();
  const record = recordSchemas[name].parse({
    ...fields,
    id: newId(),
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
    changedBy: deviceId,
  }) as RecordOf<T>;
  await tableOf(name).add(record);
  return record;
}

/** Applies changes inside the caller's transaction (or its own), validating the result. */
export async function updateRecord<T extends RecordTable>(
  name: T,
  id: string,
  changes: Partial<NewRecord<RecordOf<T>>>,
): Promise<RecordOf<T>> {
  const [{ id: deviceId }, { recordSchemas }] = await Promise.all([getDevice(), loadModel()]);
  return db.transaction('rw', tableOf(name), async () => {
    const existing = await tableOf(name).get(id);
    if (!existing || existing.deletedAt) throw new NotFoundError('That record');
    const record = recordSchemas[name].parse({
      ...existing,
      ...changes,
      id,
      createdAt: existing.createdAt,
      updatedAt: nowStamp(),
      deletedAt: null,
      changedBy: deviceId,
    }) as RecordOf<T>;
    await tableOf(name).put(record);
    return record;
  });
}

/** A record deleted by this copy at `stamp`: a tombstone, which travels to other coordinators in a merge. */
export const tombstoned = <T extends { deletedAt: string | null; updatedAt: string; changedBy: string }>(
  record: T,
  stamp: string,
  deviceId: string,
): T => ({ ...record, deletedAt: stamp, updatedAt: stamp, changedBy: deviceId });

/** A delete is a tombstone, so it can travel to other coordinators in a merge. */
export async function softDeleteRecord<T extends RecordTable>(name: T, id: string): Promise<void> {
  const { id: deviceId } = await getDevice();
  await db.transaction('rw', tableOf(name), async () => {
    const existing = await tableOf(name).get(id);
    if (!existing || existing.deletedAt) return;
    const stamp = nowStamp();
    await tableOf(name).put(tombstoned(existing, stamp, deviceId));
  });
}

export const isLive = <T extends { deletedAt: string | null }>(record: T | undefined): record is T =>
  record !== undefined && record.deletedAt === null;

export { RECORD_TABLES };

/** The named writes every entity module offers, bound to its table. */
export function entityStore<T extends RecordTable>(name: T) {
  return {
    create: (fields: NewRecord<RecordOf<T>>) => createRecord(name, fields),
    update: (id: string, changes: Partial<NewRecord<RecordOf<T>>>) => updateRecord(name, id, changes),
    remove: (id: string) => softDeleteRecord(name, id),
    get: async (id: string): Promise<RecordOf<T> | undefined> => {
      const record = await tableOf(name).get(id);
      return isLive(record) ? record : undefined;
    },
  };
}
