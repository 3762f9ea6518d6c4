// One read of a table per read-only transaction, shared by every section that asks (Home's, at start).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/renderer/src/db/database';
import { allRows } from '../../../../src/renderer/src/db/sharedReads';
import { resetDatabase } from './resetDb';
import { makeGroup } from './meetingFixtures';

beforeEach(resetDatabase);

const getAllCalls = () => vi.spyOn(IDBObjectStore.prototype, 'getAll');

describe('allRows', () => {
  it('reads a table once in a read-only transaction; one opened inside it reads its own', async () => {
    await makeGroup('Riverside Connection');
    const calls = getAllCalls();
    const [first, second, nested] = await db.transaction('r', [db.groups, db.schedules], () =>
      Promise.all([allRows(db.groups), allRows(db.groups), db.transaction('r', db.groups, () => allRows(db.groups))]),
    );
    expect(first.map((group) => group.name)).toEqual(['Riverside Connection']);
    expect(second).toBe(first);
    expect(nested).not.toBe(first);
    expect(nested).toEqual(first);
    expect(calls).toHaveBeenCalledTimes(2);
    calls.mockRestore();
  });

  it('reads again in the next transaction, and in a read-write one sees its own writes', async () => {
    const first = await db.transaction('r', db.groups, () => allRows(db.groups));
    expect(first).toEqual([]);
    await makeGroup('Lakeside Connection');
    const later = await db.transaction('r', db.groups, () => allRows(db.groups));
    expect(later.map((group) => group.name)).toEqual(['Lakeside Connection']);
    const names = await db.transaction('rw', db.groups, async () => {
      const before = await allRows(db.groups);
      await db.groups.put({ ...before[0]!, name: 'Lakeside Tuesday Connection' });
      return (await allRows(db.groups)).map((group) => group.name);
    });
    expect(names).toEqual(['Lakeside Tuesday Connection']);
  });

  it('reads on its own outside a transaction', async () => {
    await makeGroup('Hillside Connection');
    const [a, b] = await Promise.all([allRows(db.groups), allRows(db.groups)]);
    expect(a).not.toBe(b);
    expect(a).toEqual(b);
  });
});
