// The report's data, live: it follows every meeting recorded, gift logged or group changed. Two shared
// queries: the small tables every month's report reads whole (kept while the app runs, read at start-up),
// and the range's own rows; the report is built from the two whenever either changes. Each runs again
// after any change to its tables (not a Dexie live query: that starts its first read on a timer, later).
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  assembleReport,
  readReportBase,
  readReportRange,
  REPORT_BASE_TABLES,
  REPORT_RANGE_TABLES,
  type ReportBase,
  type ReportData,
} from '../../db/report';
import { todayIso } from '../../domain/dates';
import { useSharedQuery, warmQuery } from '../../db/sharedQuery';
import { loadReportExtras, type ReportExtras } from '../../db/reportExtras';
import { checkRange } from '../../domain/reportMonths';
import { choiceFrom, type ReportChoice } from './reportParams';

const BASE = 'report-base';

/** The range query's name: everything it depends on (the scope is picked out afterwards). */
const rangeKey = (choice: ReportChoice) => `report-range:${choice.from}:${choice.to}`;
const readRange = (choice: ReportChoice) => () => readReportRange(choice.from, choice.to);

export function useReport(choice: ReportChoice, valid: boolean): ReportData | undefined {
  const base = useSharedQuery(valid ? BASE : null, readReportBase, Number.POSITIVE_INFINITY, REPORT_BASE_TABLES());
  const range = useSharedQuery(valid ? rangeKey(choice) : null, readRange(choice), 2000, REPORT_RANGE_TABLES());
  const { from, to, affiliate } = choice;
  return useMemo(
    () =>
      base && range && range.from === from && range.to === to
        ? assembleReport(base, range, { from, to, affiliateId: affiliate || null })
        : undefined,
    [base, range, from, to, affiliate],
  );
}

/**
 * The small tables alone, whatever the range: the report's controls need the affiliates and the
 * organisation's name while a range is refused or a new one is read.
 */
export function useReportBase(): ReportBase | undefined {
  return useSharedQuery(BASE, readReportBase, Number.POSITIVE_INFINITY, REPORT_BASE_TABLES());
}

/** Reads the small tables ahead of the first report, and keeps them while the app runs. */
export function warmReportBase(): Promise<ReportBase | undefined> {
  return warmQuery(BASE, readReportBase, Number.POSITIVE_INFINITY, REPORT_BASE_TABLES());
}

/**
 * At start-up, once the first screen is shown: keeps the small tables, and makes this month's report once,
 * unseen, so the first report the coordinator opens runs compiled code over warm reads (its first run, on
 * code the browser has only parsed, took ~15 ms longer). A failure here only costs that time.
 */
export async function warmReport(): Promise<void> {
  const month = todayIso().slice(0, 7);
  // Built from the kept small tables, so they are read once at start-up, not twice.
  const [base, range] = await Promise.all([warmReportBase(), readReportRange(month, month).catch(() => undefined)]);
  if (base && range) assembleReport(base, range, { from: month, to: month, affiliateId: null });
}

/** Starts the report's reads from its address, as the navigation to it begins (see screens.ts). */
export function readReportAhead(address: URL): void {
  const choice = choiceFrom(address.searchParams);
  if (!checkRange(choice.from, choice.to).ok) return;
  void warmReportBase();
  void warmQuery(rangeKey(choice), readRange(choice), 2000, REPORT_RANGE_TABLES());
}

export function useReportExtras(data: ReportData | undefined): ReportExtras | undefined {
  return useLiveQuery(async () => {
    if (!data) return undefined;
    return loadReportExtras({
      from: data.report.from,
      to: data.report.to,
      affiliateId: data.affiliate?.id ?? null,
      today: data.today,
      groups: data.groups,
      occurrences: data.occurrences,
    });
  }, [data]);
}
