// The monthly summary: a row per group and a totals row, for each month of a range and for the range as
// a whole. Held meetings, attendance and facilitator time come from the maintained monthly aggregates;
// what was scheduled and what is still unrecorded come from the month's occurrences (after moves and
// closures); in-kind value is the gifts that served the group plus donated space per meeting held.
import type { Donation, Group, MonthlyStat } from '@shared/model';
import { donatedSpaceValue, type DonatedVenue } from './donatedSpace';
import { monthOf } from './dates';
import type { Occurrence } from './occurrences';
import { monthsBetween } from './reportMonths';
import { compareText } from './compareText';
import type { MonthDigest } from './monthlyStats';

export interface ReportCounts {
  /** meetings dated in the month after moves: held + cancelled + unrecorded + upcoming */
  scheduled: number;
  held: number;
  /** cancelled by the coordinator, or by a closure (a holiday, a venue shut) */
  cancelled: number;
  /** past meetings nobody has recorded yet: never counted as held, never as zero attendance */
  unrecorded: number;
  /** meetings still to come in the month (only the current month has them) */
  upcoming: number;
  attendance: number;
  firstTime: number;
  /** minutes of each meeting held times the facilitators present */
  facilitatorMinutes: number;
  /** gifts dated in the month that served the group */
  giftCents: number;
  /** donated space: the venue's fair rental value for each meeting held there free of charge */
  spaceCents: number;
}

export type ReportGroupSource = Pick<Group, 'id' | 'name' | 'program' | 'affiliateId' | 'status'>;

export interface ReportGroup {
  id: string;
  name: string;
  program: Group['program'];
  /** the affiliate's name, or '' for a group without one */
  affiliate: string;
}

export interface ReportRow {
  group: ReportGroup;
  counts: ReportCounts;
}

export interface ReportMonth {
  month: string;
  rows: ReportRow[];
  totals: ReportCounts;
}

export type ReportOccurrence = Pick<Occurrence, 'groupId' | 'date' | 'state' | 'venueId' | 'meeting'>;
export type ReportGift = Pick<Donation, 'date' | 'groupId' | 'valueCents' | 'deletedAt'>;

export interface ReportInput {
  /** 'YYYY-MM', inclusive */
  from: string;
  to: string;
  /** the groups in scope (one affiliate's, or all), live ones only */
  groups: readonly ReportGroupSource[];
  affiliateNames: ReadonlyMap<string, string>;
  /** the aggregates for at least the range's months (others are ignored) */
  stats: readonly MonthlyStat[];
  /** every occurrence dated in the range, as occurrencesBetween gives them */
  occurrences: readonly ReportOccurrence[];
  /** gifts dated in the range */
  gifts: readonly ReportGift[];
  venues: ReadonlyMap<string, DonatedVenue>;
}

export interface Report {
  from: string;
  to: string;
  months: ReportMonth[];
  /** each group over the whole range */
  rows: ReportRow[];
  totals: ReportCounts;
}

export const emptyCounts = (): ReportCounts => ({
  scheduled: 0,
  held: 0,
  cancelled: 0,
  unrecorded: 0,
  upcoming: 0,
  attendance: 0,
  firstTime: 0,
  facilitatorMinutes: 0,
  giftCents: 0,
  spaceCents: 0,
});

const COUNT_KEYS = Object.keys(emptyCounts()) as (keyof ReportCounts)[];

export function addCounts(into: ReportCounts, more: ReportCounts): ReportCounts {
  for (const key of COUNT_KEYS) into[key] += more[key];
  return into;
}

export const sumCounts = (all: readonly ReportCounts[]): ReportCounts =>
  all.reduce((total, counts) => addCounts(total, counts), emptyCounts());

export const inKindCents = (counts: Pick<ReportCounts, 'giftCents' | 'spaceCents'>): number =>
  counts.giftCents + counts.spaceCents;

/** Attendance per meeting held, or null when none was held (no meeting is not zero people). */
export const averageAttendance = (counts: Pick<ReportCounts, 'attendance' | 'held'>): number | null =>
  counts.held === 0 ? null : counts.attendance / counts.held;

const hasActivity = (counts: ReportCounts): boolean =>
  counts.scheduled > 0 || counts.held > 0 || counts.cancelled > 0 || counts.giftCents > 0;

const cellKey = (groupId: string, month: string): string => `${groupId}|${month}`;

export function buildReport(input: ReportInput): Report {
  const months = monthsBetween(input.from, input.to);
  const inRange = new Set(months);
  const scope = new Set(input.groups.map((group) => group.id));
  const cells = new Map<string, ReportCounts>();
  const cell = (groupId: string, month: string): ReportCounts | undefined => {
    if (!scope.has(groupId) || !inRange.has(month)) return undefined;
    const key = cellKey(groupId, month);
    let counts = cells.get(key);
    if (!counts) {
      counts = emptyCounts();
      cells.set(key, counts);
    }
    return counts;
  };

  for (const stat of input.stats) {
    const counts = cell(stat.groupId, stat.month);
    if (!counts) continue;
    counts.held += stat.held;
    counts.cancelled += stat.cancelled;
    counts.attendance += stat.attendance;
    counts.firstTime += stat.firstTime;
    counts.facilitatorMinutes += stat.facilitatorMinutes;
  }

  const heldAt = new Map<string, ReportOccurrence[]>();
  for (const occurrence of input.occurrences) {
    const month = monthOf(occurrence.date);
    const counts = cell(occurrence.groupId, month);
    if (!counts) continue;
    if (occurrence.state === 'unrecorded') counts.unrecorded += 1;
    else if (occurrence.state === 'upcoming' || occurrence.state === 'moved') counts.upcoming += 1;
    // A closure cancels without a record, so the aggregate (which counts records) does not have it.
    else if (occurrence.state === 'cancelled' && occurrence.meeting?.outcome !== 'cancelled') counts.cancelled += 1;
    else if (occurrence.state === 'held' && occurrence.venueId !== null) {
      const key = `${cellKey(occurrence.groupId, month)}|${occurrence.venueId}`;
      const list = heldAt.get(key);
      if (list) list.push(occurrence);
      else heldAt.set(key, [occurrence]);
    }
  }
  for (const [key, held] of heldAt) {
    const [groupId, month, venueId] = key.split('|') as [string, string, string];
    const venue = input.venues.get(venueId);
    const counts = cell(groupId, month);
    if (venue && counts) counts.spaceCents += donatedSpaceValue(held, venue);
  }

  for (const gift of input.gifts) {
    if (gift.deletedAt !== null || gift.groupId === null) continue;
    const counts = cell(gift.groupId, monthOf(gift.date));
    if (counts) counts.giftCents += gift.valueCents;
  }

  // Scheduled is the sum of what became of each meeting, so the columns always add up.
  for (const counts of cells.values()) {
    counts.scheduled = counts.held + counts.cancelled + counts.unrecorded + counts.upcoming;
  }

  const groups = input.groups
    .map((group) => ({
      source: group,
      group: {
        id: group.id,
        name: group.name,
        program: group.program,
        affiliate: group.affiliateId === null ? '' : (input.affiliateNames.get(group.affiliateId) ?? ''),
      },
      range: sumCounts(months.map((month) => cells.get(cellKey(group.id, month)) ?? emptyCounts())),
    }))
    // Paused and ended groups are listed only when something happened in the range.
    .filter(({ source, range }) => source.status === 'active' || hasActivity(range))
    .sort(
      (a, b) =>
        compareText(a.group.affiliate, b.group.affiliate) ||
        compareText(a.group.name, b.group.name) ||
        (a.group.id < b.group.id ? -1 : a.group.id > b.group.id ? 1 : 0),
    );

  const reportMonths = months.map((month) => {
    const rows = groups.map(({ group }) => ({ group, counts: cells.get(cellKey(group.id, month)) ?? emptyCounts() }));
    return { month, rows, totals: sumCounts(rows.map((row) => row.counts)) };
  });
  const rows = groups.map(({ group, range }) => ({ group, counts: range }));
  return { from: input.from, to: input.to, months: reportMonths, rows, totals: sumCounts(rows.map((r) => r.counts)) };
}

export interface ChartPoint {
  month: string;
  held: number;
  attendance: number;
}

/**
 * The chart's points: meetings held and attendance in each month, summed over the groups in scope straight
 * from the month rows as stored (every group's counts in a month), without a row per group and month.
 */
export function chartPoints(
  digests: readonly MonthDigest[],
  months: readonly string[],
  groupIds: ReadonlySet<string>,
): ChartPoint[] {
  const points = new Map(months.map((month) => [month, { month, held: 0, attendance: 0 }]));
  for (const digest of digests) {
    const point = points.get(digest.month);
    if (!point) continue;
    for (const [groupId, counts] of Object.entries(digest.groups)) {
      if (!groupIds.has(groupId)) continue;
      point.held += counts.held;
      point.attendance += counts.attendance;
    }
  }
  return [...points.values()];
}
