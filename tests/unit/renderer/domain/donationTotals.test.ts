import { describe, expect, it } from 'vitest';
import type { Donation } from '@shared/model';
import {
  grandTotal,
  NO_GROUP,
  totalsByCategory,
  totalsByDonor,
  totalsByGroup,
  totalsByMonth,
  totalsByYear,
  monthLabel,
  type GiftForTotals,
} from '../../../../src/renderer/src/domain/donationTotals';
import { DONATION_CATEGORIES } from '@shared/model';
import { parseMoney } from '../../../../src/renderer/src/domain/money';

const gift = (
  date: string,
  category: Donation['category'],
  valueCents: number,
  donorId = 'd1',
  groupId: string | null = null,
): GiftForTotals => ({ date, category, valueCents, donorId, groupId });

const gifts = [
  gift('2026-01-05', 'refreshments', 12000, 'bakery', 'downtown'),
  gift('2026-01-20', 'printing', 27500, 'printer'),
  gift('2026-02-02', 'refreshments', 6000, 'bakery', 'grove'),
  gift('2026-02-14', 'materials', 8550, 'helen', 'grove'),
  gift('2025-12-30', 'meeting-space', 5000, 'church', 'downtown'),
];

describe('donation totals', () => {
  it('add up by category in the form’s order, leaving out empty categories', () => {
    expect(totalsByCategory(gifts)).toEqual([
      { key: 'meeting-space', count: 1, cents: 5000 },
      { key: 'refreshments', count: 2, cents: 18000 },
      { key: 'printing', count: 1, cents: 27500 },
      { key: 'materials', count: 1, cents: 8550 },
    ]);
  });

  it('add up by month and by year, oldest first', () => {
    expect(totalsByMonth(gifts)).toEqual([
      { key: '2025-12', count: 1, cents: 5000 },
      { key: '2026-01', count: 2, cents: 39500 },
      { key: '2026-02', count: 2, cents: 14550 },
    ]);
    expect(totalsByYear(gifts)).toEqual([
      { key: '2025', count: 1, cents: 5000 },
      { key: '2026', count: 4, cents: 54050 },
    ]);
    expect(monthLabel('2026-02')).toBe('February 2026');
  });

  it('add up by donor and by group, largest first, with gifts for no group kept together', () => {
    expect(totalsByDonor(gifts)).toEqual([
      { key: 'printer', count: 1, cents: 27500 },
      { key: 'bakery', count: 2, cents: 18000 },
      { key: 'helen', count: 1, cents: 8550 },
      { key: 'church', count: 1, cents: 5000 },
    ]);
    expect(totalsByGroup(gifts)).toEqual([
      { key: NO_GROUP, count: 1, cents: 27500 },
      { key: 'downtown', count: 2, cents: 17000 },
      { key: 'grove', count: 2, cents: 14550 },
    ]);
  });

  it('stay exact to the cent over 10,000 gifts, however they are grouped', () => {
    // Amounts like $0.10 and $0.20 drift when summed as floating dollars; as cents they cannot.
    const many: GiftForTotals[] = [];
    let expected = 0;
    const typedValues = ['0.10', '0.20', '$0.30', '19.99', '$123.45', '0.07', '$450.50'];
    const valueCents = [10, 20, 30, 1999, 12345, 7, 45050];
    for (let i = 0; i < 10_000; i++) {
      const typed = typedValues[i % 7] ?? '';
      const parsed = parseMoney(typed);
      if (!parsed.ok) throw new Error(typed);
      expected += valueCents[i % 7] ?? 0;
      many.push(
        gift(
          `${2020 + Math.floor(i / 1700)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
          DONATION_CATEGORIES[i % DONATION_CATEGORIES.length] ?? 'other',
          parsed.cents,
          `donor-${i % 300}`,
          i % 5 === 0 ? null : `group-${i % 150}`,
        ),
      );
    }
    const floatDollars = many.reduce((sum, g) => sum + g.valueCents / 100, 0);
    expect(floatDollars).not.toBe(expected / 100); // summing floating dollars does drift
    expect(grandTotal(many)).toEqual({ count: 10_000, cents: expected });
    expect(expected).toBe(84912367);
    for (const totals of [totalsByCategory(many), totalsByMonth(many), totalsByDonor(many), totalsByGroup(many)]) {
      expect(totals.reduce((sum, total) => sum + total.cents, 0)).toBe(expected);
      expect(totals.reduce((sum, total) => sum + total.count, 0)).toBe(10_000);
      expect(totals.every((total) => Number.isInteger(total.cents))).toBe(true);
    }
    expect(totalsByMonth(many)).toHaveLength(72);
    expect(totalsByDonor(many)).toHaveLength(300);
  });

  it('refuse a value that is not whole cents rather than total it wrongly', () => {
    expect(() => grandTotal([{ valueCents: 10.5 }])).toThrow(/whole cents/);
  });
});
