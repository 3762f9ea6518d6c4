// Donors: named reads and writes. Components never write to the table directly.
// Lists read by the name index, a page at a time: at state scale there are 3,000 donors.
import type { Donor } from '@shared/model';
import { db } from './database';
import { entityStore, isLive } from './records';
import { hasDonations } from './donations';
import { donorKeyOf } from '../domain/donorKey';

const store = entityStore('donors');
export const { create: createDonor, update: updateDonor, get: getDonor } = store;

/** Donors whose name starts with `prefix` (any case), in name order, at most `limit`. */
export async function findDonors(prefix: string, limit: number): Promise<Donor[]> {
  const text = prefix.trim();
  const collection = text === '' ? db.donors.orderBy('name') : db.donors.where('name').startsWithIgnoreCase(text);
  const donors = await collection.filter(isLive).limit(limit).toArray();
  // startsWithIgnoreCase walks the index in its own order; show names as a person would sort them.
  return donors.sort((a, b) => a.name.localeCompare(b.name));
}

/** Every donor, deleted ones too (the donors list pages through them all). */
export async function countDonors(): Promise<number> {
  return db.donors.count();
}

/**
 * Whether there are more than `limit` donors (deleted ones aside). Reads at most `limit + 1` of them,
 * in one request unless some are deleted: it never counts the whole table.
 */
export async function hasMoreDonorsThan(limit: number): Promise<boolean> {
  let live = 0;
  let after: string | null = null;
  for (;;) {
    const wanted = limit + 1 - live;
    const page: Donor[] = await (after === null ? db.donors.toCollection() : db.donors.where(':id').above(after))
      .limit(wanted)
      .toArray();
    live += page.filter(isLive).length;
    if (live > limit) return true;
    const last = page.at(-1);
    if (!last || page.length < wanted) return false;
    after = last.id;
  }
}

/** The live donors among these ids, keyed by id (for naming donors in a list of gifts). */
export async function donorsByIds(ids: Iterable<string>): Promise<Map<string, Donor>> {
  const unique = [...new Set(ids)];
  const donors = await db.donors.bulkGet(unique);
  return new Map(donors.filter(isLive).map((donor) => [donor.id, donor]));
}

/**
 * Live donors with these names, compared as the import compares them: any case, any run of spaces (a
 * non-breaking one too) on either side. The index is read by each name's first word, so "Mary  Jones"
 * in the app is found for "mary jones" in a file, and only names starting with "Mary" are read.
 */
export async function donorsNamed(names: readonly string[]): Promise<Donor[]> {
  const wanted = new Set(names.map(donorKeyOf).filter((key) => key !== ''));
  const firstWords = [...new Set([...wanted].map((key) => key.split(' ')[0] ?? key))];
  if (firstWords.length === 0) return [];
  const donors = await db.donors.where('name').startsWithAnyOfIgnoreCase(firstWords).toArray();
  return donors.filter((donor) => isLive(donor) && wanted.has(donorKeyOf(donor.name)));
}

export class DonorHasGiftsError extends Error {
  constructor() {
    super('This donor has gifts recorded. Delete their gifts first, or keep the donor.');
  }
}

/** A donor with gifts stays: their gifts would lose who gave them. */
export async function deleteDonor(id: string): Promise<void> {
  if (await hasDonations(id)) throw new DonorHasGiftsError();
  await store.remove(id);
}
