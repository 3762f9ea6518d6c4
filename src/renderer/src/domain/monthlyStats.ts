// Per-group, per-month counts of meeting records: the aggregate that long-range reports read
// instead of rescanning every record. The database keeps it in step; this is the recount it must equal.
import type { Meeting, MonthlyStat, Schedule } from '@shared/model';
import { monthOf } from './dates';

/** A meeting's length when its series gives none (a new organisation's default, and a deleted series'). */
export const DEFAULT_MEETING_MINUTES = 90;

/** Each series' meeting length by id, from the series the caller holds. */
export function durationLookup(schedules: Iterable<Pick<Schedule, 'id' | 'durationMinutes'>>) {
  const minutes = new Map([...schedules].map((s) => [s.id, s.durationMinutes]));
  return (scheduleId: string): number => minutes.get(scheduleId) ?? DEFAULT_MEETING_MINUTES;
}

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

/** One group's month: the aggregate the reports and trends read. */
export interface GroupMonthStats {
  held: number;
  cancelled: number;
  attendance: number;
  firstTime: number;
  facilitatorMinutes: number;
}

/**
 * One month of every group's aggregate, stored as one row: IndexedDB costs about the same per row
 * whatever its size, so twelve months of a chart are twelve small rows instead of thousands.
 * A group is listed when it held or cancelled a meeting that month.
 */
export interface MonthDigest {
  /** 'YYYY-MM' */
  month: string;
  groups: Record<string, GroupMonthStats>;
}

/**
 * A share of one month's live records in brief, for the groups whose id falls in one bucket: those dated
 * in the month and those standing for one of its series dates (moved out of it). A calendar or a month's
 * report reads a month's sixteen rows (a few kilobytes each); recording one meeting rewrites one of them.
 */
export interface MonthRecords {
  /** 'YYYY-MM' */
  month: string;
  /** 0–15, from the group's id (bucketOf) */
  bucket: number;
  groups: Record<string, DigestRecord[]>;
}

/** How many record rows a month is split into. */
export const RECORD_BUCKETS = 16;

/** The record row a group's records live in: the last hex digit of its id (ids are UUIDs). */
export function bucketOf(groupId: string): number {
  const digit = Number.parseInt(groupId.slice(-1), 16);
  if (Number.isNaN(digit)) {
    let sum = 0;
    for (let index = 0; index < groupId.length; index += 1) sum += groupId.charCodeAt(index);
    return sum % RECORD_BUCKETS;
  }
  return digit % RECORD_BUCKETS;
}

/** Both kinds of month rows, as they are stored. */
export interface MonthRows {
  stats: MonthDigest[];
  records: MonthRecords[];
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

const byMonth = (a: { month: string }, b: { month: string }): number =>
  a.month < b.month ? -1 : a.month > b.month ? 1 : 0;

const statsOnly = ({ held, cancelled, attendance, firstTime, facilitatorMinutes }: MonthlyStat): GroupMonthStats => ({
  held,
  cancelled,
  attendance,
  firstTime,
  facilitatorMinutes,
});

/**
 * Builds both kinds of month rows from records added a batch at a time (a load streams them), keeping
 * only the counts and the records in brief.
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

  finish(): MonthRows {
    const stats = new Map<string, MonthDigest>();
    for (const stat of sortStats([...this.stats.values()])) {
      let row = stats.get(stat.month);
      if (!row) stats.set(stat.month, (row = { month: stat.month, groups: {} }));
      row.groups[stat.groupId] = statsOnly(stat);
    }
    const records = new Map<string, MonthRecords>();
    for (const key of [...this.listed.keys()].sort()) {
      const [groupId, month] = key.split('|') as [string, string];
      const bucket = bucketOf(groupId);
      const rowKey = `${month}|${bucket}`;
      let row = records.get(rowKey);
      if (!row) records.set(rowKey, (row = { month, bucket, groups: {} }));
      row.groups[groupId] = this.listed.get(key)!.sort(byDateThenId);
    }
    const byMonthThenBucket = (a: MonthRecords, b: MonthRecords) => byMonth(a, b) || a.bucket - b.bucket;
    return { stats: [...stats.values()].sort(byMonth), records: [...records.values()].sort(byMonthThenBucket) };
  }
}

/** Both kinds of month rows from all records (a rebuild, or a restore that holds the records). */
export function digestsFromMeetings(
  meetings: Iterable<Meeting>,
  durationOf: (scheduleId: string) => number,
): MonthRows {
  const builder = new DigestBuilder(durationOf);
  builder.add(meetings);
  return builder.finish();
}

/**
 * One group's month from its records: the aggregate of those dated in it (undefined when none was held or
 * cancelled) and the live ones dated in it or standing for one of its series dates (empty when none).
 */
export function groupMonthRows(
  groupId: string,
  month: string,
  records: Iterable<Meeting>,
  durationOf: (scheduleId: string) => number,
): { stats: GroupMonthStats | undefined; records: DigestRecord[] } {
  const mine = [...records].filter((meeting) => meeting.groupId === groupId);
  const built = digestsFromMeetings(mine, durationOf);
  return {
    stats: built.stats.find((row) => row.month === month)?.groups[groupId],
    records:
      built.records.find((row) => row.month === month && row.bucket === bucketOf(groupId))?.groups[groupId] ?? [],
  };
}

/** The aggregates of some month rows as one row per group and month, sorted. */
export function statsOfDigests(digests: Iterable<MonthDigest>, groupIds?: ReadonlySet<string>): MonthlyStat[] {
  const stats: MonthlyStat[] = [];
  for (const digest of digests) {
    for (const [groupId, entry] of Object.entries(digest.groups)) {
      if (groupIds && !groupIds.has(groupId)) continue;
      stats.push({ groupId, month: digest.month, ...statsOnly({ groupId, month: digest.month, ...entry }) });
    }
  }
  return sortStats(stats);
}
