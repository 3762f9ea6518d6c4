import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/renderer/src/db/database';
import { importDonations } from '../../../../src/renderer/src/db/donationImport';
import { createDonor, donorsNamed } from '../../../../src/renderer/src/db/donors';
import { parseCsv } from '../../../../src/renderer/src/domain/csv';
import { guessMapping, planImport } from '../../../../src/renderer/src/domain/donationImport';
import { resetDatabase } from './resetDb';

beforeEach(resetDatabase);

async function plan(text: string) {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const names = parsed.table.rows.map((row) => row[0] ?? '');
  return planImport(parsed.table, guessMapping(parsed.table.headers), {
    existingDonors: await donorsNamed(names),
    groups: [],
  });
}

describe('importing donations', () => {
  it('adds new donors and every gift, linking gifts to known donors', async () => {
    const bakery = await createDonor({
      name: 'Sunrise Bakery',
      kind: 'organisation',
      address: '',
      email: '',
      phone: '',
      notes: '',
    });
    const result = await importDonations(
      await plan(
        'Donor,Date,Description,Value\nSUNRISE BAKERY,2026-01-05,Coffee,20\nHelen Marsh,2026-01-06,Pens,$5.25\nHelen Marsh,2026-01-07,Paper,1\n',
      ),
    );
    expect(result).toEqual({ donors: 1, gifts: 3 });
    const donors = await db.donors.orderBy('name').toArray();
    expect(donors.map((donor) => donor.name)).toEqual(['Helen Marsh', 'Sunrise Bakery']);
    const helen = donors[0];
    const gifts = await db.donations.orderBy('date').toArray();
    expect(gifts.map((gift) => [gift.donorId, gift.valueCents])).toEqual([
      [bakery.id, 2000],
      [helen?.id, 525],
      [helen?.id, 100],
    ]);
  });

  it('refuses a plan with any bad row and changes nothing', async () => {
    const bad = await plan(
      'Donor,Date,Description,Value\nHelen Marsh,2026-01-06,Pens,5\nNew Donor,2026-99-01,Paper,1\n',
    );
    expect(bad.errorCount).toBe(1);
    await expect(importDonations(bad)).rejects.toThrow(/nothing was imported/);
    expect(await db.donors.count()).toBe(0);
    expect(await db.donations.count()).toBe(0);
  });

  it('writes nothing when the database fails part way through', async () => {
    const good = await plan(
      'Donor,Date,Description,Value\nHelen Marsh,2026-01-06,Pens,5\nAnn Lee,2026-01-07,Paper,1\n',
    );
    // The donors are added first; a failure adding the gifts must take the donors back out.
    const spy = vi.spyOn(db.donations, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(importDonations(good)).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await db.donors.count()).toBe(0);
    expect(await db.donations.count()).toBe(0);
  });

  it('refuses a record the data model would not accept, before writing anything', async () => {
    const good = await plan('Donor,Date,Description,Value\nHelen Marsh,2026-01-06,Pens,5\n');
    const first = good.rows[0];
    if (!first?.gift) throw new Error('expected a gift');
    const broken = { ...good, rows: [...good.rows, { ...first, gift: { ...first.gift, description: '' } }] };
    await expect(importDonations(broken)).rejects.toThrow();
    expect(await db.donors.count()).toBe(0);
    expect(await db.donations.count()).toBe(0);
  });
});
