// The gifts not yet thanked, kept in thanksDue by a middleware: always what a sift of every gift gives.
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Dexie from 'dexie';
import type { Donation } from '@shared/model';
import { CoordinatorDb, db } from '../../../../src/renderer/src/db/database';
import {
  deleteDonation,
  markDonationsAcknowledged,
  recordGift,
  undoAcknowledgement,
  unacknowledgedSince,
  updateDonation,
} from '../../../../src/renderer/src/db/donations';
import { createDonor } from '../../../../src/renderer/src/db/donors';
import { thanksDueRows } from '../../../../src/renderer/src/db/thanksDue';
import { donorFields, giftFields } from './giftFixtures';
import { resetDatabase } from './resetDb';

beforeEach(resetDatabase);

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

/** The rows kept, and the rows a sift of every gift gives. */
async function keptAndSifted(database: CoordinatorDb = db) {
  const [kept, gifts] = await Promise.all([database.thanksDue.toArray(), database.donations.toArray()]);
  return { kept: byId(kept), sifted: byId(thanksDueRows(gifts)) };
}

const DATES = ['2025-03-01', '2025-11-20', '2026-01-05', '2026-06-30'];
const THANKED = [null, null, '2026-07-01'];

type Op =
  | { kind: 'give'; date: number; thanked: number }
  | { kind: 'thank'; picks: number[] }
  | { kind: 'undo' }
  | { kind: 'edit'; pick: number; date: number; thanked: number }
  | { kind: 'tombstone'; pick: number }
  | { kind: 'erase'; pick: number }
  | { kind: 'merge'; picks: number[]; thanked: number }
  | { kind: 'duplicate'; pick: number; thanked: number }
  | { kind: 'modify'; date: number }
  | { kind: 'range'; pick: number }
  | { kind: 'abort'; pick: number }
  | { kind: 'clear' };

const pick = fc.nat({ max: 30 });
const date = fc.nat({ max: DATES.length - 1 });
const thanked = fc.nat({ max: THANKED.length - 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('give' as const), date, thanked }), weight: 5 },
  fc.record({ kind: fc.constant('thank' as const), picks: fc.array(pick, { maxLength: 4 }) }),
  fc.record({ kind: fc.constant('undo' as const) }),
  fc.record({ kind: fc.constant('edit' as const), pick, date, thanked }),
  fc.record({ kind: fc.constant('tombstone' as const), pick }),
  fc.record({ kind: fc.constant('erase' as const), pick }),
  fc.record({ kind: fc.constant('merge' as const), picks: fc.array(pick, { maxLength: 3 }), thanked }),
  fc.record({ kind: fc.constant('duplicate' as const), pick, thanked }),
  fc.record({ kind: fc.constant('modify' as const), date }),
  fc.record({ kind: fc.constant('range' as const), pick }),
  fc.record({ kind: fc.constant('abort' as const), pick }),
  { arbitrary: fc.record({ kind: fc.constant('clear' as const) }), weight: 1 },
);

const giftOf = (donorId: string, on: string, acknowledgedOn: string | null) => ({
  ...giftFields(donorId, on, 30000),
  acknowledgedOn,
});

describe('the gifts not yet thanked (thanksDue)', () => {
  it('always equal a sift of every gift, whatever is given, thanked, undone, edited, merged, deleted or cleared (property)', async () => {
    const donor = await createDonor(donorFields('Sunrise Bakery'));
    let checkedNonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        await db.donations.clear();
        let lastThanks: Awaited<ReturnType<typeof markDonationsAcknowledged>> = [];
        for (const op of ops) {
          const gifts = await db.donations.orderBy(':id').toArray();
          const chosen = (index: number): Donation | undefined => gifts[index % Math.max(gifts.length, 1)];
          switch (op.kind) {
            case 'give':
              await recordGift(giftOf(donor.id, DATES[op.date]!, THANKED[op.thanked]!));
              break;
            case 'thank':
              lastThanks = await markDonationsAcknowledged(
                op.picks.flatMap((index) => chosen(index)?.id ?? []),
                '2026-08-01',
              );
              break;
            case 'undo':
              await undoAcknowledgement(lastThanks);
              lastThanks = [];
              break;
            case 'edit': {
              const gift = chosen(op.pick);
              if (gift && gift.deletedAt === null)
                await updateDonation(gift.id, { date: DATES[op.date]!, acknowledgedOn: THANKED[op.thanked]! });
              break;
            }
            case 'tombstone': {
              const gift = chosen(op.pick);
              if (gift && gift.deletedAt === null) await deleteDonation(gift.id);
              break;
            }
            case 'erase': {
              const gift = chosen(op.pick);
              if (gift) await db.donations.delete(gift.id);
              break;
            }
            case 'merge': {
              // As an exchange writes what another copy changed: bulkPut of whole records.
              const picked = op.picks.flatMap((index) => chosen(index) ?? []);
              await db.donations.bulkPut(picked.map((gift) => ({ ...gift, acknowledgedOn: THANKED[op.thanked]! })));
              break;
            }
            case 'duplicate': {
              // A bulk add whose one record is already there: that one fails, the new one is written.
              const gift = chosen(op.pick);
              if (!gift) break;
              const fresh = { ...gift, id: crypto.randomUUID(), acknowledgedOn: THANKED[op.thanked]! };
              const twin = { ...gift, acknowledgedOn: gift.acknowledgedOn === null ? '2026-08-02' : null };
              await db.donations.bulkAdd([twin, fresh]).catch((error: unknown) => {
                if (!(error instanceof Dexie.BulkError)) throw error;
              });
              break;
            }
            case 'modify':
              await db.donations.where('date').aboveOrEqual(DATES[op.date]!).modify({ acknowledgedOn: '2026-08-03' });
              break;
            case 'range': {
              const gift = chosen(op.pick);
              if (gift) await db.donations.where(':id').below(gift.id).delete();
              break;
            }
            case 'abort': {
              // A transaction that fails after writing gifts leaves the kept rows as they were.
              const gift = chosen(op.pick);
              await db
                .transaction('rw', db.donations, async () => {
                  await db.donations.add({
                    ...giftOf(donor.id, DATES[0]!, null),
                    id: crypto.randomUUID(),
                    createdAt: '2026-01-01T00:00:00.000Z',
                    updatedAt: '2026-01-01T00:00:00.000Z',
                    changedBy: 'device',
                    deletedAt: null,
                  } as Donation);
                  if (gift) await db.donations.put({ ...gift, acknowledgedOn: null, deletedAt: null });
                  throw new Error('stop');
                })
                .catch((error: unknown) => {
                  if (!(error instanceof Error) || error.message !== 'stop') throw error;
                });
              break;
            }
            case 'clear':
              await db.donations.clear();
              break;
          }
        }
        const { kept, sifted } = await keptAndSifted();
        if (kept.length > 0) checkedNonEmpty += 1;
        expect(kept).toEqual(sifted);
      }),
      { numRuns: 60 },
    );
    // The property did not pass only on empty tables.
    expect(checkedNonEmpty).toBeGreaterThan(10);
  });

  it('are found through the kept rows: an unthanked gift shows until it is thanked, and again when undone', async () => {
    const donor = await createDonor(donorFields('Sunnyside Church'));
    const gift = await recordGift(giftOf(donor.id, '2026-02-01', null));
    expect(await db.thanksDue.toArray()).toEqual([{ id: gift.id, date: '2026-02-01' }]);
    const ids = async () => (await unacknowledgedSince('2025-01-01', 25000)).map((found) => found.id);
    expect(await ids()).toEqual([gift.id]);
    const changes = await markDonationsAcknowledged([gift.id], '2026-02-10');
    expect(await db.thanksDue.count()).toBe(0);
    expect(await ids()).toEqual([]);
    await undoAcknowledgement(changes);
    expect(await ids()).toEqual([gift.id]);
    await deleteDonation(gift.id);
    expect(await db.thanksDue.count()).toBe(0);
  });

  it('are filled from the gifts when a version-5 database opens in version 6', async () => {
    const name = 'thanks-due-upgrade';
    const old = new Dexie(name);
    old
      .version(5)
      .stores({ donations: 'id, date, [donorId+date], [groupId+date], category, acknowledgedOn, updatedAt' });
    const gifts = [
      { id: 'a', date: '2026-01-02', acknowledgedOn: null, deletedAt: null },
      { id: 'b', date: '2026-01-03', acknowledgedOn: '2026-01-09', deletedAt: null },
      { id: 'c', date: '2026-01-04', acknowledgedOn: null, deletedAt: '2026-02-01T00:00:00.000Z' },
      { id: 'd', date: '2025-12-30', acknowledgedOn: null, deletedAt: null },
    ];
    await old.table('donations').bulkAdd(gifts);
    old.close();
    const current = new CoordinatorDb(name);
    await current.open();
    expect(await current.thanksDue.orderBy('date').toArray()).toEqual([
      { id: 'd', date: '2025-12-30' },
      { id: 'a', date: '2026-01-02' },
    ]);
    current.close();
    await Dexie.delete(name);
  });
});
