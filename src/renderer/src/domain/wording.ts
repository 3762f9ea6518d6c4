// Dates, times and series in the words people use: "Tue, Oct 6", "6:30–8:00 PM", "Every other Thursday".
import { format } from 'date-fns';
import { es } from 'date-fns/locale/es';
import type { Schedule } from '@shared/model';
import { isRealIsoDate, minutesOf, timeFromMinutes, toDate, weekdayOf } from './dates';

export type Language = 'en' | 'es';

const WEEKDAYS: Record<Language, string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
};
const WEEKDAYS_PLURAL_ES = ['domingos', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábados'];
const ORDINALS: Record<Language, Record<string, string>> = {
  en: { '1': 'First', '2': 'Second', '3': 'Third', '4': 'Fourth', '-1': 'Last' },
  es: { '1': 'primer', '2': 'segundo', '3': 'tercer', '4': 'cuarto', '-1': 'último' },
};

export const weekdayName = (weekday: number, language: Language = 'en'): string => WEEKDAYS[language][weekday] ?? '';

const WEEKDAYS_SHORT_EN = WEEKDAYS.en.map((name) => name.slice(0, 3));
const MONTHS_SHORT_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A real ISO date's parts in English, or null (then date-fns writes it, as before). English dates are
 * put together by hand: Home shows dozens of them as the app starts, where date-fns' format cost 9–13 ms.
 */
function englishParts(isoDate: string): { year: string; month: string; day: number; weekday: string } | null {
  if (!isRealIsoDate(isoDate)) return null;
  return {
    year: isoDate.slice(0, 4),
    month: MONTHS_SHORT_EN[Number(isoDate.slice(5, 7)) - 1]!,
    day: Number(isoDate.slice(8)),
    weekday: WEEKDAYS_SHORT_EN[weekdayOf(isoDate)]!,
  };
}

/** "Tue, Oct 6" (or "mar, 6 oct") */
export function shortDate(isoDate: string, language: Language = 'en'): string {
  if (language === 'es') return format(toDate(isoDate), "EEE, d 'de' MMM", { locale: es });
  const parts = englishParts(isoDate);
  return parts ? `${parts.weekday}, ${parts.month} ${parts.day}` : format(toDate(isoDate), 'EEE, MMM d');
}

/** "Oct 6" */
export function monthDay(isoDate: string): string {
  const parts = englishParts(isoDate);
  return parts ? `${parts.month} ${parts.day}` : format(toDate(isoDate), 'MMM d');
}

/** "Oct 6, 2026" */
export function monthDayYear(isoDate: string): string {
  const parts = englishParts(isoDate);
  return parts ? `${parts.month} ${parts.day}, ${parts.year}` : format(toDate(isoDate), 'MMM d, yyyy');
}

/** "Tuesday, October 6, 2026" */
export function longDate(isoDate: string, language: Language = 'en'): string {
  return language === 'es'
    ? format(toDate(isoDate), "EEEE, d 'de' MMMM 'de' yyyy", { locale: es })
    : format(toDate(isoDate), 'EEEE, MMMM d, yyyy');
}

/** "December 24" (or "24 de diciembre") */
export function dayAndMonth(isoDate: string, language: Language = 'en'): string {
  return language === 'es' ? format(toDate(isoDate), "d 'de' MMMM", { locale: es }) : format(toDate(isoDate), 'MMMM d');
}

function clock(minutes: number, language: Language, withPeriod: boolean): string {
  const hours24 = Math.floor(minutes / 60) % 24;
  const mins = String(minutes % 60).padStart(2, '0');
  const hours12 = hours24 % 12 === 0 ? 12 : hours24 % 12;
  const period = language === 'es' ? (hours24 < 12 ? 'a. m.' : 'p. m.') : hours24 < 12 ? 'AM' : 'PM';
  return withPeriod ? `${hours12}:${mins} ${period}` : `${hours12}:${mins}`;
}

/** "6:30 PM" */
export function clockTime(time: string, language: Language = 'en'): string {
  return clock(minutesOf(time), language, true);
}

/** "6:30–8:00 PM", or "11:30 AM–1:00 PM" when it crosses noon. */
export function timeRange(start: string, durationMinutes: number, language: Language = 'en'): string {
  const from = minutesOf(start);
  const to = minutesOf(timeFromMinutes(from + durationMinutes));
  const samePeriod = from < 720 === to < 720;
  return `${clock(from, language, !samePeriod)}–${clock(to, language, true)}`;
}

/** "Every Tuesday", "Every other Thursday", "First Monday of each month", "Last Thursday of each month" */
export function seriesRhythm(schedule: Pick<Schedule, 'rule' | 'weekday' | 'nth'>, language: Language = 'en'): string {
  const day = weekdayName(schedule.weekday, language);
  if (language === 'es') {
    if (schedule.rule === 'weekly') return `Todos los ${WEEKDAYS_PLURAL_ES[schedule.weekday]}`;
    if (schedule.rule === 'biweekly') return `Cada dos ${WEEKDAYS_PLURAL_ES[schedule.weekday]}`;
    return `El ${ORDINALS.es[String(schedule.nth ?? 1)]} ${day} de cada mes`;
  }
  if (schedule.rule === 'weekly') return `Every ${day}`;
  if (schedule.rule === 'biweekly') return `Every other ${day}`;
  return `${ORDINALS.en[String(schedule.nth ?? 1)]} ${day} of each month`;
}

/** "Every Tuesday, 6:30–8:00 PM" */
export function describeSeries(
  schedule: Pick<Schedule, 'rule' | 'weekday' | 'nth' | 'startTime' | 'durationMinutes'>,
  language: Language = 'en',
): string {
  return `${seriesRhythm(schedule, language)}, ${timeRange(schedule.startTime, schedule.durationMinutes, language)}`;
}

/** "90 minutes", "2 hours", "1 hour 30 minutes" — durations in minutes or hours, never decimals. */
export function duration(minutes: number): string {
  if (minutes < 60 || minutes % 60 !== 0) {
    if (minutes <= 120) return `${minutes} minutes`;
    return `${Math.floor(minutes / 60)} hours ${minutes % 60} minutes`;
  }
  return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
}

/** "Tuesday, October 6" (or "martes, 6 de octubre"): a date in the weeks ahead, where the year goes without saying. */
export function weekdayAndDate(isoDate: string, language: Language = 'en'): string {
  return language === 'es'
    ? format(toDate(isoDate), "EEEE, d 'de' MMMM", { locale: es })
    : format(toDate(isoDate), 'EEEE, MMMM d');
}

/** duration() in either language: "90 minutes" or "90 minutos", "2 hours" or "2 horas". */
export function durationIn(minutes: number, language: Language = 'en'): string {
  if (language === 'en') return duration(minutes);
  if (minutes < 60 || minutes % 60 !== 0) {
    if (minutes <= 120) return `${minutes} minutos`;
    return `${Math.floor(minutes / 60)} horas ${minutes % 60} minutos`;
  }
  return minutes === 60 ? '1 hora' : `${minutes / 60} horas`;
}
