// Expands a recurring series into the dates it falls on, like iCalendar's RRULE.
import { addMonths, endOfMonth, getDay, lastDayOfMonth, setDate, startOfMonth } from 'date-fns';
import type { Schedule } from '@shared/model';
import { daysBetween, maxDate, minDate, plusDays, toDate, toIso, weekdayOf } from './dates';

export type RecurrenceRule = Pick<Schedule, 'rule' | 'weekday' | 'nth' | 'startsOn' | 'endsOn'>;

/** The first date on or after `date` that falls on `weekday`. */
export function nextWeekdayOnOrAfter(date: string, weekday: number): string {
  return plusDays(date, (weekday - weekdayOf(date) + 7) % 7);
}

/** The nth (1–4) or last (-1) given weekday of the month that `anyDayInMonth` is in. */
export function nthWeekdayOfMonth(anyDayInMonth: Date, weekday: number, nth: number): string {
  if (nth === -1) {
    const last = lastDayOfMonth(anyDayInMonth);
    const back = (getDay(last) - weekday + 7) % 7;
    return toIso(setDate(last, last.getDate() - back));
  }
  const first = startOfMonth(anyDayInMonth);
  const forward = (weekday - getDay(first) + 7) % 7;
  return toIso(setDate(first, 1 + forward + (nth - 1) * 7));
}

/** Every date of the series between `from` and `to` (both inclusive), in order. */
export function expandRule(rule: RecurrenceRule, from: string, to: string): string[] {
  const start = maxDate(from, rule.startsOn);
  const end = rule.endsOn ? minDate(to, rule.endsOn) : to;
  if (start > end) return [];
  const dates: string[] = [];
  if (rule.rule === 'monthly') {
    const nth = rule.nth ?? 1;
    const last = endOfMonth(toDate(end));
    for (let month = startOfMonth(toDate(start)); month <= last; month = addMonths(month, 1)) {
      const date = nthWeekdayOfMonth(month, rule.weekday, nth);
      if (date >= start && date <= end) dates.push(date);
    }
    return dates;
  }
  const step = rule.rule === 'weekly' ? 7 : 14;
  const anchor = nextWeekdayOnOrAfter(rule.startsOn, rule.weekday);
  let first = anchor;
  if (start > anchor) {
    const skipped = Math.ceil(daysBetween(anchor, start) / step);
    first = plusDays(anchor, skipped * step);
  }
  for (let date = first; date <= end; date = plusDays(date, step)) dates.push(date);
  return dates;
}
