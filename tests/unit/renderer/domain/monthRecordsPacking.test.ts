// The packed form of a month's records in brief gives back exactly what was packed.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isPacked,
  packMonthRecords,
  unpackMonthRecords,
} from '../../../../src/renderer/src/domain/monthRecordsPacking';
import type { DigestRecord, MonthRecords } from '../../../../src/renderer/src/domain/monthlyStats';

const MONTH = '2026-11';
const ids = fc.constantFrom('s-1', 's-2', 's-3', 'a1b2c3d4-0000-4000-8000-00000000000f');
const day = fc.integer({ min: 1, max: 31 }).map((d) => `${MONTH}-${String(d).padStart(2, '0')}`);
// Dates in the month, in the months either side (a moved meeting), and stored text that is no day at all.
const date = fc.oneof(
  { arbitrary: day, weight: 6 },
  fc.constantFrom('2026-10-31', '2026-12-01', '2025-11-05', '2026-11-00', '2026-11-5x', '2026-11-1'),
);
const text = fc.oneof(fc.constant(''), fc.string(), fc.constantFrom('Room "B"', 'Sala 3 — ñ', '\\', '0', '-1'));

const record: fc.Arbitrary<DigestRecord> = fc
  .record({
    id: fc.uuid(),
    scheduleId: ids,
    date,
    sameDate: fc.boolean(),
    originalDate: date,
    startTime: fc.option(fc.constantFrom('18:30', '09:00'), { nil: null }),
    venueId: fc.option(ids, { nil: null }),
    room: fc.option(text, { nil: null }),
    outcome: fc.constantFrom(null, 'held' as const, 'cancelled' as const),
    attendance: fc.option(fc.nat({ max: 200 }), { nil: null }),
    cancelReason: text,
  })
  .map(({ sameDate, ...fields }) => ({ ...fields, originalDate: sameDate ? fields.date : fields.originalDate }));

const row: fc.Arbitrary<MonthRecords> = fc
  .dictionary(fc.uuid(), fc.array(record, { maxLength: 6 }), { maxKeys: 5, noNullPrototype: true })
  .chain((groups) => fc.nat({ max: 15 }).map((bucket) => ({ month: MONTH, bucket, groups })));

describe('packing a month of records in brief', () => {
  it('unpacks to exactly the row packed, field for field, in the same order', () => {
    fc.assert(
      fc.property(row, (original) => {
        const packed = packMonthRecords(original);
        expect(isPacked(packed)).toBe(true);
        expect(Object.keys(packed).sort()).toEqual(['bucket', 'month', 'packed']);
        const back = unpackMonthRecords(packed);
        expect(back).toStrictEqual(original);
        expect(Object.keys(back.groups)).toEqual(Object.keys(original.groups));
      }),
      { numRuns: 300 },
    );
  });

  it('passes a row stored before packing through as it is, and does not pack a packed row twice', () => {
    fc.assert(
      fc.property(row, (original) => {
        expect(unpackMonthRecords(original)).toBe(original);
        const packed = packMonthRecords(original);
        expect(packMonthRecords(packed)).toBe(packed);
      }),
      { numRuns: 50 },
    );
  });

  it('stores a typical month in about a third of the space', () => {
    const groups: Record<string, DigestRecord[]> = {};
    for (let g = 0; g < 10; g += 1) {
      groups[`5f0c6a52-8c1e-4c1a-9d1e-7b7f0e6c00${String(g).padStart(2, '0')}`] = [1, 8, 15, 22, 29].map((d) => ({
        id: `0b1d7d1e-2f3a-4b5c-8d6e-${String(g * 100 + d).padStart(12, '0')}`,
        scheduleId: `9a8b7c6d-5e4f-4a3b-8c2d-${String(g).padStart(12, '0')}`,
        originalDate: `${MONTH}-${String(d).padStart(2, '0')}`,
        date: `${MONTH}-${String(d).padStart(2, '0')}`,
        startTime: null,
        venueId: null,
        room: null,
        outcome: d < 26 ? 'held' : null,
        attendance: d < 26 ? 7 : null,
        cancelReason: '',
      }));
    }
    const original: MonthRecords = { month: MONTH, bucket: 3, groups };
    const packed = packMonthRecords(original);
    expect(packed.packed.length).toBeLessThan(JSON.stringify(original).length * 0.4);
    expect(unpackMonthRecords(packed)).toStrictEqual(original);
  });

  it('refuses to pack an outcome it does not know, rather than store it as something else', () => {
    const strange = { outcome: 'postponed' } as unknown as DigestRecord;
    const original = { month: MONTH, bucket: 0, groups: { g: [{ ...strange, id: 'm', date: `${MONTH}-02` }] } };
    expect(() => packMonthRecords(original as MonthRecords)).toThrow(/outcome the app does not know: postponed/);
  });
});
