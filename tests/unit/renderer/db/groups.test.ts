// A group paused, ended or deleted: what happens to its meeting series, and where its meetings still show.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/database';
import { deleteGroup, updateGroup } from '../../../../src/renderer/src/db/groups';
import { occurrencesBetween, recordHeld } from '../../../../src/renderer/src/db/meetings';
import { loadReport } from '../../../../src/renderer/src/db/report';
import { meetingSections } from '../../../../src/renderer/src/features/home/meetingTodos';
import { forgetCachedDevice } from '../../../../src/renderer/src/db/device';
import { PAUSE_REASON } from '../../../../src/renderer/src/domain/closures';
import { resetDatabase } from './resetDb';
import { makeGroup, makeSeries } from './meetingFixtures';

beforeEach(resetDatabase);

const TODAY = '2026-11-18'; // a Wednesday

/** Which groups have meetings in the range, as the calendar places them. */
const groupsOnCalendar = async (from: string, to: string) =>
  new Set((await occurrencesBetween(from, to, { today: TODAY })).map((o) => o.groupId));

describe('ending a group', () => {
  it('ends its running series today, removes one not yet started, and leaves the others', async () => {
    const group = await makeGroup('Riverside Tuesday Connection');
    const running = await makeSeries({ groupId: group, startsOn: '2026-09-01' });
    const later = await makeSeries({ groupId: group, startsOn: '2027-01-05' });
    const endedBefore = await makeSeries({ groupId: group, startsOn: '2026-01-06', endsOn: '2026-06-30' });
    const endsAfter = await makeSeries({ groupId: group, startsOn: '2026-09-02', endsOn: '2027-06-30', weekday: 3 });
    const other = await makeSeries({ groupId: await makeGroup('Lakeside Connection'), startsOn: '2026-09-01' });

    await updateGroup(group, { status: 'ended' }, TODAY);

    expect((await db.groups.get(group))?.status).toBe('ended');
    expect((await db.schedules.get(running.id))?.endsOn).toBe(TODAY);
    expect((await db.schedules.get(endsAfter.id))?.endsOn).toBe(TODAY);
    expect((await db.schedules.get(later.id))?.deletedAt).not.toBeNull();
    expect(await db.schedules.get(endedBefore.id)).toEqual(endedBefore);
    expect(await db.schedules.get(other.id)).toEqual(other);
    // Its meetings up to today stay (to record); none after.
    const dates = (await occurrencesBetween('2026-11-01', '2026-12-31', { today: TODAY }))
      .filter((o) => o.groupId === group)
      .map((o) => o.date);
    expect(dates).toEqual(['2026-11-03', '2026-11-04', '2026-11-10', '2026-11-11', '2026-11-17', '2026-11-18']);
  });

  it('works when this copy has not read its device id yet (the first write after a start)', async () => {
    const group = await makeGroup();
    const series = await makeSeries({ groupId: group, startsOn: '2026-09-01' });
    forgetCachedDevice();
    await updateGroup(group, { status: 'ended' }, TODAY);
    expect((await db.schedules.get(series.id))?.endsOn).toBe(TODAY);
    forgetCachedDevice();
    await deleteGroup(group);
    expect((await db.schedules.get(series.id))?.deletedAt).not.toBeNull();
  });

  it('changes no series when the group is saved again, paused, or made active', async () => {
    const group = await makeGroup();
    const series = await makeSeries({ groupId: group, startsOn: '2026-09-01' });
    await updateGroup(group, { status: 'paused' }, TODAY);
    await updateGroup(group, { notes: 'Summer break' }, TODAY);
    await updateGroup(group, { status: 'active' }, TODAY);
    expect(await db.schedules.get(series.id)).toEqual(series);
    await updateGroup(group, { status: 'ended' }, TODAY);
    const ended = await db.schedules.get(series.id);
    await updateGroup(group, { notes: 'Ended in November' }, '2026-12-09');
    await updateGroup(group, { status: 'active' }, '2026-12-09');
    expect(await db.schedules.get(series.id)).toEqual(ended);
  });
});

/** The states of a group's meetings in the range, as the calendar shows them: 'date state (reason)'. */
const statesOf = async (groupId: string, from: string, to: string, today: string) =>
  (await occurrencesBetween(from, to, { today }))
    .filter((o) => o.groupId === groupId)
    .map((o) => `${o.date} ${o.state}${o.cancelReason ? ` (${o.cancelReason})` : ''}`);

const pausesOf = async (groupId: string) =>
  (await db.closures.toArray()).filter((c) => c.scope === 'group' && c.groupId === groupId);

describe('pausing a group', () => {
  it('calls off its meetings from tomorrow: none to record, cancelled in reports, the calendar says why', async () => {
    const group = await makeGroup('Riverside Tuesday Connection');
    await makeSeries({ groupId: group, startsOn: '2026-11-03' }); // Tuesdays
    const other = await makeGroup('Lakeside Connection');
    await makeSeries({ groupId: other, startsOn: '2026-11-03' });

    await updateGroup(group, { status: 'paused' }, '2026-11-17'); // paused on a Tuesday, after its meeting

    const [pause] = await pausesOf(group);
    expect(pause).toMatchObject({ startDate: '2026-11-18', reason: PAUSE_REASON, deletedAt: null });
    // Two weeks later, still paused: the meeting of the day it was paused is still to record, no later one.
    const today = '2026-12-02';
    expect(await statesOf(group, '2026-11-10', '2026-12-15', today)).toEqual([
      '2026-11-10 unrecorded',
      '2026-11-17 unrecorded',
      `2026-11-24 cancelled (${PAUSE_REASON})`,
      `2026-12-01 cancelled (${PAUSE_REASON})`,
      `2026-12-08 cancelled (${PAUSE_REASON})`,
      `2026-12-15 cancelled (${PAUSE_REASON})`,
    ]);
    expect((await statesOf(other, '2026-11-24', '2026-11-24', today))[0]).toBe('2026-11-24 unrecorded');
    const [toRecord] = await meetingSections(today);
    // Two meetings at the same time come in their series' order (random ids here): compared sorted.
    expect(toRecord?.items.map((item) => item.text).sort()).toEqual([
      'Tue, Dec 1, 6:30 PM: Lakeside Connection',
      'Tue, Nov 10, 6:30 PM: Lakeside Connection',
      'Tue, Nov 10, 6:30 PM: Riverside Tuesday Connection',
      'Tue, Nov 17, 6:30 PM: Lakeside Connection',
      'Tue, Nov 17, 6:30 PM: Riverside Tuesday Connection',
      'Tue, Nov 24, 6:30 PM: Lakeside Connection',
      'Tue, Nov 3, 6:30 PM: Lakeside Connection',
      'Tue, Nov 3, 6:30 PM: Riverside Tuesday Connection',
    ]);
    const report = await loadReport({ from: '2026-11', to: '2026-11', affiliateId: null, today });
    const row = report.report.rows.find((r) => r.group.id === group);
    expect(row?.counts).toMatchObject({ scheduled: 4, cancelled: 1, unrecorded: 3, held: 0 });
    const otherRow = report.report.rows.find((r) => r.group.id === other);
    expect(otherRow?.counts).toMatchObject({ scheduled: 4, cancelled: 0, unrecorded: 4 });
  });

  it('expects its meetings again from the day it is made active, and keeps the paused weeks called off', async () => {
    const group = await makeGroup();
    await makeSeries({ groupId: group, startsOn: '2026-09-01' });
    await updateGroup(group, { status: 'paused' }, '2026-11-17');
    await updateGroup(group, { status: 'active' }, '2026-12-08'); // a Tuesday: that day's meeting is on

    expect((await pausesOf(group)).map((c) => [c.startDate, c.endDate, c.deletedAt])).toEqual([
      ['2026-11-18', '2026-12-07', null],
    ]);
    expect(await statesOf(group, '2026-11-17', '2026-12-15', '2026-12-08')).toEqual([
      '2026-11-17 unrecorded',
      `2026-11-24 cancelled (${PAUSE_REASON})`,
      `2026-12-01 cancelled (${PAUSE_REASON})`,
      '2026-12-08 upcoming',
      '2026-12-15 upcoming',
    ]);
  });

  it('leaves nothing behind when paused and made active again on the same day', async () => {
    const group = await makeGroup();
    await makeSeries({ groupId: group, startsOn: '2026-09-01' });
    const before = await statesOf(group, '2026-11-01', '2026-12-31', TODAY);
    await updateGroup(group, { status: 'paused' }, TODAY);
    await updateGroup(group, { status: 'active' }, TODAY);
    expect((await pausesOf(group)).map((c) => c.deletedAt !== null)).toEqual([true]);
    expect(await statesOf(group, '2026-11-01', '2026-12-31', TODAY)).toEqual(before);
  });

  it('ends the pause with the group when it is ended, and removes it when the group is deleted', async () => {
    const ended = await makeGroup('Riverside Tuesday Connection');
    const series = await makeSeries({ groupId: ended, startsOn: '2026-09-01' });
    await updateGroup(ended, { status: 'paused' }, '2026-11-03');
    await updateGroup(ended, { status: 'ended' }, TODAY);
    expect((await pausesOf(ended)).map((c) => [c.startDate, c.endDate])).toEqual([['2026-11-04', TODAY]]);
    expect((await db.schedules.get(series.id))?.endsOn).toBe(TODAY);

    const deleted = await makeGroup('Lakeside Connection');
    await updateGroup(deleted, { status: 'paused' }, TODAY);
    await deleteGroup(deleted);
    expect((await pausesOf(deleted)).map((c) => c.deletedAt !== null)).toEqual([true]);
  });

  it('adds no second pause, and ends both when the group was paused on two computers', async () => {
    const group = await makeGroup();
    await updateGroup(group, { status: 'paused' }, '2026-11-03');
    const [first] = await pausesOf(group);
    // The other computer's pause, come in an exchange, while this copy made the group active and paused it again.
    await db.closures.put({ ...first!, id: 'elsewhere', startDate: '2026-11-10' });
    await updateGroup(group, { status: 'active' }, '2026-11-12');
    await updateGroup(group, { status: 'paused' }, TODAY);
    expect((await pausesOf(group)).filter((c) => c.deletedAt === null)).toHaveLength(3);
    await updateGroup(group, { status: 'paused', notes: 'Saved again' }, TODAY);
    expect((await pausesOf(group)).filter((c) => c.deletedAt === null)).toHaveLength(3);
    await updateGroup(group, { status: 'active' }, '2026-12-01');
    const open = (await pausesOf(group)).filter((c) => c.deletedAt === null && c.endDate > '2026-11-30');
    expect(open).toEqual([]);
  });
});

describe('deleting a group', () => {
  it('takes its meetings off the calendar, Home and reports, and keeps its records', async () => {
    const group = await makeGroup('Riverside Tuesday Connection');
    const series = await makeSeries({ groupId: group, startsOn: '2026-09-01' });
    const kept = await makeGroup('Lakeside Connection');
    await makeSeries({ groupId: kept, startsOn: '2026-09-01' });
    const record = await recordHeld(
      { scheduleId: series.id, groupId: group, originalDate: '2026-11-03' },
      { attendance: 8, firstTime: 1, facilitatorsPresent: [], notes: '' },
    );
    expect(await groupsOnCalendar('2026-11-01', '2026-11-30')).toEqual(new Set([group, kept]));

    await deleteGroup(group);

    expect((await db.groups.get(group))?.deletedAt).not.toBeNull();
    expect((await db.schedules.get(series.id))?.deletedAt).not.toBeNull();
    expect(await db.meetings.get(record.id)).toEqual(record);
    expect(await groupsOnCalendar('2026-11-01', '2026-11-30')).toEqual(new Set([kept]));
    const home = await meetingSections(TODAY);
    const texts = [home].flat().flatMap((section) => section.items.map((item) => item.text));
    expect(texts.some((text) => text.includes('Lakeside Connection'))).toBe(true);
    expect(texts.some((text) => text.includes('Riverside'))).toBe(false);
    const report = await loadReport({ from: '2026-11', to: '2026-11', affiliateId: null, today: TODAY });
    expect(report.report.rows.map((row) => row.group.name)).toEqual(['Lakeside Connection']);
    expect(report.occurrences.every((o) => o.groupId === kept)).toBe(true);
  });

  it('hides the meetings of a group deleted on another computer while its series came here live', async () => {
    // An exchange can bring a group's deletion and a series someone else added to it meanwhile.
    const group = await makeGroup('Riverside Tuesday Connection');
    const series = await makeSeries({ groupId: group, startsOn: '2026-09-01' });
    const stored = await db.groups.get(group);
    await db.groups.put({ ...stored!, deletedAt: '2026-11-10T12:00:00.000Z', updatedAt: '2026-11-10T12:00:00.000Z' });
    expect((await db.schedules.get(series.id))?.deletedAt).toBeNull();
    expect(await groupsOnCalendar('2026-11-01', '2026-11-30')).toEqual(new Set());
    const report = await loadReport({ from: '2026-11', to: '2026-11', affiliateId: null, today: TODAY });
    expect(report.occurrences).toEqual([]);
  });
});
