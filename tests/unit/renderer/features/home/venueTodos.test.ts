import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BOOKING_STATUSES, type Booking } from '@shared/model';
import { plusDays } from '../../../../../src/renderer/src/domain/dates';
import {
  agreementsEnding,
  awaitingConfirmation,
  seriesWithoutBooking,
} from '../../../../../src/renderer/src/domain/bookingsAttention';
import { db } from '../../../../../src/renderer/src/db/database';
import { venueTodos } from '../../../../../src/renderer/src/features/home/venueTodos';
import { buildSampleData } from '../../../../../src/renderer/src/domain/sampleData';
import { resetDatabase } from '../../db/resetDb';

beforeEach(resetDatabase);

const TODAY = '2026-10-06';
const DELETED = '2026-10-01T00:00:00.000Z';

/** The sample organisation as of TODAY, with ids that are the same every run. */
function sampleTables() {
  let next = 0;
  const tables = buildSampleData({
    today: TODAY,
    timeZone: 'America/Chicago',
    deviceId: 'device-sample',
    stamp: '2026-10-06T12:00:00.000Z',
    newId: () => `00000000-0000-4000-8000-${String((next += 1)).padStart(12, '0')}`,
  });
  return tables;
}

/** The sample organisation's venues and series, with bookings that need the coordinator in every way. */
async function fill(): Promise<{ requested: Booking; ignored: Booking[]; unbookedSeries: string }> {
  const tables = sampleTables();
  const [first, second] = tables.bookings;
  const requested: Booking = {
    ...first!,
    id: 'booking-requested',
    scheduleId: null,
    date: '2026-10-11',
    status: 'requested',
    agreementEndsOn: null,
  };
  const ignored: Booking[] = [
    // Deleted: neither asks for confirmation nor holds its series' room.
    { ...requested, id: 'booking-requested-deleted', date: '2026-10-09', deletedAt: DELETED },
    { ...second!, id: 'booking-second-deleted', agreementEndsOn: '2026-10-10', deletedAt: DELETED },
  ];
  const bookings = [
    ...tables.bookings.map((booking) => (booking.id === second!.id ? { ...booking, deletedAt: DELETED } : booking)),
    requested,
    ...ignored,
  ];
  await db.transaction('rw', [db.groups, db.schedules, db.venues, db.bookings], async () => {
    await db.groups.bulkAdd(tables.groups);
    await db.schedules.bulkAdd(tables.schedules);
    await db.venues.bulkAdd(tables.venues);
    await db.bookings.bulkAdd(bookings);
  });
  return { requested, ignored, unbookedSeries: second!.scheduleId! };
}

describe("Home's venue sections", () => {
  it('come most urgent first, with deleted bookings left out', async () => {
    const { requested, ignored, unbookedSeries } = await fill();
    const sections = await venueTodos(TODAY);
    expect(sections.map((section) => section.key)).toEqual([
      'bookings-to-confirm',
      'agreements-ending',
      'series-to-book',
    ]);
    const [toConfirm, ending, toBook] = sections;
    expect(toConfirm!.items.map((item) => item.key)).toEqual([requested.id]);
    expect(toConfirm!.items[0]!.text).toMatch(/first meeting .* \(in 5 days\)/);
    // The sample's library agreement ends in 20 days; the deleted one ending sooner is not there.
    expect(ending!.items.length).toBeGreaterThan(0);
    expect(ending!.items.every((item) => item.text.includes('in 20 days'))).toBe(true);
    expect(toBook!.items.map((item) => item.key)).toEqual([unbookedSeries]);
    const shown = sections.flatMap((section) => section.items.map((item) => item.key));
    for (const booking of ignored) expect(shown).not.toContain(booking.id);
  });

  it('name exactly the bookings a sift of every booking would, in the same order', async () => {
    const tables = sampleTables();
    await db.transaction('rw', [db.groups, db.schedules, db.venues], async () => {
      await db.groups.bulkAdd(tables.groups);
      await db.schedules.bulkAdd(tables.schedules);
      await db.venues.bulkAdd(tables.venues);
    });
    const template = tables.bookings[0]!;
    const seriesIds = tables.schedules.map((schedule) => schedule.id);
    const booking = fc.record({
      series: fc.option(fc.constantFrom(...seriesIds), { nil: null }),
      // Days around today and the warning windows' edges come up often.
      day: fc.oneof(fc.constantFrom(-1, 0, 1, 14, 15), fc.integer({ min: -60, max: 60 })),
      status: fc.constantFrom(...BOOKING_STATUSES),
      ends: fc.option(fc.oneof(fc.constantFrom(-1, 0, 1, 30, 31), fc.integer({ min: -60, max: 90 })), { nil: null }),
      deleted: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(booking, { maxLength: 25 }), async (made) => {
        const bookings: Booking[] = made.map((b, index) => ({
          ...template,
          id: `booking-${String(index).padStart(3, '0')}-${b.day}`,
          scheduleId: b.series,
          date: b.series === null ? plusDays(TODAY, b.day) : null,
          status: b.status,
          agreementEndsOn: b.ends === null ? null : plusDays(TODAY, b.ends),
          deletedAt: b.deleted ? DELETED : null,
        }));
        await db.bookings.clear();
        await db.bookings.bulkAdd(bookings);
        const sections = await venueTodos(TODAY);
        const live = [...bookings].filter((b) => b.deletedAt === null).sort((a, b) => (a.id < b.id ? -1 : 1));
        const schedules = new Map(tables.schedules.map((schedule) => [schedule.id, schedule]));
        const groups = new Map(tables.groups.map((group) => [group.id, group]));
        expect(sections.map((section) => section.items.map((item) => item.key))).toEqual([
          awaitingConfirmation(live, schedules, TODAY).map((entry) => entry.booking.id),
          agreementsEnding(live, schedules, TODAY).map((entry) => entry.booking.id),
          seriesWithoutBooking(tables.schedules, live, groups, TODAY).map((schedule) => schedule.id),
        ]);
      }),
      { numRuns: 60, seed: 20261126 },
    );
  });

  it("leave out a deleted group's bookings (a copy from before they went with the group)", async () => {
    const { requested } = await fill();
    const group = await db.groups.get(requested.groupId);
    await db.groups.put({ ...group!, deletedAt: DELETED, updatedAt: DELETED });
    const shown = (await venueTodos(TODAY)).flatMap((section) => section.items.map((item) => item.key));
    expect(shown).not.toContain(requested.id);
    const bookings = await db.bookings.toArray();
    const others = bookings.filter((b) => b.groupId !== requested.groupId && b.deletedAt === null);
    expect(others.length).toBeGreaterThan(0);
  });

  it('name the venue of each item, and a deleted venue as no venue', async () => {
    const { requested, unbookedSeries } = await fill();
    const venue = (await db.venues.get(requested.venueId))!;
    const series = (await db.schedules.get(unbookedSeries))!;
    const seriesVenue = (await db.venues.get(series.venueId!))!;
    const texts = async () => {
      const [toConfirm, , toBook] = await venueTodos(TODAY);
      return { confirm: toConfirm!.items[0]!.text, book: toBook!.items[0]!.text };
    };
    expect(await texts()).toEqual({
      confirm: expect.stringMatching(new RegExp(`^${venue.name} has not yet confirmed`)),
      book: expect.stringContaining(`meets at ${seriesVenue.name} with no booking there.`),
    });
    await db.venues.bulkPut(
      [venue, seriesVenue].map((place) => ({ ...place, deletedAt: DELETED, updatedAt: DELETED })),
    );
    expect(await texts()).toEqual({
      confirm: expect.stringMatching(/^the venue has not yet confirmed/),
      book: expect.stringContaining('has no venue yet.'),
    });
  });

  it('are empty for a copy with no venues or series', async () => {
    const sections = await venueTodos(TODAY);
    expect(sections.map((section) => section.items)).toEqual([[], [], []]);
  });
});
