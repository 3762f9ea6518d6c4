// Calendar dates as 'YYYY-MM-DD' strings and wall-clock times as 'HH:mm', with date-fns for arithmetic.
import { addDays, differenceInCalendarDays, format, getDay, parseISO } from 'date-fns';
import { TZDate } from '@date-fns/tz';

/** A calendar date at local midnight; only for arithmetic, never stored. */
export const toDate = (isoDate: string): Date => parseISO(isoDate);
export const toIso = (date: Date): string => format(date, 'yyyy-MM-dd');
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
