// Reads what a monthly summary needs, in two parts: the small tables it shares with every month (settings,
// affiliates, groups, venues, series, closures: a few hundred rows, which the report screen keeps while
// the app runs), and the range's own rows, each through an index: the monthly aggregates (12 months for
// the chart), the months' records in brief, and the gifts by date.
import type { Affiliate, Closure, Donation, Group, Schedule, Settings, Venue } from '@shared/model';
import { buildReport, chartPoints, type ChartPoint, type Report } from '../domain/report';
import { addMonths, CHART_MONTHS, firstDayOf, lastDayOf, monthsBetween } from '../domain/reportMonths';
import type { DonatedVenue } from '../domain/donatedSpace';
import { seriesShown, type Occurrence } from '../domain/occurrences';
import { todayIso } from '../domain/dates';
import { db } from './database';
import { overlapping } from './closureOps';
import { findDonations } from './donations';
import { placeOccurrences } from './meetings';
import { digestRecordsBetween, digestsBetween } from './monthlyStats';
import { statsOfDigests, type DigestRecord, type MonthDigest } from '../domain/monthlyStats';
import { isLive } from './records';
import { getSettings } from './settings';
import { compareText } from '../domain/compareText';

export interface ReportRequest {
  /** 'YYYY-MM', inclusive; the caller has checked the range (checkRange) */
  from: string;
  to: string;
  /** one affiliate's groups, or null for the whole organisation */
  affiliateId: string | null;
  /** today; the organisation's today (in its time zone) when left out. Earlier meetings not recorded are "not recorded". */
  today?: string;
}

export interface ReportData {
  settings: Settings;
  today: string;
  affiliates: Affiliate[];
  /** the affiliate the report is for, or undefined for the whole organisation (or when it is gone) */
  affiliate: Affiliate | undefined;
  groups: Group[];
  report: Report;
  chart: ChartPoint[];
  occurrences: Occurrence[];
  /** every live gift dated in the range that belongs to the scope (for the report's categories) */
  gifts: Donation[];
}

/** The tables readReportBase reads. */
export const REPORT_BASE_TABLES = () => [db.settings, db.affiliates, db.groups, db.venues, db.schedules, db.closures];
/** The tables readReportRange reads. */
export const REPORT_RANGE_TABLES = () => [db.monthlyStats, db.monthRecords, db.donations];

/**
 * The small tables every report reads whole: live rows only, except venues (a meeting held at one
 * deleted since still counts its donated space, and a gift may name a gone one).
 */
export interface ReportBase {
  settings: Settings;
  affiliates: Affiliate[];
  groups: Group[];
  venues: Venue[];
  schedules: Schedule[];
  closures: Closure[];
}

/** One transaction over the small tables, read whole with getAll (a filtered collection walks a slower cursor). */
export async function readReportBase(): Promise<ReportBase> {
  const [settings, affiliates, groups, venues, schedules, closures] = await db.transaction(
    'r',
    REPORT_BASE_TABLES(),
    () =>
      Promise.all([
        getSettings(),
        db.affiliates.toArray(),
        db.groups.toArray(),
        db.venues.toArray(),
        db.schedules.toArray(),
        db.closures.toArray(),
      ]),
  );
  return {
    settings,
    affiliates: affiliates.filter(isLive),
    groups: groups.filter(isLive),
    venues,
    schedules: seriesShown(schedules, groups),
    closures: closures.filter(isLive),
  };
}

/** A range's own rows: every group's, whatever the scope (the scope is picked out when it is built). */
export interface ReportRange {
  from: string;
  to: string;
  /** the month rows of counts, every group's, for the chart's twelve months and the range */
  digests: MonthDigest[];
  records: (DigestRecord & { groupId: string })[];
  gifts: Donation[];
}

export async function readReportRange(from: string, to: string): Promise<ReportRange> {
  // Each step's moment, for `npm run bench` and a profile: read, then built.
  performance.mark('report-read-start');
  const chartMonths = monthsBetween(addMonths(to, 1 - CHART_MONTHS), to);
  const firstMonth = chartMonths[0] ?? to;
  const [digests, records, gifts] = await db.transaction('r', REPORT_RANGE_TABLES(), () =>
    Promise.all([
      // The chart's twelve months include the report's range (at most twelve months, ending with it).
      digestsBetween(from < firstMonth ? from : firstMonth, to),
      digestRecordsBetween(firstDayOf(from), lastDayOf(to)),
      findDonations({ from: firstDayOf(from), to: lastDayOf(to) }),
    ]),
  );
  performance.mark('report-read-done');
  return { from, to, digests, records, gifts };
}

/** The affiliates in the order the report's "For" lists them. */
export const affiliatesByName = (affiliates: readonly Affiliate[]): Affiliate[] =>
  [...affiliates].sort((a, b) => compareText(a.name, b.name));

/** The report from its two reads: the scope picked out, the meetings placed, the sums made. */
export function assembleReport(base: ReportBase, range: ReportRange, request: ReportRequest): ReportData {
  const { from, to, affiliateId } = request;
  const { settings, affiliates } = base;
  const chartMonths = monthsBetween(addMonths(to, 1 - CHART_MONTHS), to);
  const today = request.today ?? todayIso(settings.timeZone);
  const groups = affiliateId === null ? base.groups : base.groups.filter((group) => group.affiliateId === affiliateId);
  const scope = new Set(groups.map((group) => group.id));
  // Only the range's months as one row per group and month; the chart sums its months straight from the rows.
  const stats = statsOfDigests(
    range.digests.filter((digest) => digest.month >= from && digest.month <= to),
    scope,
  );
  const first = firstDayOf(from);
  const last = lastDayOf(to);
  const occurrences = placeOccurrences(
    {
      from: first,
      to: last,
      schedules: affiliateId === null ? base.schedules : base.schedules.filter((s) => scope.has(s.groupId)),
      closures: overlapping(base.closures, first, last),
      records: range.records,
    },
    today,
  );
  const gifts =
    affiliateId === null ? range.gifts : range.gifts.filter((g) => g.groupId !== null && scope.has(g.groupId));
  // Only the venues where a meeting was held count as donated space. A venue deleted since still gave
  // that space (its kept record has the fair rental value): a month already reported keeps its figures.
  const heldAt = new Set(occurrences.flatMap((o) => (o.state === 'held' && o.venueId !== null ? [o.venueId] : [])));
  const venues = new Map<string, DonatedVenue>(
    base.venues.filter((venue) => heldAt.has(venue.id)).map((venue) => [venue.id, venue]),
  );

  const report = buildReport({
    from,
    to,
    groups,
    affiliateNames: new Map(affiliates.map((a) => [a.id, a.name])),
    stats,
    occurrences,
    gifts,
    venues,
  });
  performance.mark('report-built');
  return {
    settings,
    today,
    affiliates: affiliatesByName(affiliates),
    affiliate: affiliateId === null ? undefined : affiliates.find((a) => a.id === affiliateId),
    groups,
    report,
    chart: chartPoints(range.digests, chartMonths, scope),
    occurrences,
    gifts,
  };
}

/** The whole report in one transaction (exports, printing, tests). */
export async function loadReport(request: ReportRequest): Promise<ReportData> {
  const [base, range] = await db.transaction('r', [...REPORT_BASE_TABLES(), ...REPORT_RANGE_TABLES()], () =>
    Promise.all([readReportBase(), readReportRange(request.from, request.to)]),
  );
  return assembleReport(base, range, request);
}
