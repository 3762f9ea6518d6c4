// The donors list reads by the name index only as far down as the view has come: at state scale there
// are 3,000 donors, and a coordinator looking for one rarely scrolls past the first screens.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Donor } from '@shared/model';
import { db } from '../../db/database';
import { countDonors, findDonors } from '../../db/donors';
import { isLive } from '../../db/records';

/** The first read, and the least each further read adds. */
export const DONOR_PAGE = 100;

export interface DonorList {
  /** the donors read so far, in name order */
  donors: Donor[];
  /** how many donors match in all (the rows after `donors` are still being read) */
  total: number;
}

/**
 * Counts the donors the list would show. With no search this is the table's own count, which reads no
 * record; a name's first letters count the few donors under that prefix of the name index.
 */
async function countMatching(search: string): Promise<number> {
  const text = search.trim();
  if (text === '') return countDonors();
  return db.donors.where('name').startsWithIgnoreCase(text).filter(isLive).count();
}

/** The first `limit` donors whose names start with `search`, and how many match in all. */
export function useDonorList(search: string, limit: number): DonorList | undefined {
  return useLiveQuery(async () => {
    const [donors, counted] = await Promise.all([findDonors(search, limit), countMatching(search)]);
    // Fewer than asked for means the end was reached, which gives the exact count (the table's own
    // count also holds deleted donors, kept for sharing with other computers).
    return { donors, total: donors.length < limit ? donors.length : Math.max(counted, donors.length) };
  }, [search, limit]);
}

/** The next limit once the view has reached row `index`: doubling keeps the re-reads from the top small. */
export function nextDonorLimit(limit: number, index: number): number {
  return index + DONOR_PAGE / 2 >= limit ? Math.max(limit * 2, index + DONOR_PAGE) : limit;
}
