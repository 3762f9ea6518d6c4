// Per-group, per-month counts of meeting records: the aggregate that long-range reports read
// instead of rescanning every record. The database keeps it in step; this is the recount it must equal.
import type { Meeting, MonthlyStat } from '@shared/model';
import { monthOf } from './dates';

export const statKey = (groupId: string, month: string): string => `${groupId}|${month}`;

/** Whether a record is counted at all: only held or cancelled meetings that are not deleted. */
export const isCounted = (meeting: Meeting): boolean => meeting.deletedAt === null && meeting.outcome !== null;

/** Adds records into running totals keyed by statKey (lets a big recount go chunk by chunk). */
export function accumulateStats(
  into: Map<string, MonthlyStat>,
  meetings: Iterable<Meeting>,
  durationOf: (scheduleId: string) => number,
): void {
  for (const meeting of meetings) {
    if (!isCounted(meeting)) continue;
    const month = monthOf(meeting.date);
    const key = statKey(meeting.groupId, month);
    let stat = into.get(key);
    if (!stat) {
      stat = {
        groupId: meeting.groupId,
        month,
        held: 0,
        cancelled: 0,
        attendance: 0,
        firstTime: 0,
        facilitatorMinutes: 0,
      };
      into.set(key, stat);
    }
    if (meeting.outcome === 'held') {
      stat.held += 1;
      stat.attendance += meeting.attendance ?? 0;
      stat.firstTime += meeting.firstTime ?? 0;
      stat.facilitatorMinutes += durationOf(meeting.scheduleId) * meeting.facilitatorsPresent.length;
    } else {
      stat.cancelled += 1;
    }
  }
}

/** One row per group and month that has at least one held or cancelled meeting, sorted. */
export function statsFromMeetings(meetings: Meeting[], durationOf: (scheduleId: string) => number): MonthlyStat[] {
  const totals = new Map<string, MonthlyStat>();
  accumulateStats(totals, meetings, durationOf);
  return sortStats([...totals.values()]);
}

export function sortStats(stats: MonthlyStat[]): MonthlyStat[] {
  return stats.sort((a, b) =>
    a.groupId !== b.groupId ? (a.groupId < b.groupId ? -1 : 1) : a.month < b.month ? -1 : a.month > b.month ? 1 : 0,
  );
}

/** The first and last dates of a 'YYYY-MM' month, for index ranges. */
export function monthBounds(month: string): { first: string; last: string } {
  // '-31' sorts after every real day of the month, so it is a safe inclusive upper bound for strings.
  return { first: `${month}-01`, last: `${month}-31` };
}
