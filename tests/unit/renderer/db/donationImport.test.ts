import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src/renderer/src/db/database';
import { importDonations, readImportContext } from '../../../../src/renderer/src/db/donationImport';
import { createDonation, deleteDonation } from '../../../../src/renderer/src/db/donations';
import { createDonor, donorsNamed } from '../../../../src/renderer/src/db/donors';
import { parseCsv } from '../../../../src/renderer/src/domain/csv';
import { guessMapping, planImport, type ImportOptions } from '../../../../src/renderer/src/domain/donationImport';
import { donorFields, giftFields } from './giftFixtures';
import { resetDatabase } from './resetDb';

beforeEach(resetDatabase);

function tableOf(text: string) {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.table;
}

async function plan(text: string, options?: ImportOptions) {
  const table = tableOf(text);
  const mapping = guessMapping(table.headers);
  return planImport(table, mapping, await readImportContext(table, mapping), options);
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
    expect(result).toEqual({ donors: 1, gifts: 3, leftOut: 0 });
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

  it('adds nothing when the same file is imported twice, and says how many rows it left out', async () => {
    const file =
      'Donor,Date,Description,Value\nSunrise Bakery,2026-01-05,Coffee,20\nHelen Marsh,2026-01-06,Pens,$5.25\n' +
      'Helen Marsh,2026-01-07,Paper,1\n';
    expect(await importDonations(await plan(file))).toEqual({ donors: 2, gifts: 3, leftOut: 0 });
    const again = await plan(file + 'Helen Marsh,2026-01-08,Stamps,4\n');
    expect(again).toMatchObject({ giftCount: 1, leftOutCount: 3, newDonors: [] });
    expect(await importDonations(again)).toEqual({ donors: 0, gifts: 1, leftOut: 3 });
    expect(await db.donations.count()).toBe(4);
  });

  it('adds a gift again when asked to, and a deleted gift is not counted as recorded', async () => {
    const file = 'Donor,Date,Description,Value\nSunrise Bakery,2026-01-05,Coffee,20\n';
    await importDonations(await plan(file));
    expect(await importDonations(await plan(file, { addAgain: true }))).toMatchObject({ gifts: 1, leftOut: 0 });
    for (const gift of await db.donations.toArray()) await deleteDonation(gift.id);
    expect(await importDonations(await plan(file))).toMatchObject({ gifts: 1, leftOut: 0 });
  });
});

describe('an import whose preview is out of date', () => {
  const file = 'Donor,Date,Description,Value\nSunrise Bakery,2026-01-05,Coffee,20\nHelen Marsh,2026-01-06,Pens,5\n';

  it('refuses, changing nothing, when the same file was imported in another window after its preview', async () => {
    await createDonor(donorFields('Sunrise Bakery'));
    const first = await plan(file);
    const second = await plan(file);
    expect(await importDonations(first)).toEqual({ donors: 1, gifts: 2, leftOut: 0 });
    const before = { donors: await db.donors.count(), gifts: await db.donations.count() };
    // The second preview knew neither Helen Marsh nor the bakery's coffee: both are there now.
    await expect(importDonations(second)).rejects.toThrow(
      'Helen Marsh was added to the app after the preview, so the file would add them twice. Choose the file again',
    );
    expect({ donors: await db.donors.count(), gifts: await db.donations.count() }).toEqual(before);
  });

  it("refuses when a known donor's gift was recorded after the preview, and names its row", async () => {
    const bakery = await createDonor(donorFields('Sunrise Bakery'));
    const helen = await createDonor(donorFields('Helen Marsh'));
    const stale = await plan(file);
    await createDonation({ ...giftFields(bakery.id, '2026-01-05', 2000), description: 'coffee ' });
    await expect(importDonations(stale)).rejects.toThrow(/^The gift in row 2 was recorded after the preview/);
    await createDonation({ ...giftFields(helen.id, '2026-01-06', 500), description: 'Pens' });
    await expect(importDonations(stale)).rejects.toThrow(/^The gifts in rows 2, 3 were recorded after the preview/);
    expect(await db.donations.count()).toBe(2);
    // A fresh preview leaves both out, and one asked to add them again adds them.
    expect(await importDonations(await plan(file))).toEqual({ donors: 0, gifts: 0, leftOut: 2 });
    expect(await importDonations(await plan(file, { addAgain: true }))).toEqual({ donors: 0, gifts: 2, leftOut: 0 });
  });

  it('still adds a gift the coordinator chose to add again, and one on another day', async () => {
    const bakery = await createDonor(donorFields('Sunrise Bakery'));
    await createDonation({ ...giftFields(bakery.id, '2026-01-05', 2000), description: 'Coffee' });
    const again = await plan(file, { addAgain: true });
    await createDonation({ ...giftFields(bakery.id, '2026-01-09', 2000), description: 'Coffee' });
    expect(await importDonations(again)).toEqual({ donors: 1, gifts: 2, leftOut: 0 });
  });
});

describe('reading what an import is checked against', () => {
  it('matches a donor whatever the case and spacing, a non-breaking space too, in the file or the app', async () => {
    const mary = await createDonor(donorFields('Mary Jones'));
    const old = await createDonor(donorFields('Ray\u00a0 Ortiz'));
    await createDonor(donorFields('Maryland Bakery'));
    const found = await donorsNamed(['  Mary  Jones', 'MARY\u00a0JONES', 'ray ortiz', 'Mary']);
    expect(found.map((donor) => donor.id).sort()).toEqual([mary.id, old.id].sort());

    const imported = await plan('Donor,Date,Description,Value\nMary\u00a0Jones,2026-01-05,Coffee,20\n');
    expect(imported.rows[0]?.donorId).toBe(mary.id);
    expect(imported.newDonors).toEqual([]);
  });

  it('reads only the gifts of the file’s known donors on the file’s dates', async () => {
    const bakery = await createDonor(donorFields('Sunrise Bakery'));
    const other = await createDonor(donorFields('Oak Street Library'));
    await createDonation(giftFields(bakery.id, '2026-01-05', 2000));
    await createDonation(giftFields(bakery.id, '2026-01-06', 2000));
    await createDonation(giftFields(other.id, '2026-01-05', 2000));
    const table = tableOf(
      'Donor,Date,Description,Value\nSunrise Bakery,1/5/2026,Coffee,20\nAnn Lee,2026-01-06,Tea,5\n',
    );
    const context = await readImportContext(table, guessMapping(table.headers));
    expect(context.existingGifts.map((gift) => [gift.donorId, gift.date])).toEqual([[bakery.id, '2026-01-05']]);
  });
});
