import { describe, expect, it } from 'vitest';
import { closureHits } from '../../../../src/renderer/src/domain/closures';
import { occurrencesInRange } from '../../../../src/renderer/src/domain/occurrences';
import { closure, schedule } from './meetingFixtures';

const at = (date: string, groupId = 'g1', venueId: string | null = 'v1') => ({ date, groupId, venueId });

describe('closureHits', () => {
  it('covers every day of its range, both ends included, and not the days either side', () => {
    const week = closure({ startDate: '2026-12-24', endDate: '2026-12-31' });
    expect(closureHits(week, at('2026-12-23'))).toBe(false);
    expect(closureHits(week, at('2026-12-24'))).toBe(true);
    expect(closureHits(week, at('2026-12-28'))).toBe(true);
    expect(closureHits(week, at('2026-12-31'))).toBe(true);
    expect(closureHits(week, at('2027-01-01'))).toBe(false);
  });

  it('closes only its venue or its group when scoped', () => {
    const venue = closure({ startDate: '2026-03-10', scope: 'venue', venueId: 'v1' });
    expect(closureHits(venue, at('2026-03-10', 'g1', 'v1'))).toBe(true);
    expect(closureHits(venue, at('2026-03-10', 'g1', 'v2'))).toBe(false);
    expect(closureHits(venue, at('2026-03-10', 'g1', null))).toBe(false);
    const group = closure({ startDate: '2026-03-10', scope: 'group', groupId: 'g2' });
    expect(closureHits(group, at('2026-03-10', 'g2', 'v1'))).toBe(true);
    expect(closureHits(group, at('2026-03-10', 'g1', 'v1'))).toBe(false);
  });

  it('ignores a deleted closure', () => {
    const gone = closure({ startDate: '2026-03-10', deletedAt: '2026-02-01T00:00:00.000Z' });
    expect(closureHits(gone, at('2026-03-10'))).toBe(false);
  });
});

describe('closures in a month of meetings', () => {
  const schedules = [
    schedule({ id: 'tue', groupId: 'g1', venueId: 'library', weekday: 2, startsOn: '2026-11-03' }),
    schedule({ id: 'thu', groupId: 'g2', venueId: 'church', weekday: 4, startsOn: '2026-11-05' }),
  ];
  const run = (closures: ReturnType<typeof closure>[]) =>
    occurrencesInRange({ schedules, meetings: [], closures, from: '2026-11-01', to: '2026-11-30', today: '2026-10-01' })
      .filter((o) => o.state === 'cancelled')
      .map((o) => `${o.scheduleId} ${o.date} ${o.cancelReason}`);

  it('cancels Thanksgiving for everyone and nothing else', () => {
    expect(run([closure({ startDate: '2026-11-26', reason: 'Thanksgiving Day' })])).toEqual([
      'thu 2026-11-26 Thanksgiving Day',
    ]);
  });

  it('cancels a venue closure only at that venue, across its whole range', () => {
    expect(
      run([
        closure({
          startDate: '2026-11-09',
          endDate: '2026-11-19',
          scope: 'venue',
          venueId: 'library',
          reason: 'Floors',
        }),
      ]),
    ).toEqual(['tue 2026-11-10 Floors', 'tue 2026-11-17 Floors']);
  });

  it('cancels a group break only for that group', () => {
    expect(
      run([
        closure({ startDate: '2026-11-01', endDate: '2026-11-12', scope: 'group', groupId: 'g2', reason: 'Break' }),
      ]),
    ).toEqual(['thu 2026-11-05 Break', 'thu 2026-11-12 Break']);
  });
});
