import { beforeEach, describe, expect, it } from 'vitest';
import type { Closure, NewRecord } from '@shared/model';
import { db } from '../../../../src/renderer/src/db/database';
import { addClosure, addHolidayClosures, closuresOverlapping } from '../../../../src/renderer/src/db/closureOps';
import { deleteClosure } from '../../../../src/renderer/src/db/closures';
import { usHolidays } from '../../../../src/renderer/src/domain/holidays';
import { resetDatabase } from './resetDb';

beforeEach(resetDatabase);

const fields = (changes: Partial<NewRecord<Closure>> = {}): NewRecord<Closure> => ({
  startDate: '2026-12-24',
  endDate: '2026-12-26',
  scope: 'all',
  venueId: null,
  groupId: null,
  reason: 'Winter holidays',
  ...changes,
});

describe('addClosure', () => {
  it('refuses a range that ends before it starts, or a scope without its venue or group', async () => {
    await expect(addClosure(fields({ endDate: '2026-12-23' }))).rejects.toThrow('on or after the first day');
    await expect(addClosure(fields({ scope: 'venue' }))).rejects.toThrow('Choose the venue');
    await expect(addClosure(fields({ scope: 'group' }))).rejects.toThrow('Choose the group');
    await expect(addClosure(fields({ reason: ' ' }))).rejects.toThrow('Say why');
    expect(await db.closures.count()).toBe(0);
  });

  it('keeps only the id its scope needs', async () => {
    const closure = await addClosure(fields({ scope: 'venue', venueId: 'library', groupId: 'g1' }));
    expect(closure).toMatchObject({ scope: 'venue', venueId: 'library', groupId: null });
    expect(await db.closures.get(closure.id)).toEqual(closure);
  });
});

describe('addHolidayClosures', () => {
  it('adds one closure per chosen holiday, skipping days already closed for everyone', async () => {
    await addClosure(fields());
    await addClosure(
      fields({ startDate: '2026-11-26', endDate: '2026-11-26', scope: 'venue', venueId: 'library', reason: 'Library' }),
    );
    expect(await addHolidayClosures(2026, usHolidays(2026))).toBe(11);
    const thanksgiving = await closuresOverlapping('2026-11-26', '2026-11-26');
    expect(thanksgiving.map((c) => `${c.scope} ${c.reason}`)).toEqual(['venue Library', 'all Thanksgiving Day']);
    expect(await addHolidayClosures(2026, usHolidays(2026))).toBe(0);
    expect(await db.closures.count()).toBe(13);
  });
});

describe('closuresOverlapping', () => {
  it('finds closures touching the range at either end, not deleted ones or neighbours', async () => {
    const winter = await addClosure(fields());
    const gone = await addClosure(fields({ startDate: '2026-12-01', endDate: '2026-12-31', reason: 'Deleted' }));
    await deleteClosure(gone.id);
    const id = (list: Closure[]) => list.map((c) => c.id);
    expect(id(await closuresOverlapping('2026-12-26', '2027-01-05'))).toEqual([winter.id]);
    expect(id(await closuresOverlapping('2026-12-20', '2026-12-24'))).toEqual([winter.id]);
    expect(id(await closuresOverlapping('2026-12-27', '2026-12-31'))).toEqual([]);
    expect(id(await closuresOverlapping('2026-12-01', '2026-12-23'))).toEqual([]);
  });
});
