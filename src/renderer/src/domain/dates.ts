// Calendar dates as 'YYYY-MM-DD' strings and wall-clock times as 'HH:mm', with date-fns for arithmetic.
import { addDays, differenceInCalendarDays, format, getDay, parseISO } from 'date-fns';
import { TZDate } from '@date-fns/tz';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date at local midnight; only for arithmetic, never stored. 'YYYY-MM-DD' is read directly
 * (the calendar and reports expand thousands of dates, and date-fns' parseISO costs several times more);
 * anything else, or a day that does not exist, goes through parseISO as before.
 */
export function toDate(isoDate: string): Date {
  const parts = ISO_DATE.exec(isoDate);
  if (parts) {
    const [year, month, day] = [Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])];
    const date = new Date(2000, 0, 1);
    date.setFullYear(year, month, day);
    if (date.getFullYear() === year && date.getMonth() === month && date.getDate() === day) return date;
  }
  return parseISO(isoDate);
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** 'YYYY-MM-DD' of a date's local calendar day (date-fns' format only for what it alone handles). */
export function toIso(date: Date): string {
  const year = date.getFullYear();
  if (Number.isNaN(year) || year < 0 || year > 9999) return format(date, 'yyyy-MM-dd');
  return `${pad(year, 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}
export const plusDays = (isoDate: string, days: number): string => toIso(addDays(toDate(isoDate), days));
export const daysBetween = (from: string, to: string): number => differenceInCalendarDays(toDate(to), toDate(from));
export const weekdayOf = (isoDate: string): number => getDay(toDate(isoDate));
export const monthOf = (isoDate: string): string => isoDate.slice(0, 7);

/** The instant a wall-clock time happens on a date in a time zone (DST-safe). */
export function instantOf(isoDate: string, time: string, timeZone: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, timeZone).getTime());
}

/** Minutes since midnight for 'HH:mm'. */
export function minutesOf(time: string): number {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return hh * 60 + mm;
}

export function timeFromMinutes(total: number): string {
  const wrapped = ((total % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/** Today's date where the coordinator is (or in a given zone). */
export function todayIso(timeZone?: string, now: Date = new Date()): string {
  return timeZone ? format(new TZDate(now, timeZone), 'yyyy-MM-dd') : toIso(now);
}

export const minDate = (a: string, b: string): string => (a < b ? a : b);
export const maxDate = (a: string, b: string): string => (a > b ? a : b);
