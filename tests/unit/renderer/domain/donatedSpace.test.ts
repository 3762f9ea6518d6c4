import { describe, expect, it } from 'vitest';
import {
  donatedSpaceByMonth,
  donatedSpaceValue,
  isDonatedSpace,
} from '../../../../src/renderer/src/domain/donatedSpace';
import type { Occurrence } from '../../../../src/renderer/src/domain/occurrences';

type Held = Pick<Occurrence, 'state' | 'venueId' | 'date'>;
const at = (date: string, state: Occurrence['state'] = 'held', venueId: string | null = 'v1'): Held => ({
  date,
  state,
  venueId,
});

const library = { id: 'v1', costCents: 0, fairRentalCents: 7500 };

describe('donated meeting space', () => {
  it('is a space with no cost and a fair rental value', () => {
    expect(isDonatedSpace(library)).toBe(true);
    expect(isDonatedSpace({ costCents: 2500, fairRentalCents: 7500 })).toBe(false);
    expect(isDonatedSpace({ costCents: 0, fairRentalCents: 0 })).toBe(false);
  });

  it('is worth the fair rental value for each meeting held there, and nothing for the others', () => {
    const occurrences = [
      at('2026-03-03'),
      at('2026-03-10'),
      at('2026-03-17', 'cancelled'),
      at('2026-03-24', 'unrecorded'),
      at('2026-03-31', 'upcoming'),
      at('2026-03-12', 'held', 'v2'), // moved to another venue
    ];
    expect(donatedSpaceValue(occurrences, library)).toBe(15000);
  });

  it('is worth nothing at a venue that charges rent', () => {
    expect(donatedSpaceValue([at('2026-03-03')], { ...library, costCents: 4000 })).toBe(0);
  });

  it('adds up month by month', () => {
    const occurrences = [at('2026-02-24'), at('2026-03-03'), at('2026-03-10'), at('2026-03-17', 'cancelled')];
    expect(donatedSpaceByMonth(occurrences, library)).toEqual([
      { month: '2026-02', meetingsHeld: 1, valueCents: 7500 },
      { month: '2026-03', meetingsHeld: 2, valueCents: 15000 },
    ]);
  });
});
