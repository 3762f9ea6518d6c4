import { describe, expect, it } from 'vitest';
import type { Booking, Closure, Meeting, Schedule } from '@shared/model';
import {
  bookingRoomUses,
  conflictWindow,
  findConflicts,
  moveRoomUses,
  timesOverlap,
  type BookingPlan,
} from '../../../../src/renderer/src/domain/conflicts';
import { closure, meeting, schedule } from './meetingFixtures';

const FROM = '2026-03-01';
const TO = '2026-04-30';
const TODAY = '2026-03-01';

function booking(fields: Partial<Booking> & Pick<Booking, 'id' | 'groupId'>): Booking {
  return {
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    changedBy: 'test',
    venueId: 'v1',
    room: 'Oak Room',
    scheduleId: null,
    date: null,
    startTime: null,
    durationMinutes: null,
    status: 'confirmed',
    statusHistory: [],
    agreementEndsOn: null,
    notes: '',
    ...fields,
  };
}

const asPlan = (b: Booking): BookingPlan => b;

/** Checks `plan` (with its series, if any) against `others` at the same venue. */
function check(
  plan: BookingPlan,
  planSchedule: Schedule | undefined,
  others: Booking[],
  schedules: Schedule[],
  extra: { closures?: Closure[]; meetings?: Meeting[] } = {},
) {
  const closures = extra.closures ?? [];
  const meetings = extra.meetings ?? [];
  const records = { closures, from: FROM, to: TO, today: TODAY };
  const candidate = bookingRoomUses(plan, planSchedule, {
    ...records,
    meetings: meetings.filter((m) => m.scheduleId === plan.scheduleId),
  });
  return findConflicts({
    candidate,
    others,
    schedules,
    meetings,
    ...records,
    groupNames: new Map([
      ['g1', 'Downtown Tuesday Connection'],
      ['g2', 'Lakeside Tuesday Connection'],
    ]),
  });
}

// Tuesdays from 2026-03-03: 3, 10, 17, 24, 31 March; 7, 14, 21, 28 April.
const weekly = schedule({ id: 's1', groupId: 'g1', rule: 'weekly', weekday: 2, startTime: '18:30', startsOn: FROM });
const weeklyBooking = booking({ id: 'b1', groupId: 'g1', scheduleId: 's1' });
// Every other Tuesday from 2026-03-10, half an hour later, in the same room.
const biweekly = schedule({
  id: 's2',
  groupId: 'g2',
  rule: 'biweekly',
  weekday: 2,
  startTime: '19:00',
  startsOn: '2026-03-10',
});

describe('the conflict check', () => {
  it('finds a weekly and an every-other-week series in the same room clashing on alternate weeks', () => {
    const plan = asPlan(booking({ id: 'b2', groupId: 'g2', scheduleId: 's2' }));
    const conflicts = check(plan, biweekly, [weeklyBooking], [weekly, biweekly]);
    expect(conflicts.map((c) => c.date)).toEqual(['2026-03-10', '2026-03-24', '2026-04-07', '2026-04-21']);
    expect(conflicts[0]?.clashes).toEqual([
      {
        bookingId: 'b1',
        groupId: 'g1',
        groupName: 'Downtown Tuesday Connection',
        startTime: '18:30',
        durationMinutes: 90,
        room: 'Oak Room',
      },
    ]);
    // The other way round, the weekly series clashes on the same four Tuesdays only.
    const other = booking({ id: 'b2', groupId: 'g2', scheduleId: 's2' });
    const reverse = check(asPlan(weeklyBooking), weekly, [other], [weekly, biweekly]);
    expect(reverse.map((c) => c.date)).toEqual(['2026-03-10', '2026-03-24', '2026-04-07', '2026-04-21']);
    expect(reverse[0]?.clashes[0]?.groupName).toBe('Lakeside Tuesday Connection');
  });

  it('holds no room with a series booking left at a venue the series has moved away from', () => {
    const plan = asPlan(booking({ id: 'b2', groupId: 'g2', scheduleId: 's2' }));
    // The weekly series now meets at v2; its booking of v1's Oak Room is left behind.
    expect(check(plan, biweekly, [weeklyBooking], [{ ...weekly, venueId: 'v2' }, biweekly])).toEqual([]);
    // Still meeting there, or with no venue yet (older data), its booking holds the room.
    expect(check(plan, biweekly, [weeklyBooking], [weekly, biweekly])).toHaveLength(4);
    expect(check(plan, biweekly, [weeklyBooking], [{ ...weekly, venueId: null }, biweekly])).toHaveLength(4);
  });

  it('finds a partial overlap: 6:00–7:30 PM against 7:00–8:30 PM', () => {
    const early = booking({ id: 'b1', groupId: 'g1', date: '2026-03-10', startTime: '18:00', durationMinutes: 90 });
    const late = booking({ id: 'b2', groupId: 'g2', date: '2026-03-10', startTime: '19:00', durationMinutes: 90 });
    const conflicts = check(asPlan(late), undefined, [early], []);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ date: '2026-03-10', startTime: '19:00', scheduleId: null });
    expect(conflicts[0]?.clashes[0]).toMatchObject({ groupName: 'Downtown Tuesday Connection', startTime: '18:00' });
  });

  it('lets back-to-back meetings share a room: one ends at 7:30, the next starts at 7:30', () => {
    const early = booking({ id: 'b1', groupId: 'g1', date: '2026-03-10', startTime: '18:00', durationMinutes: 90 });
    const next = booking({ id: 'b2', groupId: 'g2', date: '2026-03-10', startTime: '19:30', durationMinutes: 90 });
    expect(check(asPlan(next), undefined, [early], [])).toEqual([]);
    expect(timesOverlap({ startTime: '18:00', durationMinutes: 90 }, { startTime: '19:29', durationMinutes: 30 })).toBe(
      true,
    );
  });

  it('lets different rooms of the same venue be used at the same time', () => {
    const other = schedule({ id: 's2', groupId: 'g2', rule: 'weekly', weekday: 2, startTime: '18:30', startsOn: FROM });
    const plan = asPlan(booking({ id: 'b2', groupId: 'g2', scheduleId: 's2', room: 'Study Room B' }));
    expect(check(plan, other, [weeklyBooking], [weekly, other])).toEqual([]);
  });

  it('makes a booking without a room clash with every room of the venue', () => {
    const wholeVenue = booking({ id: 'b2', groupId: 'g2', room: '', date: '2026-03-17', startTime: '19:00' });
    const plan = asPlan({ ...wholeVenue, durationMinutes: 60 });
    expect(check(plan, undefined, [weeklyBooking], [weekly]).map((c) => c.date)).toEqual(['2026-03-17']);
    // …and the other way round: a room is taken by a whole-venue booking.
    const inStudyRoom = booking({ id: 'b3', groupId: 'g1', room: 'Study Room B', date: '2026-03-17' });
    const studyPlan = asPlan({ ...inStudyRoom, startTime: '19:15', durationMinutes: 30 });
    const wholeBooked = { ...wholeVenue, durationMinutes: 60 };
    expect(check(studyPlan, undefined, [wholeBooked], []).map((c) => c.date)).toEqual(['2026-03-17']);
  });

  it('lets a closure remove a clash', () => {
    const single = booking({ id: 'b2', groupId: 'g2', date: '2026-03-17', startTime: '19:00', durationMinutes: 60 });
    expect(check(asPlan(single), undefined, [weeklyBooking], [weekly])).toHaveLength(1);
    // The venue is closed that day: neither meeting happens, so nothing clashes.
    const closed = closure({ startDate: '2026-03-17', scope: 'venue', venueId: 'v1', reason: 'Library closed' });
    expect(check(asPlan(single), undefined, [weeklyBooking], [weekly], { closures: [closed] })).toEqual([]);
    // A closure of the other group alone also frees the room.
    const groupBreak = closure({ startDate: '2026-03-17', scope: 'group', groupId: 'g1', reason: 'Group break' });
    expect(check(asPlan(single), undefined, [weeklyBooking], [weekly], { closures: [groupBreak] })).toEqual([]);
  });

  it('ignores cancelled meetings, and declined, cancelled or deleted bookings', () => {
    const single = booking({ id: 'b2', groupId: 'g2', date: '2026-03-17', startTime: '19:00', durationMinutes: 60 });
    const cancelled = meeting({ scheduleId: 's1', groupId: 'g1', originalDate: '2026-03-17', outcome: 'cancelled' });
    expect(check(asPlan(single), undefined, [weeklyBooking], [weekly], { meetings: [cancelled] })).toEqual([]);
    for (const freed of [
      { ...weeklyBooking, status: 'declined' as const },
      { ...weeklyBooking, status: 'cancelled' as const },
      { ...weeklyBooking, deletedAt: '2026-02-01T00:00:00.000Z' },
    ]) {
      expect(check(asPlan(single), undefined, [freed], [weekly])).toEqual([]);
    }
  });

  it('follows a meeting moved to another time, and never clashes with its own series', () => {
    const single = booking({ id: 'b2', groupId: 'g2', date: '2026-03-17', startTime: '19:00', durationMinutes: 60 });
    const movedEarlier = meeting({ scheduleId: 's1', groupId: 'g1', originalDate: '2026-03-17', startTime: '16:00' });
    expect(check(asPlan(single), undefined, [weeklyBooking], [weekly], { meetings: [movedEarlier] })).toEqual([]);
    // A new booking of a series that already has one does not clash with the old booking.
    const again = asPlan(booking({ id: 'b9', groupId: 'g1', scheduleId: 's1' }));
    expect(check(again, weekly, [weeklyBooking], [weekly])).toEqual([]);
  });

  it('checks the next 12 months, and a one-date plan further ahead on its date', () => {
    expect(conflictWindow('2026-03-01')).toEqual({ from: '2026-03-01', to: '2027-02-28' });
    expect(conflictWindow('2026-03-01', '2027-04-06')).toEqual({ from: '2026-03-01', to: '2027-04-06' });
    expect(conflictWindow('2026-03-01', '2026-06-02')).toEqual({ from: '2026-03-01', to: '2027-02-28' });
  });
});

describe('meetings moved to another place', () => {
  // Group g2 meets elsewhere (venue v2, no booking here); one of its meetings moved into v1's Oak Room.
  const elsewhere = schedule({ id: 's2', groupId: 'g2', venueId: 'v2', room: 'Hall', startTime: '10:00' });
  const movedIn = meeting({
    scheduleId: 's2',
    groupId: 'g2',
    originalDate: '2026-03-17',
    startTime: '18:30',
    venueId: 'v1',
    room: 'Oak Room',
  });
  const evening = asPlan(
    booking({ id: 'b3', groupId: 'g1', date: '2026-03-17', startTime: '18:00', durationMinutes: 90 }),
  );

  function checkAgainstMoved(plan: BookingPlan, moved: Meeting[], schedules: Schedule[] = [elsewhere]) {
    const records = { closures: [] as Closure[], from: FROM, to: TO, today: TODAY };
    return findConflicts({
      candidate: bookingRoomUses(plan, undefined, { ...records, meetings: [] }),
      others: [],
      schedules,
      meetings: [],
      movedHere: moved,
      ...records,
      groupNames: new Map([['g2', 'Lakeside Tuesday Connection']]),
    });
  }

  it('hold the room they were moved to, though their series is booked nowhere there', () => {
    const conflicts = checkAgainstMoved(evening, [movedIn]);
    expect(conflicts.map((c) => c.date)).toEqual(['2026-03-17']);
    expect(conflicts[0]?.clashes).toEqual([
      {
        bookingId: null,
        groupId: 'g2',
        groupName: 'Lakeside Tuesday Connection',
        startTime: '18:30',
        durationMinutes: 90,
        room: 'Oak Room',
      },
    ]);
  });

  it('leave it free once cancelled, in another room, or when the check is for their own series', () => {
    expect(checkAgainstMoved(evening, [{ ...movedIn, outcome: 'cancelled' }])).toEqual([]);
    expect(checkAgainstMoved(evening, [{ ...movedIn, room: 'Study Room B' }])).toEqual([]);
    expect(checkAgainstMoved(evening, [movedIn], [{ ...elsewhere, deletedAt: '2026-02-01T00:00:00.000Z' }])).toEqual(
      [],
    );
    const ownSeries = asPlan(booking({ id: 'b4', groupId: 'g2', scheduleId: 's2' }));
    const records = { closures: [] as Closure[], from: FROM, to: TO, today: TODAY };
    const candidate = bookingRoomUses(ownSeries, elsewhere, { ...records, meetings: [movedIn] });
    expect(
      findConflicts({ candidate, others: [], schedules: [elsewhere], meetings: [], movedHere: [movedIn], ...records }),
    ).toEqual([]);
  });

  it('are counted once when their series is booked here too', () => {
    const bookedHere = booking({ id: 'b5', groupId: 'g2', scheduleId: 's2' });
    const records = { closures: [] as Closure[], from: FROM, to: TO, today: TODAY };
    const conflicts = findConflicts({
      candidate: bookingRoomUses(evening, undefined, { ...records, meetings: [] }),
      others: [bookedHere],
      schedules: [elsewhere],
      meetings: [movedIn],
      movedHere: [movedIn],
      ...records,
    });
    expect(conflicts.map((c) => c.clashes.length)).toEqual([1]);
  });

  it('are checked themselves before a move: the one meeting, at its new time and room', () => {
    const plan = { ...movedIn, date: '2026-03-17', startTime: '18:30', venueId: 'v1', room: 'Oak Room' };
    const candidate = moveRoomUses(plan, elsewhere, [], { from: FROM, to: TO });
    expect(candidate).toEqual([
      {
        groupId: 'g2',
        scheduleId: 's2',
        originalDate: '2026-03-17',
        date: '2026-03-17',
        startTime: '18:30',
        durationMinutes: 90,
        venueId: 'v1',
        room: 'Oak Room',
        bookingId: null,
      },
    ]);
    const records = { closures: [] as Closure[], from: FROM, to: TO, today: TODAY };
    const found = findConflicts({ candidate, others: [weeklyBooking], schedules: [weekly], meetings: [], ...records });
    expect(found.map((c) => c.date)).toEqual(['2026-03-17']);
    // Closed that day, the moved meeting takes no room.
    const closed = closure({ startDate: '2026-03-17', scope: 'venue', venueId: 'v1', reason: 'Library closed' });
    expect(moveRoomUses(plan, elsewhere, [closed], { from: FROM, to: TO })).toEqual([]);
  });
});
