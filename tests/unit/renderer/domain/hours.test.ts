import { describe, expect, it } from 'vitest';
import {
  formatHours,
  hoursByMonth,
  minutesByFacilitatorAndMonth,
  monthName,
  type HoursMeeting,
} from '../../../../src/renderer/src/domain/hours';

const meeting = (date: string, present: string[], extra: Partial<HoursMeeting> = {}): HoursMeeting => ({
  scheduleId: 'tuesday',
  date,
  outcome: 'held',
  facilitatorsPresent: present,
  deletedAt: null,
  ...extra,
});

const lengths = new Map([
  ['tuesday', 90],
  ['monthly', 120],
]);

describe('volunteer hours', () => {
  it('add each held meeting’s length for the months a person was present, newest month first', () => {
    const meetings = [
      meeting('2026-09-01', ['ana', 'ben']),
      meeting('2026-09-08', ['ana']),
      meeting('2026-09-15', ['ben']),
      meeting('2026-09-22', ['ana', 'ben']),
      meeting('2026-10-06', ['ana'], { scheduleId: 'monthly' }),
    ];
    expect(hoursByMonth('ana', meetings, lengths)).toEqual([
      { month: '2026-10', meetings: 1, minutes: 120 },
      { month: '2026-09', meetings: 3, minutes: 270 },
    ]);
    expect(hoursByMonth('ben', meetings, lengths)).toEqual([{ month: '2026-09', meetings: 3, minutes: 270 }]);
  });

  it('leave out cancelled, unrecorded and deleted meetings', () => {
    const meetings = [
      meeting('2026-09-01', ['ana']),
      meeting('2026-09-08', ['ana'], { outcome: 'cancelled' }),
      meeting('2026-09-15', ['ana'], { outcome: null }),
      meeting('2026-09-22', ['ana'], { deletedAt: '2026-09-23T10:00:00.000Z' }),
    ];
    expect(hoursByMonth('ana', meetings, lengths)).toEqual([{ month: '2026-09', meetings: 1, minutes: 90 }]);
  });

  it('count a moved meeting in the month it was held', () => {
    expect(hoursByMonth('ana', [meeting('2026-10-01', ['ana'])], lengths)[0]?.month).toBe('2026-10');
  });

  it('give every facilitator their minutes per month for a report', () => {
    const byPerson = minutesByFacilitatorAndMonth(
      [meeting('2026-09-01', ['ana', 'ben']), meeting('2026-09-08', ['ana', 'ana']), meeting('2026-10-06', ['ben'])],
      lengths,
    );
    expect(Object.fromEntries([...byPerson].map(([id, months]) => [id, Object.fromEntries(months)]))).toEqual({
      ana: { '2026-09': 180 },
      ben: { '2026-09': 90, '2026-10': 90 },
    });
  });

  it('show hours as "6 h" or "4.5 h", never days', () => {
    expect(formatHours(360)).toBe('6 h');
    expect(formatHours(270)).toBe('4.5 h');
    expect(formatHours(75)).toBe('1.25 h');
    expect(formatHours(0)).toBe('0 h');
    expect(formatHours(2160)).toBe('36 h');
    expect(monthName('2026-09')).toBe('September 2026');
  });
});
