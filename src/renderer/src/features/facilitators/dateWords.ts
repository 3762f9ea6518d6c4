// Dates on the pipeline screens: "Oct 6" this year, "Oct 6, 2025" otherwise, so old steps read right.
// Put together by hand (wording.ts), as date-fns' format wrote them: Home shows a dozen as the app starts.
import { todayIso } from '../../domain/dates';
import { monthDay, monthDayYear } from '../../domain/wording';

export function dateWords(isoDate: string, today: string = todayIso()): string {
  return isoDate.slice(0, 4) === today.slice(0, 4) ? monthDay(isoDate) : monthDayYear(isoDate);
}

export const fullDateWords = (isoDate: string): string => monthDayYear(isoDate);
