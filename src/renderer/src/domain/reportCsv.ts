// The monthly summary as CSV: for each month, a row per group then a totals row, in exactly the columns
// the state office's spreadsheets expect.
import { csvDocument } from './csvExport';
import { PROGRAM_SHORT } from './labels';
import { inKindCents, type Report, type ReportCounts } from './report';
import { averageText, dollarsText, hoursText } from './reportFormat';

export const CSV_COLUMNS = [
  'month',
  'affiliate',
  'group',
  'program',
  'meetings_scheduled',
  'meetings_held',
  'meetings_cancelled',
  'meetings_unrecorded',
  'attendance_total',
  'first_time_total',
  'average_attendance',
  'facilitator_hours',
  'in_kind_value',
] as const;

/** What the totals row says in the group column. */
export const TOTAL_LABEL = 'Total';

/**
 * A name a spreadsheet would take for a formula (=, +, -, @ first) gets a leading apostrophe, so
 * opening the file can never run anything. Real group names almost never start that way.
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function countCells(counts: ReportCounts): string[] {
  return [
    String(counts.scheduled),
    String(counts.held),
    String(counts.cancelled),
    String(counts.unrecorded),
    String(counts.attendance),
    String(counts.firstTime),
    // Blank, not 0, when no meeting was held: an average of nobody is not zero people.
    averageText(counts.attendance, counts.held) ?? '',
    hoursText(counts.facilitatorMinutes),
    dollarsText(inKindCents(counts)),
  ];
}

/**
 * One block per month of the report. The totals row names the affiliate when the report is for one
 * (`scopeAffiliate`), and leaves the affiliate blank for a whole organisation.
 */
export function reportCsv(report: Report, scopeAffiliate: string): string {
  const rows: string[][] = [];
  for (const { month, rows: groups, totals } of report.months) {
    for (const { group, counts } of groups) {
      rows.push([
        month,
        safeText(group.affiliate),
        safeText(group.name),
        PROGRAM_SHORT[group.program],
        ...countCells(counts),
      ]);
    }
    rows.push([month, safeText(scopeAffiliate), TOTAL_LABEL, '', ...countCells(totals)]);
  }
  return csvDocument(CSV_COLUMNS, rows);
}
