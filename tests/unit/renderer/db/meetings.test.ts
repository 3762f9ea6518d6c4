import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/database';
import {
  clearRecord,
  moveOccurrence,
  occurrencesBetween,
  occurrencesForGroup,
  recordCancelled,
  recordHeld,
} from '../../../../src/renderer/src/db/meetings';
import { addClosure } from '../../../../src/renderer/src/db/closureOps';
import { statsForMonths } from '../../../../src/renderer/src/db/monthlyStats';
import { makeGroup, makeSeries, storedAndRecounted } from './meetingFixtures';
import { resetDatabase } from './resetDb';

beforeEach(resetDatabase);

const heldFields = { attendance: 9, firstTime: 2, facilitatorsPresent: ['f1', 'f2'], notes: 'Talked about sleep' };

describe('meeting records', () => {
  it('record a held meeting and count it in its month', async () => {
    const series = await makeSeries();
    const ref = { scheduleId: series.id, groupId: series.groupId, originalDate: '2026-03-03' };
    const saved = await recordHeld(ref, heldFields);
    expect(saved).toMatchObject({ outcome: 'held', attendance: 9, firstTime: 2, date: '2026-03-03' });
    const [occurrence] = await occurrencesForGroup(series.groupId, '2026-03-03', '2026-03-03', '2026-04-01');
    expect(occurrence).toMatchObject({ state: 'held', meeting: { id: saved.id } });
    expect(await statsForMonths('2026-03', '2026-03')).toEqual([
      {
        groupId: series.groupId,
        month: '2026-03',
        held: 1,
        cancelled: 0,
        attendance: 9,
        firstTime: 2,
        facilitatorMinutes: 180,
      },
    ]);
  });

  it('keep one record per meeting: recording again replaces, clearing makes it unrecorded', async () => {
    const series = await makeSeries();
    const ref = { scheduleId: series.id, groupId: series.groupId, originalDate: '2026-03-03' };
    const first = await recordHeld(ref, heldFields);
    const second = await recordCancelled(ref, 'Snow storm');
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({
      outcome: 'cancelled',
      attendance: null,
      cancelReason: 'Snow storm',
      notes: 'Talked about sleep',
    });
    expect(await db.meetings.count()).toBe(1);
    expect((await statsForMonths('2026-03', '2026-03'))[0]).toMatchObject({ held: 0, cancelled: 1, attendance: 0 });

    await clearRecord(ref);
    const [occurrence] = await occurrencesBetween('2026-03-03', '2026-03-03', { today: '2026-04-01' });
    expect(occurrence).toMatchObject({ state: 'unrecorded', meeting: null });
    expect(await statsForMonths('2026-03', '2026-03')).toEqual([]);

    const again = await recordHeld(ref, { ...heldFields, notes: '' });
    expect(again.id).toBe(first.id);
    expect(again.deletedAt).toBeNull();
    expect((await storedAndRecounted()).stored).toHaveLength(1);
  });

  it('refuse to record a meeting still to come as held, and change nothing; calling it off ahead is fine', async () => {
    const series = await makeSeries();
    const ref = { scheduleId: series.id, groupId: series.groupId, originalDate: '2026-03-10' };
    await expect(recordHeld(ref, heldFields, '2026-03-09')).rejects.toThrow(
      'that meeting is on Tuesday, March 10, 2026, after today: it can be recorded as held from that day',
    );
    expect(await db.meetings.count()).toBe(0);
    expect(await statsForMonths('2026-03', '2026-03')).toEqual([]);
    // A meeting moved to a later day counts from the day it moved to.
    await moveOccurrence(ref, { date: '2026-03-12', startTime: '18:30', venueId: 'library', room: 'Room A' });
    await expect(recordHeld(ref, heldFields, '2026-03-11')).rejects.toThrow(/March 12, 2026, after today/);
    expect((await recordCancelled(ref, 'Snow expected')).outcome).toBe('cancelled');
    expect((await recordHeld(ref, heldFields, '2026-03-12')).outcome).toBe('held');
  });

  it('refuse a move onto a closed day or onto a time the group already meets, and change nothing', async () => {
    const series = await makeSeries(); // Tuesdays 6:30-8:00 PM
    const ref = { scheduleId: series.id, groupId: series.groupId, originalDate: '2026-03-03' };
    const to = { startTime: '18:30', venueId: 'library', room: 'Room A' };
    await addClosure({
      startDate: '2026-03-05',
      endDate: '2026-03-05',
      scope: 'all',
      venueId: null,
      groupId: null,
      reason: 'Library closed for repairs',
    });
    await expect(moveOccurrence(ref, { ...to, date: '2026-03-05' })).rejects.toThrow(
      'Thursday, March 5, 2026 is closed (Library closed for repairs); choose another day',
    );
    await expect(moveOccurrence(ref, { ...to, date: '2026-03-10', startTime: '19:30' })).rejects.toThrow(
      'the group already meets on Tuesday, March 10, 2026 at 6:30 PM; choose another day or time, or cancel that meeting first',
    );
    expect(await db.meetings.count()).toBe(0);
    // After the group's own meeting that day, or on the day once that meeting is called off, it is fine.
    expect((await moveOccurrence(ref, { ...to, date: '2026-03-10', startTime: '20:00' })).date).toBe('2026-03-10');
    await recordCancelled({ ...ref, originalDate: '2026-03-17' }, 'Snow');
    expect((await moveOccurrence(ref, { ...to, date: '2026-03-17' })).date).toBe('2026-03-17');
    // Back to its own day and time is always allowed.
    expect((await moveOccurrence(ref, { ...to, date: '2026-03-03' })).startTime).toBeNull();
  });

  it('refuse to move a meeting recorded as held to a day after today, and change nothing', async () => {
    const series = await makeSeries();
    const ref = { scheduleId: series.id, groupId: series.groupId, originalDate: '2026-01-06' };
    await recordHeld(ref, heldFields, '2026-01-06');
    const to = { startTime: '18:30', venueId: 'library', room: 'Room A' };
    await expect(moveOccurrence(ref, { ...to, date: '2027-01-06' }, '2026-01-08')).rejects.toThrow(
      "that meeting is recorded as held, so it can't move to Wednesday, January 6, 2027, after today",
    );
    expect(await statsForMonths('2027-01', '2027-01')).toEqual([]);
    expect((await statsForMonths('2026-01', '2026-01'))[0]).toMatchObject({ held: 1, attendance: 9 });
    expect((await moveOccurrence(ref, { ...to, date: '2026-01-07' }, '2026-01-08')).date).toBe('2026-01-07');
  });

  it('refuse impossible counts and change nothing', async () => {
    const series = await makeSeries();
    const ref = { scheduleId: series.id, groupId: series.groupId, originalDate: '2026-03-03' };
    await expect(recordHeld(ref, { ...heldFields, attendance: 1, firstTime: 2 })).rejects.toThrow(
      "First-time attendees can't be more than the total",
    );
    await expect(recordHeld(ref, { ...heldFields, attendance: -1 })).rejects.toThrow('Enter a whole number, 0 or more');
    await expect(recordCancelled(ref, '  ')).rejects.toThrow();
    expect(await db.meetings.count()).toBe(0);
    expect(await db.monthlyStats.count()).toBe(0);
  });

  it('move a held meeting into the next month and move its numbers with it', async () => {
    const series = await makeSeries();
    const ref = { scheduleId: series.id, groupId: series.groupId, originalDate: '2026-03-31' };
    await recordHeld(ref, heldFields);
    await moveOccurrence(ref, { date: '2026-04-02', startTime: '17:00', venueId: 'church', room: 'Hall' });
    const stats = await statsForMonths('2026-03', '2026-04', [series.groupId]);
    expect(stats.map((s) => [s.month, s.held])).toEqual([['2026-04', 1]]);
    const { stored, recount } = await storedAndRecounted();
    expect(stored).toEqual(recount);
  });

  it('show a meeting moved out of a month only where it went, and one moved in from outside', async () => {
    const series = await makeSeries();
    const out = { scheduleId: series.id, groupId: series.groupId, originalDate: '2026-03-31' };
    const inward = { scheduleId: series.id, groupId: series.groupId, originalDate: '2026-02-24' };
    await moveOccurrence(out, { date: '2026-04-01', startTime: '18:30', venueId: 'library', room: 'Room A' });
    await moveOccurrence(inward, { date: '2026-03-02', startTime: '18:30', venueId: 'library', room: 'Room A' });
    const march = await occurrencesBetween('2026-03-01', '2026-03-31', { today: '2026-01-01' });
    expect(march.map((o) => `${o.originalDate}>${o.date} ${o.state}`)).toEqual([
      '2026-02-24>2026-03-02 moved',
      '2026-03-03>2026-03-03 upcoming',
      '2026-03-10>2026-03-10 upcoming',
      '2026-03-17>2026-03-17 upcoming',
      '2026-03-24>2026-03-24 upcoming',
    ]);
    const april = await occurrencesBetween('2026-04-01', '2026-04-07', { today: '2026-01-01' });
    expect(april.map((o) => `${o.originalDate}>${o.date}`)).toEqual(['2026-03-31>2026-04-01', '2026-04-07>2026-04-07']);
  });

  it('moving a meeting back to its own day, time and place clears the move', async () => {
    const series = await makeSeries();
    const ref = { scheduleId: series.id, groupId: series.groupId, originalDate: '2026-03-03' };
    await moveOccurrence(ref, { date: '2026-03-04', startTime: '18:30', venueId: 'library', room: 'Room A' });
    const back = await moveOccurrence(ref, {
      date: '2026-03-03',
      startTime: '18:30',
      venueId: 'library',
      room: 'Room A',
    });
    expect(back).toMatchObject({ date: '2026-03-03', startTime: null, venueId: null, room: null });
    const [occurrence] = await occurrencesBetween('2026-03-03', '2026-03-03', { today: '2026-01-01' });
    expect(occurrence).toMatchObject({ moved: false, state: 'upcoming', venueId: 'library' });
  });

  it('cancel meetings on a closed day, limited to the groups asked for', async () => {
    const a = await makeSeries();
    const b = await makeSeries({ groupId: await makeGroup('Eastside Thursday'), weekday: 4 });
    await addClosure({
      startDate: '2026-11-26',
      endDate: '2026-11-26',
      scope: 'all',
      venueId: null,
      groupId: null,
      reason: 'Thanksgiving',
    });
    const week = await occurrencesBetween('2026-11-23', '2026-11-29', { today: '2026-11-01' });
    expect(week.map((o) => `${o.date} ${o.state} ${o.cancelReason ?? ''}`)).toEqual([
      '2026-11-24 upcoming ',
      '2026-11-26 cancelled Thanksgiving',
    ]);
    const onlyA = await occurrencesBetween('2026-11-23', '2026-11-29', { groupIds: [a.groupId], today: '2026-11-01' });
    expect(onlyA.map((o) => o.groupId)).toEqual([a.groupId]);
    expect(b.groupId).not.toBe(a.groupId);
  });
});
