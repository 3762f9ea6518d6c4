// Totals of in-kind gifts by category, month, year, donor and group: integer cents, summed exactly.
import { DONATION_CATEGORIES, type Donation } from '@shared/model';
import { format } from 'date-fns';
import { monthOf, toDate } from './dates';

export type GiftForTotals = Pick<Donation, 'date' | 'category' | 'valueCents' | 'donorId' | 'groupId'>;

export interface Total {
  count: number;
  cents: number;
}

export interface KeyedTotal<K extends string> extends Total {
  key: K;
}

function add(total: Total, cents: number): void {
  // Integer cents only: a fraction here would mean a value slipped past validation as a float.
  if (!Number.isSafeInteger(cents)) throw new RangeError(`A gift's value is not whole cents: ${cents}`);
  total.count += 1;
  total.cents += cents;
}

export function grandTotal(gifts: readonly Pick<Donation, 'valueCents'>[]): Total {
  const total = { count: 0, cents: 0 };
  for (const gift of gifts) add(total, gift.valueCents);
  return total;
}

function totalsBy<K extends string>(gifts: readonly GiftForTotals[], keyOf: (gift: GiftForTotals) => K): Map<K, Total> {
  const totals = new Map<K, Total>();
  for (const gift of gifts) {
    const key = keyOf(gift);
    let total = totals.get(key);
    if (!total) {
      total = { count: 0, cents: 0 };
      totals.set(key, total);
    }
    add(total, gift.valueCents);
  }
  return totals;
}

const keyed = <K extends string>(totals: Map<K, Total>, keys: Iterable<K>): KeyedTotal<K>[] =>
  [...keys].flatMap((key) => {
    const total = totals.get(key);
    return total ? [{ key, ...total }] : [];
  });

/** In the form's category order; categories with no gifts are left out. */
export function totalsByCategory(gifts: readonly GiftForTotals[]): KeyedTotal<Donation['category']>[] {
  return keyed(
    totalsBy(gifts, (gift) => gift.category),
    DONATION_CATEGORIES,
  );
}

/** Oldest month first, keyed 'YYYY-MM'. */
export function totalsByMonth(gifts: readonly GiftForTotals[]): KeyedTotal<string>[] {
  const totals = totalsBy(gifts, (gift) => monthOf(gift.date));
  return keyed(totals, [...totals.keys()].sort());
}

/** Oldest year first, keyed 'YYYY'. */
export function totalsByYear(gifts: readonly GiftForTotals[]): KeyedTotal<string>[] {
  const totals = totalsBy(gifts, (gift) => gift.date.slice(0, 4));
  return keyed(totals, [...totals.keys()].sort());
}

/** Largest total first; ties by donor id so the order is stable. */
export function totalsByDonor(gifts: readonly GiftForTotals[]): KeyedTotal<string>[] {
  const totals = totalsBy(gifts, (gift) => gift.donorId);
  return keyed(totals, totals.keys()).sort((a, b) => b.cents - a.cents || a.key.localeCompare(b.key));
}

/** Gifts that served no particular group are keyed NO_GROUP. Largest total first. */
export const NO_GROUP = 'none';
export function totalsByGroup(gifts: readonly GiftForTotals[]): KeyedTotal<string>[] {
  const totals = totalsBy(gifts, (gift) => gift.groupId ?? NO_GROUP);
  return keyed(totals, totals.keys()).sort((a, b) => b.cents - a.cents || a.key.localeCompare(b.key));
}

/** "October 2026" for '2026-10'. */
export const monthLabel = (month: string): string => format(toDate(`${month}-01`), 'MMMM yyyy');
