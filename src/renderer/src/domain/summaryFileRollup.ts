// The state roll-up: several affiliates' summary files combined into one table per month, a row per
// affiliate and a state total. A later file for the same affiliate and month replaces the earlier one.
import { csvDocument } from './csvExport';
import { CSV_COLUMNS, safeText, TOTAL_LABEL } from './reportCsv';
import { averageText, dollarsText, hoursText } from './reportFormat';
import { addSummaryCounts, emptySummaryCounts, type SummaryCounts, type SummaryFile } from './summaryFile';

export interface RollupEntry {
  /** the affiliate the summary is for, or its organisation when it covers a whole organisation */
  source: string;
  month: string;
  fileName: string;
  groups: number;
  counts: SummaryCounts;
}

export interface RollupRow {
  source: string;
  fileName: string;
  groups: number;
  counts: SummaryCounts;
}

export interface RollupMonth {
  month: string;
  rows: RollupRow[];
  totals: SummaryCounts;
  groups: number;
}

/** What a roll-up row of a whole affiliate says in the group column. */
export const ALL_GROUPS = 'All groups';

export const sourceOf = (file: Pick<SummaryFile, 'affiliate' | 'organisation'>): string =>
  file.affiliate?.trim() || file.organisation.trim() || 'Unnamed organisation';

const entryKey = (source: string, month: string): string => `${source.toLocaleLowerCase('en-US')}|${month}`;

/** Adds a file's months; says which months replaced what was there for the same affiliate. */
export function addToRollup(
  entries: readonly RollupEntry[],
  file: SummaryFile,
  fileName: string,
): { entries: RollupEntry[]; replaced: string[] } {
  const source = sourceOf(file);
  const byKey = new Map(entries.map((entry) => [entryKey(entry.source, entry.month), entry]));
  const replaced: string[] = [];
  for (const { month, groups, totals } of file.months) {
    const key = entryKey(source, month);
    if (byKey.has(key)) replaced.push(month);
    byKey.set(key, { source, month, fileName, groups: groups.length, counts: { ...totals } });
  }
  return { entries: [...byKey.values()], replaced };
}

export function removeFromRollup(entries: readonly RollupEntry[], source: string, month: string): RollupEntry[] {
  const key = entryKey(source, month);
  return entries.filter((entry) => entryKey(entry.source, entry.month) !== key);
}

const counted = (count: number, one: string) => `${count.toLocaleString('en-US')} ${one}${count === 1 ? '' : 's'}`;

/**
 * What a roll-up holds, in words: "4 months from 2 affiliates" (two affiliates' files for the same four
 * months are four months, not eight).
 */
export function rollupExtent(entries: readonly RollupEntry[]): string {
  const months = new Set(entries.map((entry) => entry.month)).size;
  const sources = new Set(entries.map((entry) => entry.source.toLocaleLowerCase('en-US'))).size;
  return `${counted(months, 'month')} from ${counted(sources, 'affiliate')}`;
}

/** Newest month first; affiliates by name within a month. */
export function rollupMonths(entries: readonly RollupEntry[]): RollupMonth[] {
  const months = new Map<string, RollupRow[]>();
  for (const { month, ...row } of entries) months.set(month, [...(months.get(month) ?? []), row]);
  return [...months.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([month, rows]) => {
      rows.sort((a, b) => a.source.localeCompare(b.source));
      return {
        month,
        rows,
        totals: rows.reduce((total, row) => addSummaryCounts(total, row.counts), emptySummaryCounts()),
        groups: rows.reduce((total, row) => total + row.groups, 0),
      };
    });
}

export function summaryCountCells(counts: SummaryCounts): string[] {
  return [
    String(counts.meetingsScheduled),
    String(counts.meetingsHeld),
    String(counts.meetingsCancelled),
    String(counts.meetingsUnrecorded),
    String(counts.attendanceTotal),
    String(counts.firstTimeTotal),
    averageText(counts.attendanceTotal, counts.meetingsHeld) ?? '',
    hoursText(counts.facilitatorMinutes),
    dollarsText(counts.inKindCents),
  ];
}

/** The state table as CSV, in the report's columns: a row per affiliate ("All groups"), then the total. */
export function rollupCsv(months: readonly RollupMonth[]): string {
  const rows: string[][] = [];
  for (const { month, rows: affiliates, totals } of [...months].reverse()) {
    for (const row of affiliates) {
      rows.push([month, safeText(row.source), ALL_GROUPS, '', ...summaryCountCells(row.counts)]);
    }
    rows.push([month, '', TOTAL_LABEL, '', ...summaryCountCells(totals)]);
  }
  return csvDocument(CSV_COLUMNS, rows);
}
