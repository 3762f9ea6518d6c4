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

/**
 * What the calendar and reports need of a meeting record, without its notes or who was there: enough to
 * place it (date, time, venue, room), say what became of it, and count it.
 */
export type DigestRecord = Pick<
  Meeting,
  | 'id'
  | 'scheduleId'
  | 'originalDate'
  | 'date'
  | 'startTime'
  | 'venueId'
  | 'room'
  | 'outcome'
  | 'attendance'
  | 'cancelReason'
>;

/** One group's month: its aggregate, and the live records dated in the month or standing for a series date in it. */
export interface GroupMonthDigest {
  held: number;
  cancelled: number;
  attendance: number;
  firstTime: number;
  facilitatorMinutes: number;
  records: DigestRecord[];
}

/**
 * One month of every group, stored as one row: IndexedDB costs about the same per row whatever its size,
 * so a month's report or calendar reads a handful of rows instead of hundreds of records.
 */
export interface MonthDigest {
  /** 'YYYY-MM' */
  month: string;
  groups: Record<string, GroupMonthDigest>;
}

export const toDigestRecord = (meeting: Meeting): DigestRecord => ({
  id: meeting.id,
  scheduleId: meeting.scheduleId,
  originalDate: meeting.originalDate,
  date: meeting.date,
  startTime: meeting.startTime,
  venueId: meeting.venueId,
  room: meeting.room,
  outcome: meeting.outcome,
  attendance: meeting.attendance,
  cancelReason: meeting.cancelReason,
});

const byDateThenId = (a: DigestRecord, b: DigestRecord): number =>
  a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * A group's month from its records: those dated in the month are counted, and every live one dated in it
 * or standing for one of its series dates is listed. Returns undefined when the month has nothing.
 */
export function groupMonthDigest(
  groupId: string,
  month: string,
  records: Iterable<Meeting>,
  durationOf: (scheduleId: string) => number,
): GroupMonthDigest | undefined {
  const seen = new Map<string, Meeting>();
  for (const meeting of records) {
    if (meeting.deletedAt !== null || meeting.groupId !== groupId) continue;
    if (monthOf(meeting.date) === month || monthOf(meeting.originalDate) === month) seen.set(meeting.id, meeting);
  }
  if (seen.size === 0) return undefined;
  const totals = new Map<string, MonthlyStat>();
  accumulateStats(
    totals,
    [...seen.values()].filter((meeting) => monthOf(meeting.date) === month),
    durationOf,
  );
  const stat = totals.get(statKey(groupId, month));
  return {
    held: stat?.held ?? 0,
    cancelled: stat?.cancelled ?? 0,
    attendance: stat?.attendance ?? 0,
    firstTime: stat?.firstTime ?? 0,
    facilitatorMinutes: stat?.facilitatorMinutes ?? 0,
    records: [...seen.values()].map(toDigestRecord).sort(byDateThenId),
  };
}

/**
 * Builds every month's digest from records added a batch at a time (a load streams them), keeping only
 * the counts and the records in brief.
 */
export class DigestBuilder {
  private readonly stats = new Map<string, MonthlyStat>();
  private readonly listed = new Map<string, DigestRecord[]>();

  constructor(private readonly durationOf: (scheduleId: string) => number) {}

  add(meetings: Iterable<Meeting>): void {
    const live: Meeting[] = [];
    for (const meeting of meetings) {
      if (meeting.deletedAt !== null) continue;
      live.push(meeting);
      const brief = toDigestRecord(meeting);
      const dated = monthOf(meeting.date);
      this.list(statKey(meeting.groupId, dated), brief);
      const standsFor = monthOf(meeting.originalDate);
      if (standsFor !== dated) this.list(statKey(meeting.groupId, standsFor), brief);
    }
    accumulateStats(this.stats, live, this.durationOf);
  }

  private list(key: string, record: DigestRecord): void {
    const list = this.listed.get(key);
    if (list) list.push(record);
    else this.listed.set(key, [record]);
  }

  finish(): MonthDigest[] {
    const months = new Map<string, MonthDigest>();
    for (const [key, records] of this.listed) {
      const [groupId, month] = key.split('|') as [string, string];
      const stat = this.stats.get(key);
      let digest = months.get(month);
      if (!digest) {
        digest = { month, groups: {} };
        months.set(month, digest);
      }
      digest.groups[groupId] = {
        held: stat?.held ?? 0,
        cancelled: stat?.cancelled ?? 0,
        attendance: stat?.attendance ?? 0,
        firstTime: stat?.firstTime ?? 0,
        facilitatorMinutes: stat?.facilitatorMinutes ?? 0,
        records: records.sort(byDateThenId),
      };
    }
    return [...months.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  }
}

/** Every month's digest from all records (a rebuild, or a restore that holds the records). */
export function digestsFromMeetings(
  meetings: Iterable<Meeting>,
  durationOf: (scheduleId: string) => number,
): MonthDigest[] {
  const builder = new DigestBuilder(durationOf);
  builder.add(meetings);
  return builder.finish();
}

/** The aggregates of some digests as rows (months where the group held or cancelled a meeting), sorted. */
export function statsOfDigests(digests: Iterable<MonthDigest>, groupIds?: ReadonlySet<string>): MonthlyStat[] {
  const stats: MonthlyStat[] = [];
  for (const digest of digests) {
    for (const [groupId, entry] of Object.entries(digest.groups)) {
      if (groupIds && !groupIds.has(groupId)) continue;
      if (entry.held === 0 && entry.cancelled === 0) continue;
      const { held, cancelled, attendance, firstTime, facilitatorMinutes } = entry;
      stats.push({ groupId, month: digest.month, held, cancelled, attendance, firstTime, facilitatorMinutes });
    }
  }
  return sortStats(stats);
}
