// One affiliate's share of the records: its groups with their schedules, meetings, bookings and gifts,
// the closures that apply to them, and every venue, facilitator, donor and affiliate those point to,
// deleted ones included, so the file holds everything its records refer to. Read through indexes,
// one group at a time. Call inside a read transaction over the record tables and `local`.
import Dexie from 'dexie';
import type { RecordOf, RecordTable } from '@shared/model';
import type { ExchangeTables } from '../domain/exchangeFile';
import { db } from './database';
import { hiddenMeetingsToShare } from './exchangeState';

export const emptyExchangeTables = (): ExchangeTables => ({
  affiliates: [],
  groups: [],
  schedules: [],
  meetings: [],
  closures: [],
  venues: [],
  bookings: [],
  donors: [],
  donations: [],
  facilitators: [],
  trainings: [],
});

async function byIds<T extends RecordTable>(table: T, ids: Iterable<string>): Promise<RecordOf<T>[]> {
  const wanted = [...new Set(ids)];
  const found = await db.table<RecordOf<T>, string>(table).bulkGet(wanted);
  return found.filter((record): record is RecordOf<T> => record !== undefined);
}

export async function affiliateRecords(affiliateId: string): Promise<ExchangeTables> {
  const tables = emptyExchangeTables();
  tables.groups = await db.groups.where('affiliateId').equals(affiliateId).toArray();
  const groupIds = tables.groups.map((group) => group.id);
  const inGroups = new Set(groupIds);
  tables.schedules = await db.schedules.where('groupId').anyOf(groupIds).toArray();
  tables.bookings = await db.bookings.where('groupId').anyOf(groupIds).toArray();
  const perGroup = await Promise.all(
    groupIds.map(async (groupId) => ({
      meetings: await db.meetings
        .where('[groupId+date]')
        .between([groupId, Dexie.minKey], [groupId, Dexie.maxKey])
        .toArray(),
      donations: await db.donations
        .where('[groupId+date]')
        .between([groupId, Dexie.minKey], [groupId, Dexie.maxKey])
        .toArray(),
    })),
  );
  const hidden = (await hiddenMeetingsToShare()).filter((meeting) => inGroups.has(meeting.groupId));
  tables.meetings = [...perGroup.flatMap((part) => part.meetings), ...hidden];
  tables.donations = perGroup.flatMap((part) => part.donations);
  tables.donors = await byIds(
    'donors',
    tables.donations.map((donation) => donation.donorId),
  );

  const venueIds = new Set<string>();
  const addVenue = (venueId: string | null) => venueId !== null && venueIds.add(venueId);
  for (const { venueId } of [...tables.schedules, ...tables.meetings, ...tables.bookings, ...tables.donations]) {
    addVenue(venueId);
  }
  // Closures are few (holidays and the like): read them all and keep those that concern these groups.
  tables.closures = (await db.closures.toArray()).filter(
    (closure) =>
      (closure.groupId === null || inGroups.has(closure.groupId)) &&
      (closure.scope === 'all' ||
        (closure.groupId !== null && inGroups.has(closure.groupId)) ||
        (closure.venueId !== null && venueIds.has(closure.venueId))),
  );
  for (const closure of tables.closures) addVenue(closure.venueId);
  tables.venues = await byIds('venues', venueIds);

  const facilitatorIds = new Set(
    (await db.facilitators.where('affiliateId').equals(affiliateId).primaryKeys()) as string[],
  );
  for (const group of tables.groups) for (const id of group.facilitatorIds) facilitatorIds.add(id);
  for (const meeting of tables.meetings) for (const id of meeting.facilitatorsPresent) facilitatorIds.add(id);
  tables.facilitators = await byIds('facilitators', facilitatorIds);

  const affiliateIds = new Set([affiliateId]);
  for (const { affiliateId: other } of tables.facilitators) if (other !== null) affiliateIds.add(other);
  tables.affiliates = await byIds('affiliates', affiliateIds);
  return tables;
}

/** The affiliates a coordinator can share on their own, by name (a small table). */
export async function shareableAffiliates(): Promise<{ id: string; name: string }[]> {
  const affiliates = await db.affiliates.filter((affiliate) => affiliate.deletedAt === null).toArray();
  return affiliates.map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
