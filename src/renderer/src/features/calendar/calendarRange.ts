// Which dates a calendar view covers: a month grid (whole weeks), a week, or an agenda of weeks.
import { addMonths, endOfMonth, endOfWeek, format, startOfMonth, startOfWeek } from 'date-fns';
import { plusDays, toDate, toIso } from '../../domain/dates';

export type CalendarView = 'month' | 'week' | 'agenda';
export const AGENDA_DAYS = 56;

export function viewRange(view: CalendarView, anchor: string): { from: string; to: string } {
  const date = toDate(anchor);
  if (view === 'month') {
    return { from: toIso(startOfWeek(startOfMonth(date))), to: toIso(endOfWeek(endOfMonth(date))) };
  }
  if (view === 'week') return { from: toIso(startOfWeek(date)), to: toIso(endOfWeek(date)) };
  return { from: anchor, to: plusDays(anchor, AGENDA_DAYS - 1) };
}

export function stepAnchor(view: CalendarView, anchor: string, direction: 1 | -1): string {
  if (view === 'month') return toIso(startOfMonth(addMonths(toDate(anchor), direction)));
  return plusDays(anchor, direction * (view === 'week' ? 7 : AGENDA_DAYS));
}

export function viewTitle(view: CalendarView, anchor: string): string {
  const { from, to } = viewRange(view, anchor);
  if (view === 'month') return format(toDate(anchor), 'MMMM yyyy');
  return `${format(toDate(from), 'MMM d')} – ${format(toDate(to), 'MMM d, yyyy')}`;
}

/** The weeks of a month grid, each seven ISO dates. */
export function weeksOf(from: string, to: string): string[][] {
  const weeks: string[][] = [];
  for (let day = from; day <= to; day = plusDays(day, 7)) {
    weeks.push([0, 1, 2, 3, 4, 5, 6].map((offset) => plusDays(day, offset)));
  }
  return weeks;
}
