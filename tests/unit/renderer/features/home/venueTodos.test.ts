import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Booking } from '@shared/model';
import { db } from '../../../../../src/renderer/src/db/database';
import { venueTodos } from '../../../../../src/renderer/src/features/home/venueTodos';
import { buildSampleData } from '../../../../../src/renderer/src/domain/sampleData';
import { resetDatabase } from '../../db/resetDb';

beforeEach(resetDatabase);

const TODAY = '2026-10-06';
const DELETED = '2026-10-01T00:00:00.000Z';

/** The sample organisation's venues and series, with bookings that need the coordinator in every way. */
async function fill(): Promise<{ requested: Booking; ignored: Booking[]; unbookedSeries: string }> {
  let next = 0;
  const tables = buildSampleData({
    today: TODAY,
    timeZone: 'America/Chicago',
    deviceId: 'device-sample',
    stamp: '2026-10-06T12:00:00.000Z',
    newId: () => `00000000-0000-4000-8000-${String((next += 1)).padStart(12, '0')}`,
  });
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
  it('come from one read of the bookings, most urgent first, with deleted bookings left out', async () => {
    const { requested, ignored, unbookedSeries } = await fill();
    const reads = vi.spyOn(db.bookings, 'toArray');
    const sections = await venueTodos(TODAY);
    expect(reads).toHaveBeenCalledTimes(1);
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

  it('are empty for a copy with no venues or series', async () => {
    const sections = await venueTodos(TODAY);
    expect(sections.map((section) => section.items)).toEqual([[], [], []]);
  });
});
