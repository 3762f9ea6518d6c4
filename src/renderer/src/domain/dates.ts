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
/** Days since 1970-01-01 of a real 'YYYY-MM-DD' from year 100 on, or null (then date-fns does the sum). */
function dayNumber(isoDate: string): number | null {
  const parts = ISO_DATE.exec(isoDate);
  if (!parts) return null;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])];
  if (year < 100) return null;
  const time = Date.UTC(year, month, day);
  const back = new Date(time);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month || back.getUTCDate() !== day) return null;
  return time / 86_400_000;
}

/** Whether 'YYYY-MM-DD' names a day that exists, from year 100 on (the fast paths here and in wording.ts). */
export const isRealIsoDate = (isoDate: string): boolean => dayNumber(isoDate) !== null;

function isoOfDayNumber(days: number): string {
  const date = new Date(days * 86_400_000);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

// Whole days counted in UTC, where every day has 24 hours: the same answers as date-fns' local
// arithmetic (checked by a property test), several times faster in the calendar's loops.
export function plusDays(isoDate: string, days: number): string {
  const start = dayNumber(isoDate);
  const end = start === null ? null : start + days;
  if (end === null || end < -657_434 || end > 2_932_896) return toIso(addDays(toDate(isoDate), days));
  return isoOfDayNumber(end);
}
export function daysBetween(from: string, to: string): number {
  const [start, end] = [dayNumber(from), dayNumber(to)];
  return start === null || end === null ? differenceInCalendarDays(toDate(to), toDate(from)) : end - start;
}
export function weekdayOf(isoDate: string): number {
  const days = dayNumber(isoDate);
  // 1970-01-01 was a Thursday (4).
  return days === null ? getDay(toDate(isoDate)) : (((days + 4) % 7) + 7) % 7;
}
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
