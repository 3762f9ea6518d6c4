// A group ended or deleted: what happens to its meeting series, and where its meetings still show.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/database';
import { deleteGroup, updateGroup } from '../../../../src/renderer/src/db/groups';
import { occurrencesBetween, recordHeld } from '../../../../src/renderer/src/db/meetings';
import { loadReport } from '../../../../src/renderer/src/db/report';
import { meetingSections } from '../../../../src/renderer/src/features/home/meetingTodos';
import { forgetCachedDevice } from '../../../../src/renderer/src/db/device';
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
