// @vitest-environment happy-dom
// The donors list reads a page at a time by the name index, yet always says how many donors match.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { createDonor, deleteDonor } from '../../../../../src/renderer/src/db/donors';
import { db } from '../../../../../src/renderer/src/db/database';
import {
  DONOR_PAGE,
  nextDonorLimit,
  useDonorList,
} from '../../../../../src/renderer/src/features/donations/useDonorList';
import { resetDatabase } from '../../db/resetDb';

beforeEach(resetDatabase);
afterEach(cleanup);

const name = (i: number) => `Donor ${String(i).padStart(3, '0')}`;

/** Donor 001 … Donor 250, then Donor 150 removed (kept as a deleted record, as the app does). */
async function twoHundredFiftyDonors(): Promise<void> {
  for (let i = 1; i <= 250; i++) {
    await createDonor({ name: name(i), kind: 'person', address: '', email: '', phone: '', notes: '' });
  }
  const removed = await db.donors.where('name').equals(name(150)).first();
  await deleteDonor(removed!.id);
}

async function listOf(search: string, limit: number) {
  const { result } = renderHook(() => useDonorList(search, limit));
  await waitFor(() => expect(result.current).toBeDefined());
  return result.current!;
}

describe('useDonorList', () => {
  it('reads only the first page, in name order, and counts beyond it', async () => {
    await twoHundredFiftyDonors();
    const list = await listOf('', DONOR_PAGE);
    expect(list.donors.map((donor) => donor.name)).toEqual(Array.from({ length: DONOR_PAGE }, (_, i) => name(i + 1)));
    // Before the end is read, the count may still hold the deleted donor; it is never below what exists.
    expect(list.total).toBeGreaterThanOrEqual(249);
  });

  it('gives the exact count once the end is read, without the deleted donor', async () => {
    await twoHundredFiftyDonors();
    const list = await listOf('', 400);
    expect(list.donors).toHaveLength(249);
    expect(list.total).toBe(249);
    expect(list.donors.some((donor) => donor.name === name(150))).toBe(false);
  });

  it('counts every donor under a name prefix, any case, while reading only a page of them', async () => {
    await twoHundredFiftyDonors();
    const list = await listOf('donor 1', 20);
    expect(list.donors.map((donor) => donor.name)).toEqual(Array.from({ length: 20 }, (_, i) => name(100 + i)));
    expect(list.total).toBe(99); // Donor 100 … Donor 199, less the deleted Donor 150
  });

  it('counts nothing for a prefix no name starts with', async () => {
    await twoHundredFiftyDonors();
    expect(await listOf('zz', DONOR_PAGE)).toEqual({ donors: [], total: 0 });
  });
});

describe('nextDonorLimit', () => {
  it('keeps the limit while the view is well inside what is read', () => {
    expect(nextDonorLimit(100, 0)).toBe(100);
    expect(nextDonorLimit(100, 49)).toBe(100);
  });

  it('reads further as the view nears the end: at least double, and a page past the view', () => {
    expect(nextDonorLimit(100, 50)).toBe(200);
    expect(nextDonorLimit(200, 170)).toBe(400);
    // A jump far down (the scrollbar dragged to the end) reads up to there at once.
    expect(nextDonorLimit(100, 2900)).toBe(3000);
  });
});
