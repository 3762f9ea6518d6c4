// Venues (donated meeting spaces): named reads and writes. Components never write to the table directly.
import type { ContactLogEntry, NewRecord, Schedule, Venue } from '@shared/model';
import { contactLogEntry } from '@shared/model';
import { checked } from '../domain/meetingForm';
import { endOfMonth } from 'date-fns';
import { plusDays, todayIso, toDate, toIso } from '../domain/dates';
import { donatedSpaceByMonth, donatedSpaceValue, isDonatedSpace, type DonatedSpaceMonth } from '../domain/donatedSpace';
import { occurrencesInRange, seriesShown } from '../domain/occurrences';
import { closuresOverlapping } from './closureOps';
import { db } from './database';
import { getDevice } from './device';
import { entityStore, isLive, newId, NotFoundError, nowStamp, tombstoned } from './records';

const store = entityStore('venues');
export const { create: createVenue, get: getVenue } = store;

/** A room can't be taken out of a venue's list while something still uses it; nothing is saved. */
export class RoomInUseError extends Error {
  /** what uses each room, one sentence each ("Oak Room is booked for Riverside Tuesday Connection") */
  readonly uses: readonly string[];
  constructor(uses: readonly string[]) {
    super(
      `${uses.join('. ')}. Keep ${uses.length === 1 ? 'that room' : 'those rooms'} in the list. To rename a room, ` +
        'add the new name, change the bookings and meeting series to it, then take the old name out. ' +
        'Nothing was changed.',
    );
    this.uses = uses;
  }
}

/**
 * Saves the venue's details; the contact log is kept as it is (it has its own writes). Refuses to take
 * a room out of the list (to remove or rename it) while a booking, a running series or a meeting moved
 * there still uses it: they would keep the old name, clash with no one in the renamed room, and their
 * booking could not be saved again. A change of capitals only is no change of room.
 */
export async function updateVenue(
  id: string,
  fields: Omit<NewRecord<Venue>, 'contactLog'>,
  today: string = todayIso(),
): Promise<Venue> {
  return db.transaction('rw', [db.venues, db.bookings, db.schedules, db.groups, db.meetings], async () => {
    const venue = await db.venues.get(id);
    if (!isLive(venue)) throw new NotFoundError('That venue');
    const kept = new Set(fields.rooms.map(roomKey));
    const taken = venue.rooms.filter((room) => !kept.has(roomKey(room)));
    const uses = taken.length === 0 ? [] : await roomUsesAt(id, taken, today);
    if (uses.length > 0) throw new RoomInUseError(uses);
    return store.update(id, fields);
  });
}

const roomKey = (room: string): string => room.trim().toLowerCase();

const namesWords = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * What still uses each of these rooms of a venue, in words ("Oak Room is booked for Riverside Tuesday
 * Connection"): bookings that hold it (a series still running, or a date from today on), series that
 * meet in it, and meetings moved to it from today on. Rooms nothing uses are left out.
 */
async function roomUsesAt(venueId: string, rooms: readonly string[], today: string): Promise<string[]> {
  const wanted = new Set(rooms.map(roomKey));
  const inRoom = (room: string | null) => room !== null && wanted.has(roomKey(room));
  const [bookings, running, moved] = await Promise.all([
    db.bookings
      .where('venueId')
      .equals(venueId)
      .filter((b) => isLive(b) && (b.status === 'requested' || b.status === 'confirmed') && inRoom(b.room))
      .toArray(),
    runningSchedulesAt(venueId, today),
    db.meetings
      .where('date')
      .aboveOrEqual(today)
      .filter((m) => isLive(m) && m.venueId === venueId && m.startTime !== null && m.outcome !== 'cancelled')
      .toArray(),
  ]);
  const bookedSeries = new Map(
    (await db.schedules.bulkGet([...new Set(bookings.flatMap((b) => (b.scheduleId ? [b.scheduleId] : [])))]))
      .filter(isLive)
      .map((s) => [s.id, s]),
  );
  const current = bookings.filter((b) => {
    if (b.scheduleId === null) return b.date !== null && b.date >= today;
    const series = bookedSeries.get(b.scheduleId);
    return series !== undefined && (series.endsOn === null || series.endsOn >= today);
  });
  const groupIds = [...current, ...running, ...moved].map((r) => r.groupId);
  const groups = new Map((await db.groups.bulkGet([...new Set(groupIds)])).filter(isLive).map((g) => [g.id, g.name]));
  function namesIn<T extends { groupId: string }>(
    records: readonly T[],
    room: string,
    roomOf: (r: T) => string | null,
  ) {
    const ids = new Set(records.filter((r) => roomKey(roomOf(r) ?? '') === roomKey(room)).map((r) => r.groupId));
    return [...ids].map((groupId) => groups.get(groupId)).filter((name) => name !== undefined);
  }
  const words: string[] = [];
  for (const room of rooms) {
    const booked = namesIn(current, room, (b) => b.room);
    const meets = namesIn(running, room, (s) => s.room).filter((n) => !booked.includes(n));
    const movedIn = namesIn(moved, room, (m) => m.room).filter((n) => !booked.includes(n) && !meets.includes(n));
    const parts = [
      ...(booked.length > 0 ? [`is booked for ${namesWords(booked)}`] : []),
      ...(meets.length > 0 ? [`is where ${namesWords(meets)} ${meets.length === 1 ? 'meets' : 'meet'}`] : []),
      ...(movedIn.length > 0 ? [`has a meeting of ${namesWords(movedIn)} moved to it`] : []),
    ];
    if (parts.length > 0) words.push(`${room} ${parts.join(', and ')}`);
  }
  return words;
}

/** Every live venue, by name. The venues table is small (hundreds at state scale). */
export async function listVenues(): Promise<Venue[]> {
  return db.venues.orderBy('name').filter(isLive).toArray();
}

/**
 * Series that meet at the venue now or later (ended ones are history, not a reason to keep it), of
 * groups that are not deleted. Inside a caller's transaction, it must hold the groups too.
 */
export async function runningSchedulesAt(venueId: string, today: string = todayIso()): Promise<Schedule[]> {
  const running = await db.schedules
    .where('venueId')
    .equals(venueId)
    .filter((s) => isLive(s) && (s.endsOn === null || s.endsOn >= today))
    .toArray();
  const groups = await db.groups.bulkGet([...new Set(running.map((s) => s.groupId))]);
  return seriesShown(
    running,
    groups.filter((group) => group !== undefined),
  );
}

export class VenueInUseError extends Error {}

/**
 * Deletes a venue and its bookings, in one transaction. Refused while a series still meets there,
 * so no group is left pointing at a place that is gone.
 */
export async function deleteVenue(id: string, today: string = todayIso()): Promise<void> {
  const { id: deviceId } = await getDevice();
  await db.transaction('rw', [db.venues, db.bookings, db.schedules, db.groups], async () => {
    const venue = await db.venues.get(id);
    if (!isLive(venue)) return;
    const running = await runningSchedulesAt(id, today);
    if (running.length > 0) {
      const groups = await db.groups.bulkGet([...new Set(running.map((s) => s.groupId))]);
      const names = groups.filter(isLive).map((g) => g.name);
      throw new VenueInUseError(
        `${names.join(', ') || 'A group'} still ${names.length > 1 ? 'meet' : 'meets'} at ${venue.name}. ` +
          'Give their meeting series another venue first. Nothing was deleted.',
      );
    }
    const stamp = nowStamp();
    const bookings = await db.bookings.where('venueId').equals(id).filter(isLive).toArray();
    await db.bookings.bulkPut(bookings.map((b) => tombstoned(b, stamp, deviceId)));
    await db.venues.put(tombstoned(venue, stamp, deviceId));
  });
}

async function changeLog(venueId: string, change: (log: ContactLogEntry[]) => ContactLogEntry[]): Promise<Venue> {
  const { id: deviceId } = await getDevice();
  return db.transaction('rw', db.venues, async () => {
    const venue = await db.venues.get(venueId);
    if (!isLive(venue)) throw new NotFoundError('That venue');
    const updated: Venue = {
      ...venue,
      contactLog: change(venue.contactLog),
      updatedAt: nowStamp(),
      changedBy: deviceId,
    };
    await db.venues.put(updated);
    return updated;
  });
}

/** Adds a dated note of a call or email; the log stays in date order, newest first. */
export async function addContactLogEntry(venueId: string, fields: { date: string; note: string }): Promise<Venue> {
  const entry = checked(contactLogEntry, { id: newId(), date: fields.date, note: fields.note.trim() });
  return changeLog(venueId, (log) =>
    [entry, ...log].sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1)),
  );
}

export async function removeContactLogEntry(venueId: string, entryId: string): Promise<Venue> {
  return changeLog(venueId, (log) => log.filter((entry) => entry.id !== entryId));
}

export interface DonatedSpaceSummary {
  venue: Venue;
  donated: boolean;
  months: DonatedSpaceMonth[];
  meetingsHeld: number;
  valueCents: number;
}

/**
 * The meeting space a venue gave between two months (inclusive, 'YYYY-MM'): each meeting held there
 * at its fair rental value. Reads only the series that meet there, by index; for reports and the venue page.
 */
export async function donatedSpaceAtVenue(
  venueId: string,
  fromMonth: string,
  toMonth: string,
): Promise<DonatedSpaceSummary | undefined> {
  const from = `${fromMonth}-01`;
  const to = toIso(endOfMonth(toDate(`${toMonth}-01`)));
  return db.transaction('r', [db.venues, db.schedules, db.meetings, db.closures], async () => {
    const venue = await db.venues.get(venueId);
    if (!isLive(venue)) return undefined;
    if (!isDonatedSpace(venue)) return { venue, donated: false, months: [], meetingsHeld: 0, valueCents: 0 };
    const schedules = (await db.schedules.where('venueId').equals(venueId).toArray()).filter(isLive);
    // A moved meeting's record keeps its series date, which is never far from where it landed.
    const [lower, upper] = [plusDays(from, -62), plusDays(to, 62)];
    const meetings = (
      await Promise.all(
        schedules.map((s) =>
          db.meetings.where('[scheduleId+originalDate]').between([s.id, lower], [s.id, upper], true, true).toArray(),
        ),
      )
    ).flat();
    const closures = await closuresOverlapping(from, to);
    const occurrences = occurrencesInRange({ schedules, meetings, closures, from, to, today: todayIso() });
    const months = donatedSpaceByMonth(occurrences, venue);
    return {
      venue,
      donated: true,
      months,
      meetingsHeld: months.reduce((sum, m) => sum + m.meetingsHeld, 0),
      valueCents: donatedSpaceValue(occurrences, venue),
    };
  });
}

/** Every donated venue's gift of space between two months, for reports (venues with none left out). */
export async function donatedSpaceBetween(fromMonth: string, toMonth: string): Promise<DonatedSpaceSummary[]> {
  const venues = (await listVenues()).filter(isDonatedSpace);
  const summaries = await Promise.all(venues.map((venue) => donatedSpaceAtVenue(venue.id, fromMonth, toMonth)));
  return summaries.filter((s): s is DonatedSpaceSummary => s !== undefined && s.meetingsHeld > 0);
}
