// In-kind donations: named reads and writes. Components never write to the table directly.
// Every read goes through an index (date, [donorId+date] or [groupId+date]): at state scale there
// are 10,000 gifts, and no screen reads them all.
import Dexie from 'dexie';
import type { Donation, NewRecord } from '@shared/model';
import { DONATION_CATEGORIES } from '@shared/values';
import { db } from './database';
import { getDevice } from './device';
import { entityStore, isLive, nowStamp } from './records';
import { loadModel } from './schemas';

const store = entityStore('donations');
export const { create: createDonation, update: updateDonation, remove: deleteDonation, get: getDonation } = store;

export interface DonationQuery {
  /** inclusive 'YYYY-MM-DD' bounds */
  from: string;
  to: string;
  donorId?: string;
  groupId?: string;
}

/** Gifts in a date range, newest first, through the most selective index the query allows. */
export async function findDonations(query: DonationQuery): Promise<Donation[]> {
  const { from, to } = query;
  if (from > to) return [];
  const gifts = query.donorId
    ? await db.donations
        .where('[donorId+date]')
        .between([query.donorId, from], [query.donorId, to], true, true)
        .toArray()
    : query.groupId
      ? await db.donations
          .where('[groupId+date]')
          .between([query.groupId, from], [query.groupId, to], true, true)
          .toArray()
      : await db.donations.where('date').between(from, to, true, true).toArray();
  return gifts
    .filter((gift) => isLive(gift) && (!query.groupId || gift.groupId === query.groupId))
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/** Everything one donor gave, newest first. */
export async function donationsOfDonor(donorId: string): Promise<Donation[]> {
  const gifts = await db.donations
    .where('[donorId+date]')
    .between([donorId, Dexie.minKey], [donorId, Dexie.maxKey])
    .toArray();
  return gifts.filter(isLive).sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/**
 * Live gifts of these donors on these dates, each pair read through the [donorId+date] index (for an
 * import to spot gifts recorded already without reading every gift).
 */
export async function donationsOnDates(keys: readonly (readonly [string, string])[]): Promise<Donation[]> {
  if (keys.length === 0) return [];
  const gifts = await db.donations
    .where('[donorId+date]')
    .anyOf(keys.map(([donorId, date]) => [donorId, date]))
    .toArray();
  return gifts.filter(isLive);
}

export async function hasDonations(donorId: string): Promise<boolean> {
  const gifts = await db.donations
    .where('[donorId+date]')
    .between([donorId, Dexie.minKey], [donorId, Dexie.maxKey])
    .filter(isLive)
    .limit(1)
    .toArray();
  return gifts.length > 0;
}

/**
 * Unacknowledged gifts of at least `minCents` since `from`, oldest first (then by id). IndexedDB does not
 * index nulls, so the acknowledgedOn index cannot find them: the thanksDue table lists them (see
 * thanksDue.ts), and only those few gifts are read. Each is checked in full, so a row that outlived its
 * gift's thanks would never show.
 */
export async function unacknowledgedSince(from: string, minCents: number): Promise<Donation[]> {
  const gifts = await db.donations.bulkGet(await db.thanksDue.where('date').aboveOrEqual(from).primaryKeys());
  return gifts.filter(
    (gift): gift is Donation =>
      gift !== undefined && isLive(gift) && gift.acknowledgedOn === null && gift.valueCents >= minCents,
  );
}

export interface AcknowledgementChange {
  id: string;
  /** what acknowledgedOn was before, to put back on undo */
  previous: string | null;
  /** what it was set to */
  next: string | null;
}

async function setAcknowledged(changes: readonly AcknowledgementChange[]): Promise<AcknowledgementChange[]> {
  const [{ id: deviceId }, { donationSchema }] = await Promise.all([getDevice(), loadModel()]);
  return db.transaction('rw', db.donations, async () => {
    const applied: AcknowledgementChange[] = [];
    for (const change of changes) {
      const gift = await db.donations.get(change.id);
      if (!isLive(gift) || gift.acknowledgedOn !== change.previous) continue;
      const record = donationSchema.parse({
        ...gift,
        acknowledgedOn: change.next,
        updatedAt: nowStamp(),
        changedBy: deviceId,
      });
      await db.donations.put(record);
      applied.push(change);
    }
    return applied;
  });
}

/**
 * Marks the given gifts acknowledged on `on`, leaving alone any already acknowledged (their date
 * stays as it was). Returns what changed, for undo.
 */
export async function markDonationsAcknowledged(ids: readonly string[], on: string): Promise<AcknowledgementChange[]> {
  return setAcknowledged(ids.map((id) => ({ id, previous: null, next: on })));
}

/** Puts back what a mark changed, unless the gift was changed again since. */
export async function undoAcknowledgement(changes: readonly AcknowledgementChange[]): Promise<number> {
  const applied = await setAcknowledged(
    changes.map((change) => ({ id: change.id, previous: change.next, next: change.previous })),
  );
  return applied.length;
}

/** The donor and category of the last gift entered on this copy, so quick entry starts from them. */
export interface GiftEntryMemory {
  donorId: string | null;
  category: Donation['category'] | null;
}

const MEMORY_KEY = 'donations.lastEntry';

export async function getGiftEntryMemory(): Promise<GiftEntryMemory> {
  const entry = await db.local.get(MEMORY_KEY);
  const value = entry?.value as Partial<GiftEntryMemory> | undefined;
  const category = DONATION_CATEGORIES.find((known) => known === value?.category) ?? null;
  return { donorId: typeof value?.donorId === 'string' ? value.donorId : null, category };
}

/** Records a new gift and remembers its donor and category for the next one. */
export async function recordGift(fields: NewRecord<Donation>): Promise<Donation> {
  const gift = await createDonation(fields);
  await db.local.put({ key: MEMORY_KEY, value: { donorId: gift.donorId, category: gift.category } });
  return gift;
}
