// A space lent free of charge is an in-kind gift of meeting space from its host, worth the fair
// rental value for every meeting held there, counted from the meeting records without extra logging.
import type { Venue } from '@shared/model';
import { monthOf } from './dates';
import type { Occurrence } from './occurrences';

export type DonatedVenue = Pick<Venue, 'id' | 'costCents' | 'fairRentalCents'>;

/** Free to use (no cost per meeting) and worth something to rent. */
export const isDonatedSpace = (venue: Pick<Venue, 'costCents' | 'fairRentalCents'>): boolean =>
  venue.costCents === 0 && venue.fairRentalCents > 0;

type HeldAt = Pick<Occurrence, 'state' | 'venueId' | 'date'>;

/** The meetings held at the venue (moved-away ones excluded, moved-in ones counted). */
export const heldAtVenue = <T extends HeldAt>(occurrences: readonly T[], venueId: string): T[] =>
  occurrences.filter((occ) => occ.state === 'held' && occ.venueId === venueId);

/** The value of the space given for these meetings, in cents (0 when the venue charges or has no value). */
export function donatedSpaceValue(occurrences: readonly HeldAt[], venue: DonatedVenue): number {
  if (!isDonatedSpace(venue)) return 0;
  return heldAtVenue(occurrences, venue.id).length * venue.fairRentalCents;
}

export interface DonatedSpaceMonth {
  /** 'YYYY-MM' */
  month: string;
  meetingsHeld: number;
  valueCents: number;
}

/** The same gift, month by month, oldest first; months without a meeting held are left out. */
export function donatedSpaceByMonth(occurrences: readonly HeldAt[], venue: DonatedVenue): DonatedSpaceMonth[] {
  if (!isDonatedSpace(venue)) return [];
  const counts = new Map<string, number>();
  for (const occ of heldAtVenue(occurrences, venue.id)) {
    const month = monthOf(occ.date);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, meetingsHeld]) => ({ month, meetingsHeld, valueCents: meetingsHeld * venue.fairRentalCents }));
}
