// Volunteer hours: each meeting held with a facilitator present counts its length for them.
import type { Meeting } from '@shared/model';
import { monthOf } from './dates';

export type HoursMeeting = Pick<Meeting, 'scheduleId' | 'date' | 'outcome' | 'facilitatorsPresent' | 'deletedAt'>;

export interface MonthHours {
  /** 'YYYY-MM' */
  month: string;
  meetings: number;
  minutes: number;
}

/** The minutes a meeting counts for, from its series; a meeting whose series is gone counts nothing. */
const lengthOf = (meeting: HoursMeeting, durations: ReadonlyMap<string, number>): number =>
  durations.get(meeting.scheduleId) ?? 0;

const counts = (meeting: HoursMeeting): boolean => meeting.deletedAt === null && meeting.outcome === 'held';

/** One person's hours per month, newest month first. */
export function hoursByMonth(
  facilitatorId: string,
  meetings: readonly HoursMeeting[],
  durations: ReadonlyMap<string, number>,
): MonthHours[] {
  const months = new Map<string, MonthHours>();
  for (const meeting of meetings) {
    if (!counts(meeting) || !meeting.facilitatorsPresent.includes(facilitatorId)) continue;
    const month = monthOf(meeting.date);
    const row = months.get(month) ?? { month, meetings: 0, minutes: 0 };
    row.meetings += 1;
    row.minutes += lengthOf(meeting, durations);
    months.set(month, row);
  }
  return [...months.values()].sort((a, b) => b.month.localeCompare(a.month));
}

/** Every facilitator's minutes per month over a set of meetings (for reports): facilitator id → month → minutes. */
export function minutesByFacilitatorAndMonth(
  meetings: readonly HoursMeeting[],
  durations: ReadonlyMap<string, number>,
): Map<string, Map<string, number>> {
  const result = new Map<string, Map<string, number>>();
  for (const meeting of meetings) {
    if (!counts(meeting)) continue;
    const month = monthOf(meeting.date);
    const minutes = lengthOf(meeting, durations);
    for (const id of new Set(meeting.facilitatorsPresent)) {
      const months = result.get(id) ?? new Map<string, number>();
      months.set(month, (months.get(month) ?? 0) + minutes);
      result.set(id, months);
    }
  }
  return result;
}

// Made on first use: the first Intl formatter of a page loads the locale data, tens of milliseconds
// that a start should not pay for a screen it does not show.
let hoursFormat: Intl.NumberFormat | undefined;

/** "6 h", "4.5 h", "1.25 h": hours, never decimals of a day. */
export function formatHours(minutes: number): string {
  hoursFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
  return `${hoursFormat.format(minutes / 60)} h`;
}

/** "September 2026" for 'YYYY-MM'. */
export function monthName(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const names = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${names[monthNumber - 1] ?? ''} ${year}`;
}
