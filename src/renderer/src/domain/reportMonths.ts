// Calendar months as 'YYYY-MM' strings for reports: checking them, stepping through them, naming them.
import { monthLabel } from './donationTotals';

/** The longest range one report covers (a year): longer ones would read too many meetings at once. */
export const MAX_REPORT_MONTHS = 12;
/** How many months the trend chart shows, ending with the report's last month. */
export const CHART_MONTHS = 12;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string): boolean => MONTH.test(value);

/** The earliest year a report may start in. A year typed digit by digit passes through 0002, 0020 and 0202. */
export const FIRST_REPORT_YEAR = 1900;

/** A month a report can cover: its year whole (1900 or later), not one still being typed. */
export const isReportMonth = (value: string): boolean =>
  isMonth(value) && Number(value.slice(0, 4)) >= FIRST_REPORT_YEAR;

function parts(month: string): [number, number] {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`Not a month like 2026-10: ${month}`);
  return [Number(match[1]), Number(match[2])];
}

/** The month `count` months after (or before, when negative) the given one. */
export function addMonths(month: string, count: number): string {
  const [year, number] = parts(month);
  const index = year * 12 + (number - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, inclusive, oldest first (empty when `from` is after `to`). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}

export const firstDayOf = (month: string): string => `${month}-01`;

export function lastDayOf(month: string): string {
  const [year, number] = parts(month);
  const days = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

/** The month before the one `today` falls in: the month a coordinator usually reports on. */
export const previousMonth = (today: string): string => addMonths(today.slice(0, 7), -1);

/** "October 2026", or "August–October 2026", or "November 2025 – January 2026". */
export function rangeLabel(from: string, to: string): string {
  if (from === to) return monthLabel(from);
  const [fromName, fromYear] = monthLabel(from).split(' ') as [string, string];
  const toLabel = monthLabel(to);
  return fromYear === to.slice(0, 4) ? `${fromName}–${toLabel}` : `${monthLabel(from)} – ${toLabel}`;
}

/** "Oct", or "Oct ’26" with the year: for chart axes. */
export function shortMonth(month: string, withYear: boolean): string {
  const [name] = monthLabel(month).split(' ') as [string];
  return withYear ? `${name.slice(0, 3)} ’${month.slice(2, 4)}` : name.slice(0, 3);
}

export type RangeCheck = { ok: true; from: string; to: string } | { ok: false; message: string };

/** Checks a range chosen on screen or in an address, in words a coordinator understands. */
export function checkRange(from: string, to: string): RangeCheck {
  if (!isReportMonth(from) || !isReportMonth(to)) {
    return { ok: false, message: 'Choose the first and last month of the report.' };
  }
  if (from > to) return { ok: false, message: 'The first month must come before the last month.' };
  if (monthsBetween(from, to).length > MAX_REPORT_MONTHS) {
    return { ok: false, message: `A report covers at most ${MAX_REPORT_MONTHS} months. Choose a shorter range.` };
  }
  return { ok: true, from, to };
}
