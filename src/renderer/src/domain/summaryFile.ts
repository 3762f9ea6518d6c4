// The monthly summary file (docs/summary-format.md): what one copy exports and another imports under
// Reports to combine affiliates into a state table. Versioned; anything malformed is refused whole.
import { z } from 'zod';
import { PROGRAMS } from '@shared/model';
import { inKindCents, type Report, type ReportCounts } from './report';
import { isMonth } from './reportMonths';

export const SUMMARY_KIND = 'connection-coordinator.monthly-summary';
export const SUMMARY_VERSION = 1;
/** Far above any real summary (150 groups × 12 months is about 400 KB). */
export const MAX_SUMMARY_BYTES = 5 * 1024 * 1024;
/** The largest count (meetings, attendance, minutes) a file may hold. */
export const MAX_SUMMARY_COUNT = 100_000_000;
/** The largest in-kind value in cents a file may hold: 9,007,199,254,740,991, about $90 trillion. */
export const MAX_SUMMARY_CENTS = Number.MAX_SAFE_INTEGER;

/** Meetings, people and minutes: far above any real month's. */
const count = z.number().int().min(0).max(MAX_SUMMARY_COUNT);
/**
 * In-kind value: a month's gifts add up, each up to MAX_CENTS ($10M), so no cap on one gift bounds their
 * sum; only the largest whole number a JSON reader keeps exactly does.
 */
const cents = z.number().int().min(0).max(MAX_SUMMARY_CENTS);
const month = z.string().refine(isMonth, 'a month like 2026-10');
const name = z.string().max(200);

export const summaryCountsSchema = z.strictObject({
  meetingsScheduled: count,
  meetingsHeld: count,
  meetingsCancelled: count,
  meetingsUnrecorded: count,
  attendanceTotal: count,
  firstTimeTotal: count,
  facilitatorMinutes: count,
  inKindCents: cents,
});
export type SummaryCounts = z.infer<typeof summaryCountsSchema>;

const summaryGroupSchema = z.strictObject({
  group: name.min(1),
  affiliate: name,
  program: z.enum(PROGRAMS),
  counts: summaryCountsSchema,
});

const summaryMonthSchema = z.strictObject({
  month,
  groups: z.array(summaryGroupSchema).max(2000),
  totals: summaryCountsSchema,
});

export const summaryFileSchema = z.strictObject({
  kind: z.literal(SUMMARY_KIND),
  version: z.literal(SUMMARY_VERSION),
  createdAt: z.string().datetime({ offset: true }),
  organisation: name,
  /** the affiliate the summary is for, or null for a whole organisation */
  affiliate: name.nullable(),
  fromMonth: month,
  toMonth: month,
  months: z.array(summaryMonthSchema).min(1).max(120),
});
export type SummaryFile = z.infer<typeof summaryFileSchema>;
export type SummaryMonth = z.infer<typeof summaryMonthSchema>;

export const COUNT_FIELDS = Object.keys(summaryCountsSchema.shape) as (keyof SummaryCounts)[];

export function toSummaryCounts(counts: ReportCounts): SummaryCounts {
  return {
    meetingsScheduled: counts.scheduled,
    meetingsHeld: counts.held,
    meetingsCancelled: counts.cancelled,
    meetingsUnrecorded: counts.unrecorded,
    attendanceTotal: counts.attendance,
    firstTimeTotal: counts.firstTime,
    facilitatorMinutes: counts.facilitatorMinutes,
    inKindCents: inKindCents(counts),
  };
}

export function emptySummaryCounts(): SummaryCounts {
  return Object.fromEntries(COUNT_FIELDS.map((field) => [field, 0])) as SummaryCounts;
}

export function addSummaryCounts(into: SummaryCounts, more: SummaryCounts): SummaryCounts {
  for (const field of COUNT_FIELDS) into[field] += more[field];
  return into;
}

export function buildSummaryFile(
  report: Report,
  about: { organisation: string; affiliate: string | null; createdAt: string },
): SummaryFile {
  return {
    kind: SUMMARY_KIND,
    version: SUMMARY_VERSION,
    createdAt: about.createdAt,
    organisation: about.organisation,
    affiliate: about.affiliate,
    fromMonth: report.from,
    toMonth: report.to,
    months: report.months.map(({ month: m, rows, totals }) => ({
      month: m,
      groups: rows.map(({ group, counts }) => ({
        group: group.name,
        affiliate: group.affiliate,
        program: group.program,
        counts: toSummaryCounts(counts),
      })),
      totals: toSummaryCounts(totals),
    })),
  };
}

/** Two-space indented JSON with a final newline: easy to read, and to send by email. */
export const summaryFileText = (file: SummaryFile): string => `${JSON.stringify(file, null, 2)}\n`;
