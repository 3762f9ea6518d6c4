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

/** Saves the venue's details; the contact log is kept as it is (it has its own writes). */
export async function updateVenue(id: string, fields: Omit<NewRecord<Venue>, 'contactLog'>): Promise<Venue> {
  return store.update(id, fields);
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
