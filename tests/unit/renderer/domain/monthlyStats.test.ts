import { describe, expect, it } from 'vitest';
import { statsFromMeetings } from '../../../../src/renderer/src/domain/monthlyStats';
import { meeting } from './meetingFixtures';

const durations: Record<string, number> = { s1: 90, s2: 60 };
const durationOf = (id: string) => durations[id] ?? 90;

describe('statsFromMeetings', () => {
  it('counts held and cancelled meetings per group and month of where they fell', () => {
    const stats = statsFromMeetings(
      [
        meeting({
          originalDate: '2026-03-03',
          outcome: 'held',
          attendance: 8,
          firstTime: 2,
          facilitatorsPresent: ['a', 'b'],
        }),
        meeting({
          originalDate: '2026-03-10',
          outcome: 'held',
          attendance: 5,
          firstTime: 0,
          facilitatorsPresent: ['a'],
        }),
        meeting({ originalDate: '2026-03-17', outcome: 'cancelled', cancelReason: 'Snow' }),
        // Moved from March 31 to April 2: it counts in April.
        meeting({
          originalDate: '2026-03-31',
          date: '2026-04-02',
          outcome: 'held',
          attendance: 4,
          firstTime: 1,
          facilitatorsPresent: ['a'],
        }),
        meeting({
          scheduleId: 's2',
          groupId: 'g2',
          originalDate: '2026-03-05',
          outcome: 'held',
          attendance: 6,
          firstTime: 6,
          facilitatorsPresent: ['c', 'd'],
        }),
      ],
      durationOf,
    );
    expect(stats).toEqual([
      { groupId: 'g1', month: '2026-03', held: 2, cancelled: 1, attendance: 13, firstTime: 2, facilitatorMinutes: 270 },
      { groupId: 'g1', month: '2026-04', held: 1, cancelled: 0, attendance: 4, firstTime: 1, facilitatorMinutes: 90 },
      { groupId: 'g2', month: '2026-03', held: 1, cancelled: 0, attendance: 6, firstTime: 6, facilitatorMinutes: 120 },
    ]);
  });

  it('leaves out deleted records and records with no outcome (only a move)', () => {
    expect(
      statsFromMeetings(
        [
          meeting({
            originalDate: '2026-03-03',
            outcome: 'held',
            attendance: 8,
            firstTime: 0,
            deletedAt: '2026-03-04T00:00:00.000Z',
          }),
          meeting({ originalDate: '2026-03-10', date: '2026-03-11', startTime: '18:30' }),
        ],
        durationOf,
      ),
    ).toEqual([]);
  });
});
