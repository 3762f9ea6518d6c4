// Dates on the pipeline screens: "Oct 6" this year, "Oct 6, 2025" otherwise, so old steps read right.
import { format } from 'date-fns';
import { toDate, todayIso } from '../../domain/dates';

export function dateWords(isoDate: string, today: string = todayIso()): string {
  return format(toDate(isoDate), isoDate.slice(0, 4) === today.slice(0, 4) ? 'MMM d' : 'MMM d, yyyy');
}

export const fullDateWords = (isoDate: string): string => format(toDate(isoDate), 'MMM d, yyyy');
