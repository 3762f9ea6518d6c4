// Two coordinators' databases exchanging files: what the preview says, what applying writes, and that
// both end with the same records and the same monthly figures.
import { beforeEach, describe, expect, it } from 'vitest';
import { db, RECORD_SCHEMA_VERSION } from '../../../../src/renderer/src/db/database';
import { readExchangeFile } from '../../../../src/renderer/src/domain/exchangeFile';
import { getDevice } from '../../../../src/renderer/src/db/device';
import { loadSampleData } from '../../../../src/renderer/src/db/sample';
import { getSettings, saveSettings, defaultSettings } from '../../../../src/renderer/src/db/settings';
import { updateGroup } from '../../../../src/renderer/src/db/groups';
import { occurrencesBetween, recordHeld as recordHeldOn } from '../../../../src/renderer/src/db/meetings';
import { editSeries } from '../../../../src/renderer/src/db/seriesOps';
import { applyMerge, previewMerge } from '../../../../src/renderer/src/db/exchangeMerge';
import { hiddenMeetings, listPeers } from '../../../../src/renderer/src/db/exchangeState';
import { changesNothing, conflictId } from '../../../../src/renderer/src/domain/exchangePlan';
import { ExchangeRefusal } from '../../../../src/renderer/src/domain/exchangeFile';
import { loadSnapshot, newCopy, recordsOf, share, takeSnapshot, type Snapshot } from './exchangeCopies';
import { statsForMonths } from '../../../../src/renderer/src/db/monthlyStats';
import { isPause, PAUSE_REASON } from '../../../../src/renderer/src/domain/closures';
import { plusDays, todayIso } from '../../../../src/renderer/src/domain/dates';

// The examples record meetings on future dates no example record uses (so each copy makes its own
// record); a meeting can only be recorded as held once its day has come, so "today" is set after them.
const recordHeld = (...[ref, fields]: Parameters<typeof recordHeldOn>) => recordHeldOn(ref, fields, '2099-12-31');

/** One group's aggregate for one month, as reports read it. */
const statAt = async (groupId: string, month: string) => (await statsForMonths(month, month, [groupId]))[0];

let office: Snapshot;
let laptop: Snapshot;

/** The state office loads the example; the affiliate's laptop starts empty and takes everything. */
beforeEach(async () => {
  await newCopy('State office laptop');
  await loadSampleData();
  const { file } = await share();
  office = await takeSnapshot();
  await newCopy('Riverbend laptop');
  const { fields } = organisation('NAMI Riverbend Affiliate');
  await saveSettings(fields);
  await applyMerge(file, new Map());
  laptop = await takeSnapshot();
});

function organisation(name: string) {
  const { id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, changedBy: _b, ...rest } = defaultSettings();
  return { fields: { ...rest, name } };
}

const groupNamed = async (name: string) => {
  const group = (await db.groups.toArray()).find((g) => g.name === name);
  if (!group) throw new Error(`no group ${name}`);
  return group;
};

describe('the first exchange', () => {
  it('gives the empty copy every record and the same monthly figures, but keeps its own organisation', async () => {
    await loadSnapshot(laptop);
    const copied = await recordsOf(await takeSnapshot());
    const original = await recordsOf(office);
    expect(copied).toEqual(original);
    expect(copied['groups']).toHaveLength(4);
    expect(copied['monthlyStats']?.length).toBeGreaterThan(0);
    expect(JSON.parse(copied['groups']?.[0] ?? '{}')).toHaveProperty('name');
    expect((await getSettings()).name).toBe('NAMI Riverbend Affiliate');
    expect(await listPeers()).toMatchObject([{ name: 'State office laptop' }]);
  });

  it('changes nothing the second time the same file is combined', async () => {
    await loadSnapshot(office);
    const { file } = await share();
    await loadSnapshot(laptop);
    const preview = await previewMerge(file);
    expect(changesNothing(preview.summary)).toBe(true);
    await applyMerge(file, new Map());
    expect(await recordsOf(await takeSnapshot())).toEqual(await recordsOf(laptop));
  });

  it('refuses a file this computer shared itself', async () => {
    await loadSnapshot(laptop);
    const { file } = await share();
    await expect(previewMerge(file)).rejects.toBeInstanceOf(ExchangeRefusal);
  });
});

describe('a pause and the group it belongs to', () => {
  /** The group's live pauses: group closures with no last day. */
  const openPauses = async (groupId: string) =>
    (await db.closures.toArray()).filter((c) => c.groupId === groupId && c.deletedAt === null && isPause(c));

  it('end in step when one computer paused the group and the other then edited it while active', async () => {
    await loadSnapshot(office);
    const group = await groupNamed('Downtown Tuesday Connection');
    await updateGroup(group.id, { status: 'paused' });
    const fromOffice = await share();

    await loadSnapshot(laptop);
    await new Promise((resolve) => setTimeout(resolve, 5)); // the laptop's edit is the newer one
    await updateGroup(group.id, { contactPhone: '(555) 010-3333' });
    await applyMerge(fromOffice.file, new Map()); // the newer side of the group wins: still active
    expect((await db.groups.get(group.id))?.status).toBe('active');
    expect(await openPauses(group.id)).toEqual([]);
    const today = todayIso();
    const ahead = await occurrencesBetween(today, plusDays(today, 28), { groupIds: [group.id], today });
    expect(ahead.length).toBeGreaterThan(0);
    expect(ahead.filter((o) => o.cancelReason === PAUSE_REASON)).toEqual([]);
  });

  it('end in step when one computer made the group active and the other then edited it while paused', async () => {
    await loadSnapshot(office);
    const group = await groupNamed('Downtown Tuesday Connection');
    await updateGroup(group.id, { status: 'paused' });
    const paused = await share();
    office = await takeSnapshot();
    await loadSnapshot(laptop);
    await applyMerge(paused.file, new Map());
    laptop = await takeSnapshot();

    await loadSnapshot(office);
    await updateGroup(group.id, { status: 'active' });
    const madeActive = await share();
    await loadSnapshot(laptop);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateGroup(group.id, { notes: 'Still on a break until the new facilitators start' });
    await applyMerge(madeActive.file, new Map()); // the laptop's paused group is newer; the pause ended
    expect((await db.groups.get(group.id))?.status).toBe('paused');
    expect(await openPauses(group.id)).toHaveLength(1);
  });
});

describe('two coordinators editing', () => {
  it('combine different groups quietly, show the group both changed, and end identical with the choice made', async () => {
    await loadSnapshot(office);
    const shared = await groupNamed('Conexión en Español');
    await updateGroup((await groupNamed('Downtown Tuesday Connection')).id, { notes: 'Office note' });
    await updateGroup(shared.id, { contactPhone: '(555) 010-1111' });
    const fromOffice = await share();
    office = await takeSnapshot();

    await loadSnapshot(laptop);
    await updateGroup((await groupNamed('Grove Avenue Thursday Connection')).id, { status: 'paused' });
    await updateGroup(shared.id, { contactPhone: '(555) 010-2222' });
    const preview = await previewMerge(fromOffice.file);
    expect(preview.peer?.name).toBe('State office laptop');
    expect(preview.summary.counts.groups).toEqual({ add: 0, update: 1, delete: 0, restore: 0 });
    expect(preview.summary.conflicts).toHaveLength(1);
    const [conflict] = preview.summary.conflicts;
    expect(conflict?.conflict.newer).toBe('local');
    expect(conflict?.conflict.incoming).toMatchObject({ contactPhone: '(555) 010-1111' });
    // The coordinator keeps the office's number, the older change.
    await applyMerge(fromOffice.file, new Map([[conflictId('groups', shared.id), 'incoming']]));
    expect((await db.groups.get(shared.id))?.contactPhone).toBe('(555) 010-1111');
    expect((await db.groups.get(shared.id))?.changedBy).toBe((await getDevice()).id);
    const fromLaptop = await share();
    laptop = await takeSnapshot();

    await loadSnapshot(office);
    const back = await previewMerge(fromLaptop.file);
    expect(back.summary.conflicts).toEqual([]);
    await applyMerge(fromLaptop.file, new Map());
    expect(await recordsOf(await takeSnapshot())).toEqual(await recordsOf(laptop));
    expect((await groupNamed('Grove Avenue Thursday Connection')).status).toBe('paused');
    expect((await db.groups.get(shared.id))?.contactPhone).toBe('(555) 010-1111');
  });

  it('keep one record per meeting when both recorded the same meeting, count it once, and show the conflict', async () => {
    await loadSnapshot(office);
    const schedule = (await db.schedules.toArray())[0];
    if (!schedule) throw new Error('the example has schedules');
    const ref = { scheduleId: schedule.id, groupId: schedule.groupId, originalDate: '2031-01-07' };
    // A future date no example record uses, so each copy creates its own record (its own id).
    const onDay = await db.meetings
      .where('[scheduleId+originalDate]')
      .equals([ref.scheduleId, ref.originalDate])
      .count();
    expect(onDay).toBe(0);
    await recordHeld(ref, { attendance: 7, firstTime: 1, facilitatorsPresent: [], notes: '' });
    const fromOffice = await share();
    office = await takeSnapshot();

    await loadSnapshot(laptop);
    await recordHeld(ref, { attendance: 9, firstTime: 0, facilitatorsPresent: [], notes: '' });
    const preview = await previewMerge(fromOffice.file);
    expect(preview.summary.conflicts.map((c) => c.table)).toEqual(['meetings']);
    await applyMerge(fromOffice.file, new Map());
    const rows = await db.meetings
      .where('[scheduleId+originalDate]')
      .equals([ref.scheduleId, ref.originalDate])
      .toArray();
    expect(rows.map((row) => row.attendance)).toEqual([9]);
    expect((await hiddenMeetings()).map((m) => m.attendance)).toEqual([7]);
    const stat = await statAt(ref.groupId, '2031-01');
    expect(stat?.attendance).toBe(9);
    const fromLaptop = await share();
    laptop = await takeSnapshot();

    await loadSnapshot(office);
    await applyMerge(fromLaptop.file, new Map());
    expect(await recordsOf(await takeSnapshot())).toEqual(await recordsOf(laptop));
    expect((await hiddenMeetings()).map((m) => m.attendance)).toEqual([7]);
  });
});

describe('a series made longer on one computer', () => {
  it('recounts the facilitator minutes of every month on the other copy', async () => {
    await loadSnapshot(office);
    const held = (await db.meetings.toArray()).find((m) => m.outcome === 'held' && m.facilitatorsPresent.length > 0);
    if (!held) throw new Error('the example has meetings held with facilitators');
    const month = held.date.slice(0, 7);
    const before = (await statAt(held.groupId, month))?.facilitatorMinutes ?? 0;
    await editSeries(held.scheduleId, 'all', held.originalDate, { durationMinutes: 120 });
    const longer = (await statAt(held.groupId, month))?.facilitatorMinutes ?? 0;
    expect(longer).toBeGreaterThan(before);
    const { file } = await share();
    office = await takeSnapshot();

    await loadSnapshot(laptop);
    await applyMerge(file, new Map());
    expect((await statAt(held.groupId, month))?.facilitatorMinutes).toBe(longer);
    expect(await recordsOf(await takeSnapshot())).toEqual(await recordsOf(office));
  });
});

describe('a meeting recorded on both computers, then its series split', () => {
  it('counts the meeting once on both copies and keeps the duplicate deleted, out of sight', async () => {
    await loadSnapshot(office);
    const schedule = (await db.schedules.toArray())[0];
    if (!schedule) throw new Error('the example has schedules');
    const day = '2031-01-07';
    const ref = { scheduleId: schedule.id, groupId: schedule.groupId, originalDate: day };
    await recordHeld(ref, { attendance: 7, firstTime: 1, facilitatorsPresent: [], notes: '' });
    const fromOffice = await share();
    office = await takeSnapshot();

    await loadSnapshot(laptop);
    await recordHeld(ref, { attendance: 9, firstTime: 0, facilitatorsPresent: [], notes: '' });
    await applyMerge(fromOffice.file, new Map());
    const fromLaptop = await share();
    laptop = await takeSnapshot();

    // The office takes the laptop's record, then moves every meeting from 2030 on to a new series.
    await loadSnapshot(office);
    await applyMerge(fromLaptop.file, new Map());
    const { schedule: next } = await editSeries(schedule.id, 'this-and-later', '2030-01-01', { startTime: '19:00' });
    const afterSplit = await share();
    office = await takeSnapshot();

    await loadSnapshot(laptop);
    await applyMerge(afterSplit.file, new Map());
    const shown = await db.meetings.where('[groupId+date]').equals([ref.groupId, day]).toArray();
    expect(shown.filter((m) => m.deletedAt === null).map((m) => [m.scheduleId, m.attendance])).toEqual([[next.id, 9]]);
    expect((await statAt(ref.groupId, '2031-01'))?.attendance).toBe(9);
    const backToOffice = await share();
    laptop = await takeSnapshot();

    await loadSnapshot(office);
    await applyMerge(backToOffice.file, new Map());
    expect(await recordsOf(await takeSnapshot())).toEqual(await recordsOf(laptop));
    expect((await statAt(ref.groupId, '2031-01'))?.attendance).toBe(9);
  });
});

describe('a meeting recorded on a series the other computer had split', () => {
  /** The office moves every meeting from 2030 on to a new series; the laptop has not heard yet. */
  async function splitOnOffice() {
    await loadSnapshot(office);
    const schedule = (await db.schedules.toArray())[0];
    if (!schedule) throw new Error('the example has schedules');
    const { schedule: next } = await editSeries(schedule.id, 'this-and-later', '2030-01-01', { startTime: '19:00' });
    expect(next.continues).toEqual({ scheduleId: schedule.id, from: '2030-01-01' });
    const fromOffice = await share();
    office = await takeSnapshot();
    return { schedule, next, fromOffice };
  }

  /** What the calendar shows for the group on the day: one meeting per occurrence. */
  const shownOn = async (groupId: string, day: string) =>
    (await occurrencesBetween(day, day, { groupIds: [groupId], today: '2026-11-27' })).map((o) => [
      o.scheduleId,
      o.state,
      o.meeting?.attendance ?? null,
    ]);

  it('moves the record to the new series, so the meeting shows and counts once, on both copies', async () => {
    const { schedule, next, fromOffice } = await splitOnOffice();
    const day = '2031-01-07';
    await loadSnapshot(laptop);
    const made = await recordHeld(
      { scheduleId: schedule.id, groupId: schedule.groupId, originalDate: day },
      { attendance: 9, firstTime: 2, facilitatorsPresent: [], notes: 'Before the news' },
    );
    await applyMerge(fromOffice.file, new Map());
    const moved = await db.meetings.get(made.id);
    // Moved, not changed: the laptop's own stamp, so it is no newer than it was.
    expect(moved).toEqual({ ...made, scheduleId: next.id });
    expect(await shownOn(schedule.groupId, day)).toEqual([[next.id, 'held', 9]]);
    expect(await statAt(schedule.groupId, '2031-01')).toMatchObject({ held: 1, attendance: 9, firstTime: 2 });
    const fromLaptop = await share();
    laptop = await takeSnapshot();

    await loadSnapshot(office);
    await applyMerge(fromLaptop.file, new Map());
    expect(await recordsOf(await takeSnapshot())).toEqual(await recordsOf(laptop));
    expect(await shownOn(schedule.groupId, day)).toEqual([[next.id, 'held', 9]]);
  });

  it('keeps one record when both recorded the meeting, one before the split and one after', async () => {
    const { schedule, next, fromOffice } = await splitOnOffice();
    const day = '2031-01-07';
    await loadSnapshot(office);
    await recordHeld(
      { scheduleId: next.id, groupId: schedule.groupId, originalDate: day },
      { attendance: 7, firstTime: 0, facilitatorsPresent: [], notes: '' },
    );
    const later = await share();
    office = await takeSnapshot();

    await loadSnapshot(laptop);
    await recordHeld(
      { scheduleId: schedule.id, groupId: schedule.groupId, originalDate: day },
      { attendance: 9, firstTime: 0, facilitatorsPresent: [], notes: '' },
    );
    // The split first, then the office's record: or both at once. Either way one meeting shows, the
    // newer record (the laptop's), and the office's is kept out of sight.
    await applyMerge(fromOffice.file, new Map());
    await applyMerge(later.file, new Map());
    expect(await shownOn(schedule.groupId, day)).toEqual([[next.id, 'held', 9]]);
    expect((await hiddenMeetings()).map((m) => [m.scheduleId, m.attendance])).toEqual([[next.id, 7]]);
    expect((await statAt(schedule.groupId, '2031-01'))?.attendance).toBe(9);
    const oneByOne = await recordsOf(await takeSnapshot());

    await loadSnapshot(laptop);
    await recordHeld(
      { scheduleId: schedule.id, groupId: schedule.groupId, originalDate: day },
      { attendance: 9, firstTime: 0, facilitatorsPresent: [], notes: '' },
    );
    await applyMerge(later.file, new Map());
    expect(await shownOn(schedule.groupId, day)).toEqual([[next.id, 'held', 9]]);
    expect((await hiddenMeetings()).map((m) => [m.scheduleId, m.attendance])).toEqual([[next.id, 7]]);
    const together = await recordsOf(await takeSnapshot());
    // The two laptops made their own records (own ids and stamps): compare what they show and count.
    const visible = (records: Record<string, string[]>) =>
      (records['meetings'] ?? []).map((text) => JSON.parse(text)).filter((m) => m.deletedAt === null).length;
    expect(visible(together)).toBe(visible(oneByOne));
    expect(together['monthlyStats']).toEqual(oneByOne['monthlyStats']);
  });
});

/**
 * The office changes the example's first series "this and later" from one date, the laptop (not knowing)
 * from another: the office's file is shared, and the laptop's copy is loaded, its change made.
 */
async function splitOnBoth(officeFrom: string, officeTime: string, laptopFrom: string, laptopTime: string) {
  await loadSnapshot(office);
  const schedule = (await db.schedules.toArray())[0];
  if (!schedule) throw new Error('the example has schedules');
  const { schedule: atOffice } = await editSeries(schedule.id, 'this-and-later', officeFrom, { startTime: officeTime });
  const fromOffice = await share();
  office = await takeSnapshot();
  await loadSnapshot(laptop);
  const { schedule: atLaptop } = await editSeries(schedule.id, 'this-and-later', laptopFrom, { startTime: laptopTime });
  return { schedule, atOffice, atLaptop, fromOffice };
}

describe('one series split on both computers, on different days', () => {
  /** The times the group meets in the week from `monday`, with the series that holds each. */
  const week = async (groupId: string, monday: string) =>
    (await occurrencesBetween(monday, plusDays(monday, 6), { groupIds: [groupId], today: '2026-11-27' })).map((o) => [
      o.scheduleId,
      o.startTime,
    ]);

  it('meets once a week on both copies: each split holds the dates up to the next one', async () => {
    // The laptop, not knowing, moves the meetings from June on to another time.
    const { schedule, atOffice, atLaptop, fromOffice } = await splitOnBoth(
      '2030-01-01',
      '19:00',
      '2030-06-01',
      '18:00',
    );
    // The series both changed, and the office's 7 PM series, each end where the next change begins.
    expect((await applyMerge(fromOffice.file, new Map())).endedSeries).toBe(2);
    const expected = async () => {
      expect(await week(schedule.groupId, '2029-10-01')).toEqual([[schedule.id, schedule.startTime]]);
      expect(await week(schedule.groupId, '2030-03-04')).toEqual([[atOffice.id, '19:00']]);
      expect(await week(schedule.groupId, '2030-09-02')).toEqual([[atLaptop.id, '18:00']]);
      const series = new Map((await db.schedules.toArray()).map((each) => [each.id, each]));
      expect(series.get(schedule.id)?.endsOn).toBe('2029-12-31');
      expect(series.get(atOffice.id)?.endsOn).toBe('2030-05-31');
      expect(series.get(atLaptop.id)?.endsOn).toBeNull();
    };
    await expected();
    const fromLaptop = await share();
    laptop = await takeSnapshot();

    await loadSnapshot(office);
    // The laptop's file carries those ends already.
    expect((await applyMerge(fromLaptop.file, new Map())).endedSeries).toBe(0);
    await expected();
    expect(await recordsOf(await takeSnapshot())).toEqual(await recordsOf(laptop));
  });
  it('agrees quietly when both copies end the splits themselves, each combining the other first', async () => {
    const { fromOffice } = await splitOnBoth('2030-01-01', '19:00', '2030-06-01', '18:00');
    const fromLaptop = await share();

    // Each combines the other's file at once, and each ends the splits itself.
    await applyMerge(fromOffice.file, new Map());
    const laptopAfter = await share();
    laptop = await takeSnapshot();
    await loadSnapshot(office);
    await applyMerge(fromLaptop.file, new Map());
    const officeAfter = await share();
    office = await takeSnapshot();

    const ends = async () => (await db.schedules.toArray()).map((each) => [each.id, each.endsOn]).sort();
    const officeEnds = await ends();
    // Then they exchange again: the same ends, made twice, are no conflict.
    const preview = await previewMerge(laptopAfter.file);
    expect(preview.summary.conflicts).toEqual([]);
    await applyMerge(laptopAfter.file, new Map());
    expect(await ends()).toEqual(officeEnds);
    await loadSnapshot(laptop);
    expect(await ends()).toEqual(officeEnds);
    expect((await previewMerge(officeAfter.file)).summary.conflicts).toEqual([]);
  });
});

describe('one series split on both computers from the same day', () => {
  it('keeps one series of the two, and its booking, on both copies', async () => {
    const { schedule, atOffice, atLaptop, fromOffice } = await splitOnBoth(
      '2030-01-01',
      '19:00',
      '2030-01-01',
      '18:30',
    );
    // seriesHolding gives the dates to the split with the larger id: the other one goes.
    const [gone, kept] = [atOffice, atLaptop].sort((a, b) => (a.id < b.id ? -1 : 1));
    const bookingsOf = async (id: string) =>
      (await db.bookings.where('scheduleId').equals(id).toArray()).map((booking) => booking.deletedAt === null);

    const merged = await applyMerge(fromOffice.file, new Map());
    expect([merged.endedSeries, merged.removedSeries]).toEqual([0, 1]);
    const expected = async () => {
      const week = await occurrencesBetween('2030-03-04', '2030-03-10', {
        groupIds: [schedule.groupId],
        today: '2026-11-27',
      });
      expect(week.map((o) => o.scheduleId)).toEqual([kept!.id]);
      expect((await db.schedules.get(gone!.id))?.deletedAt).not.toBeNull();
      expect((await db.schedules.get(kept!.id))?.deletedAt).toBeNull();
      expect(await bookingsOf(gone!.id)).not.toContain(true);
      expect(await bookingsOf(kept!.id)).toContain(true);
    };
    await expected();
    const fromLaptop = await share();
    laptop = await takeSnapshot();

    await loadSnapshot(office);
    expect((await applyMerge(fromLaptop.file, new Map())).removedSeries).toBe(0);
    await expected();
    expect(await recordsOf(await takeSnapshot())).toEqual(await recordsOf(laptop));
  });
});

describe('sharing one affiliate', () => {
  it('holds its groups and everything they point to, and never the organisation details', async () => {
    await loadSnapshot(office);
    const affiliate = (await db.affiliates.toArray())[0];
    if (!affiliate) throw new Error('the example has an affiliate');
    const { file, bytes } = await share({
      kind: 'affiliate',
      affiliateId: affiliate.id,
      affiliateName: affiliate.name,
    });
    expect(file.header.scope).toEqual({ kind: 'affiliate', affiliateId: affiliate.id, affiliateName: affiliate.name });
    // Its records say the shape they have (6: series carry their split links); an app that reads only
    // up to 5 refuses the file rather than drop the links.
    const read = await readExchangeFile(bytes, { schemaVersion: RECORD_SCHEMA_VERSION, pause: async () => undefined });
    expect(read.tables.groups).toEqual(file.tables.groups);
    await expect(readExchangeFile(bytes, { schemaVersion: 5, pause: async () => undefined })).rejects.toThrow(
      'newer version',
    );
    const ownGroups = (await db.groups.toArray()).filter((g) => g.affiliateId === affiliate.id);
    expect(file.tables.groups.map((g) => g.id).sort()).toEqual(ownGroups.map((g) => g.id).sort());
    expect(file.tables.meetings.every((m) => ownGroups.some((g) => g.id === m.groupId))).toBe(true);
    expect(file.tables.meetings.length).toBeGreaterThan(0);
  });
});
