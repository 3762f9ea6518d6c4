import { describe, expect, it } from 'vitest';
import { cancelFormSchema, heldFormSchema, moveFormSchema } from '../../../../src/renderer/src/domain/meetingForm';

const held = (attendance: string, firstTime: string, notes = '') =>
  heldFormSchema.safeParse({ attendance, firstTime, facilitatorsPresent: ['f1'], notes });

const issuesOf = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));

describe('heldFormSchema', () => {
  it('accepts counts typed as text and gives numbers back', () => {
    const result = held(' 8 ', '2');
    expect(result.success).toBe(true);
    expect(result.data).toEqual({ attendance: 8, firstTime: 2, facilitatorsPresent: ['f1'], notes: '' });
    expect(held('0', '0').success).toBe(true);
  });

  it('refuses more first-timers than people, with the message on the first-time field', () => {
    expect(issuesOf(held('3', '4'))).toEqual([
      { path: 'firstTime', message: "First-time attendees can't be more than the total" },
    ]);
  });

  it('refuses negatives, decimals, blanks and words', () => {
    for (const bad of ['-1', '2.5', '', 'ten', '1e2']) {
      expect(issuesOf(held(bad, '0'))).toContainEqual({
        path: 'attendance',
        message: 'Enter a whole number, 0 or more',
      });
    }
    expect(
      issuesOf(heldFormSchema.safeParse({ attendance: -2, firstTime: 0.5, facilitatorsPresent: [], notes: '' })),
    ).toEqual([
      { path: 'attendance', message: 'Enter a whole number, 0 or more' },
      { path: 'firstTime', message: 'Enter a whole number, 0 or more' },
    ]);
  });

  it('refuses notes past 2,000 characters', () => {
    expect(issuesOf(held('5', '1', 'x'.repeat(2001))).map((i) => i.path)).toEqual(['notes']);
    expect(held('5', '1', 'x'.repeat(2000)).success).toBe(true);
  });
});

describe('cancelFormSchema', () => {
  it('needs a reason of at most 300 characters', () => {
    expect(cancelFormSchema.safeParse({ reason: '  ' }).success).toBe(false);
    expect(cancelFormSchema.safeParse({ reason: 'x'.repeat(301) }).success).toBe(false);
    expect(cancelFormSchema.parse({ reason: ' Snow storm ' })).toEqual({ reason: 'Snow storm' });
  });
});

describe('moveFormSchema', () => {
  it('needs a real date and a 24-hour time', () => {
    expect(moveFormSchema.safeParse({ date: '2026-02-30', startTime: '18:30', venueId: null, room: '' }).success).toBe(
      false,
    );
    expect(moveFormSchema.safeParse({ date: '2026-02-27', startTime: '6:30', venueId: null, room: '' }).success).toBe(
      false,
    );
    expect(moveFormSchema.parse({ date: '2026-02-27', startTime: '18:30', venueId: 'v1', room: 'Room B' })).toEqual({
      date: '2026-02-27',
      startTime: '18:30',
      venueId: 'v1',
      room: 'Room B',
    });
  });
});
