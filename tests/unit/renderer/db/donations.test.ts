import { beforeEach, describe, expect, it } from 'vitest';
import type { Donation } from '@shared/model';
import { db } from '../../../../src/renderer/src/db/database';
import {
  donationsOfDonor,
  findDonations,
  getGiftEntryMemory,
  markDonationsAcknowledged,
  recordGift,
  unacknowledgedSince,
  undoAcknowledgement,
  deleteDonation,
} from '../../../../src/renderer/src/db/donations';
import { createDonor, deleteDonor, findDonors, hasMoreDonorsThan } from '../../../../src/renderer/src/db/donors';
import { donorFields, giftFields } from './giftFixtures';
import { resetDatabase } from './resetDb';

beforeEach(resetDatabase);

describe('finding gifts', () => {
  it('reads a date range, a donor’s range or a group’s range, newest first, without deleted gifts', async () => {
    const bakery = await createDonor(donorFields('Sunrise Bakery'));
    const printer = await createDonor(donorFields('Quick Copy Center'));
    const a = await recordGift(giftFields(bakery.id, '2026-01-10', 1000, 'downtown'));
    const b = await recordGift(giftFields(printer.id, '2026-02-10', 2000));
    const c = await recordGift(giftFields(bakery.id, '2026-03-10', 3000, 'grove'));
    await recordGift(giftFields(bakery.id, '2025-12-31', 4000, 'downtown'));
    const gone = await recordGift(giftFields(bakery.id, '2026-02-01', 5000));
    await deleteDonation(gone.id);

    const ids = (gifts: Donation[]) => gifts.map((gift) => gift.id);
    expect(ids(await findDonations({ from: '2026-01-01', to: '2026-12-31' }))).toEqual([c.id, b.id, a.id]);
    expect(ids(await findDonations({ from: '2026-01-01', to: '2026-12-31', donorId: bakery.id }))).toEqual([
      c.id,
      a.id,
    ]);
    expect(ids(await findDonations({ from: '2026-01-01', to: '2026-12-31', groupId: 'downtown' }))).toEqual([a.id]);
    expect(await findDonations({ from: '2026-12-31', to: '2026-01-01' })).toEqual([]);
    expect(await donationsOfDonor(bakery.id)).toHaveLength(3);
  });

  it('remembers the last gift’s donor and category for quick entry', async () => {
    expect(await getGiftEntryMemory()).toEqual({ donorId: null, category: null });
    const bakery = await createDonor(donorFields('Sunrise Bakery'));
    await recordGift({ ...giftFields(bakery.id, '2026-01-10', 1000), category: 'printing' });
    expect(await getGiftEntryMemory()).toEqual({ donorId: bakery.id, category: 'printing' });
  });

  it('finds unacknowledged gifts of $250 or more since a date', async () => {
    const bakery = await createDonor(donorFields('Sunrise Bakery'));
    const big = await recordGift(giftFields(bakery.id, '2026-02-01', 25000));
    await recordGift(giftFields(bakery.id, '2026-02-02', 24999));
    await recordGift({ ...giftFields(bakery.id, '2026-02-03', 90000), acknowledgedOn: '2026-02-10' });
    await recordGift(giftFields(bakery.id, '2024-02-03', 90000));
    // Thanked on a date before the window (mistyped, or an imported record): still thanked.
    await recordGift({ ...giftFields(bakery.id, '2026-03-01', 90000), acknowledgedOn: '2024-12-31' });
    expect((await unacknowledgedSince('2025-01-01', 25000)).map((gift) => gift.id)).toEqual([big.id]);
  });

  it('finds the same unacknowledged gifts as a sift of every gift, oldest first, deleted ones left out', async () => {
    const bakery = await createDonor(donorFields('Sunrise Bakery'));
    const church = await createDonor(donorFields('Sunnyside Church'));
    for (let index = 0; index < 60; index += 1) {
      const date = `${2023 + (index % 4)}-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 27) + 1).padStart(2, '0')}`;
      const gift = await recordGift({
        ...giftFields(index % 2 ? bakery.id : church.id, date, [24999, 25000, 90000][index % 3]!),
        acknowledgedOn: index % 5 === 0 ? '2026-06-01' : null,
      });
      if (index % 7 === 0) await deleteDonation(gift.id);
    }
    const every = await db.donations.toArray();
    const expected = every
      .filter((gift) => gift.deletedAt === null && gift.acknowledgedOn === null && gift.valueCents >= 25000)
      .filter((gift) => gift.date >= '2025-01-01')
      .sort((a, b) => a.date.localeCompare(b.date) || (a.id < b.id ? -1 : 1));
    expect(expected.length).toBeGreaterThan(5);
    expect(every.some((gift) => gift.deletedAt !== null && gift.date >= '2025-01-01')).toBe(true);
    expect(await unacknowledgedSince('2025-01-01', 25000)).toEqual(expected);
  });
});

describe('acknowledging gifts', () => {
  it('marks gifts acknowledged today, leaves earlier acknowledgements alone, and undoes exactly', async () => {
    const bakery = await createDonor(donorFields('Sunrise Bakery'));
    const a = await recordGift(giftFields(bakery.id, '2026-01-10', 1000));
    const b = await recordGift(giftFields(bakery.id, '2026-02-10', 2000));
    const c = await recordGift({ ...giftFields(bakery.id, '2026-03-10', 3000), acknowledgedOn: '2026-03-15' });

    const changes = await markDonationsAcknowledged([a.id, b.id, c.id], '2026-04-01');
    expect(changes.map((change) => change.id)).toEqual([a.id, b.id]);
    const after = await db.donations.bulkGet([a.id, b.id, c.id]);
    expect(after.map((gift) => gift?.acknowledgedOn)).toEqual(['2026-04-01', '2026-04-01', '2026-03-15']);
    expect((after[0]?.updatedAt ?? '') > a.updatedAt).toBe(true);

    // Marking again changes nothing, so a second print cannot spoil the undo.
    expect(await markDonationsAcknowledged([a.id, b.id], '2026-04-02')).toEqual([]);

    expect(await undoAcknowledgement(changes)).toBe(2);
    const undone = await db.donations.bulkGet([a.id, b.id, c.id]);
    expect(undone.map((gift) => gift?.acknowledgedOn)).toEqual([null, null, '2026-03-15']);
  });
});

describe('donors', () => {
  it('are found by the start of their name, in any case', async () => {
    await createDonor(donorFields('Sunrise Bakery'));
    await createDonor(donorFields('Sunnyside Church'));
    await createDonor(donorFields('Quick Copy Center'));
    expect((await findDonors('sun', 10)).map((donor) => donor.name)).toEqual(['Sunnyside Church', 'Sunrise Bakery']);
    expect(await findDonors('', 2)).toHaveLength(2);
  });

  it('are more than a number when that many and one more are not deleted', async () => {
    const donors = [];
    for (const name of ['Ash', 'Birch', 'Cedar', 'Dogwood', 'Elm']) donors.push(await createDonor(donorFields(name)));
    expect(await hasMoreDonorsThan(4)).toBe(true);
    expect(await hasMoreDonorsThan(5)).toBe(false);
    // Deleted donors do not count, wherever they fall in the table.
    const byId = [...donors].sort((a, b) => (a.id < b.id ? -1 : 1));
    await deleteDonor(byId[0]!.id);
    await deleteDonor(byId[3]!.id);
    expect(await hasMoreDonorsThan(3)).toBe(false);
    expect(await hasMoreDonorsThan(2)).toBe(true);
    expect(await hasMoreDonorsThan(0)).toBe(true);
    expect(await db.donors.count()).toBe(5);
  });

  it('with gifts cannot be deleted; without gifts they can', async () => {
    const bakery = await createDonor(donorFields('Sunrise Bakery'));
    const church = await createDonor(donorFields('Sunnyside Church'));
    await recordGift(giftFields(bakery.id, '2026-01-10', 1000));
    await expect(deleteDonor(bakery.id)).rejects.toThrow(/has gifts recorded/);
    await deleteDonor(church.id);
    expect((await findDonors('', 10)).map((donor) => donor.name)).toEqual(['Sunrise Bakery']);
  });
});
