// Reads what a monthly summary needs, each through an index: the monthly aggregates (12 months for the
// chart), the range's occurrences, its gifts by date, and the small tables (groups, affiliates, venues).
import type { Affiliate, Donation, Group, Settings } from '@shared/model';
import { buildReport, chartPoints, type ChartPoint, type Report } from '../domain/report';
import { addMonths, CHART_MONTHS, firstDayOf, lastDayOf, monthsBetween } from '../domain/reportMonths';
import type { DonatedVenue } from '../domain/donatedSpace';
import type { Occurrence } from '../domain/occurrences';
import { todayIso } from '../domain/dates';
import { db } from './database';
import { findDonations } from './donations';
import { placeOccurrences, readOccurrenceInputs } from './meetings';
import { statsForMonths } from './monthlyStats';
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

export async function loadReport(request: ReportRequest): Promise<ReportData> {
  const { from, to, affiliateId } = request;
  // Each step's moment, for `npm run bench` and a profile: read, then built.
  performance.mark('report-read-start');
  const chartMonths = monthsBetween(addMonths(to, 1 - CHART_MONTHS), to);
  const firstMonth = chartMonths[0] ?? to;
  // Every read at once, in one transaction: the scope's groups are picked out afterwards.
  const tables = [db.settings, db.affiliates, db.groups, db.monthlyStats, db.monthRecords, db.schedules];
  const [settings, affiliates, allGroups, allStats, reads, rangeGifts, allVenues] = await db.transaction(
    'r',
    [...tables, db.closures, db.donations, db.venues],
    () =>
      Promise.all([
        getSettings(),
        // Small tables read whole with getAll and filtered here: a filtered collection walks a slower cursor.
        db.affiliates.toArray().then((all) => all.filter(isLive)),
        db.groups.toArray().then((all) => all.filter(isLive)),
        // The chart's twelve months include the report's range (at most twelve months, ending with it).
        statsForMonths(from < firstMonth ? from : firstMonth, to),
        readOccurrenceInputs(firstDayOf(from), lastDayOf(to)),
        findDonations({ from: firstDayOf(from), to: lastDayOf(to) }),
        // Every venue (a few hundred) in the same round trip, rather than the held-at ones after it.
        db.venues.toArray(),
      ]),
  );
  performance.mark('report-read-done');
  const today = request.today ?? todayIso(settings.timeZone);
  const groups = affiliateId === null ? allGroups : allGroups.filter((group) => group.affiliateId === affiliateId);
  const groupIds = groups.map((group) => group.id);
  const scope = new Set(groupIds);
  const stats = affiliateId === null ? allStats : allStats.filter((stat) => scope.has(stat.groupId));
  const occurrences = placeOccurrences(
    affiliateId === null ? reads : { ...reads, schedules: reads.schedules.filter((s) => scope.has(s.groupId)) },
    today,
  );
  const inScope = new Set(groupIds);
  const gifts =
    affiliateId === null ? rangeGifts : rangeGifts.filter((g) => g.groupId !== null && inScope.has(g.groupId));
  // Only the venues where a meeting was held count as donated space.
  const heldAt = new Set(occurrences.flatMap((o) => (o.state === 'held' && o.venueId !== null ? [o.venueId] : [])));
  const venues = new Map<string, DonatedVenue>(
    allVenues.filter((venue) => isLive(venue) && heldAt.has(venue.id)).map((venue) => [venue.id, venue]),
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
    affiliates: affiliates.sort((a, b) => compareText(a.name, b.name)),
    affiliate: affiliateId === null ? undefined : affiliates.find((a) => a.id === affiliateId),
    groups,
    report,
    chart: chartPoints(stats, chartMonths, inScope),
    occurrences,
    gifts,
  };
}
