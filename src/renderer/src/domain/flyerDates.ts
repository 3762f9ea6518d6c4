// A flyer's list of next meetings: the meetings that will happen, each on a line with what differs from
// the series (its time, its place, a move), and the dates with no meeting between them, a closure over
// several dates in a row on one line.
import type { Group, Schedule, Venue } from '@shared/model';
import type { Occurrence } from './occurrences';
import { closureHits, isPause } from './closures';
import { flyerWords, type FlyerWords } from './flyerText';
import { timeRange, weekdayAndDate, type Language } from './wording';

export type FlyerDateKind = 'meeting' | 'moved' | 'no-meeting';

export interface FlyerDate {
  /** a stable key for lists */
  key: string;
  text: string;
  kind: FlyerDateKind;
}

export interface FlyerOptions {
  today: string;
  /** how many meetings that will happen to list (cancelled dates in between are added) */
  maxDates?: number;
}

const DEFAULT_DATES = 6;
/** A closure's reason is shown beside its date only when it fits on the line. */
const SHORT_REASON = 40;

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function upcomingDates(
  group: Group,
  series: Schedule[],
  occurrences: readonly Occurrence[],
  primary: Schedule | null,
  venues: ReadonlyMap<string, Venue>,
  options: FlyerOptions,
  language: Language,
): FlyerDate[] {
  const words = flyerWords(language);
  const max = options.maxDates ?? DEFAULT_DATES;
  const seriesById = new Map(series.map((s) => [s.id, s]));
  // The places of the group's own series are named under "Where", so a date there can name its place.
  const seriesVenues = new Set(series.map((s) => s.venueId));
  const showTime = series.length > 1;
  const dates: FlyerDate[] = [];
  const seen = new Set<string>();
  let meetings = 0;
  const ahead = occurrences
    .filter((o) => o.groupId === group.id && o.date >= options.today)
    .filter((o) => o.state === 'upcoming' || o.state === 'moved' || o.state === 'cancelled')
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.startTime < b.startTime ? -1 : 1));
  for (let index = 0; index < ahead.length && meetings < max; index += 1) {
    const occurrence = ahead[index]!;
    if (occurrence.state === 'cancelled') {
      const run = noMeetingRun(ahead, index, words);
      if (!seen.has(run.text)) dates.push({ key: occurrence.key, text: run.text, kind: 'no-meeting' });
      seen.add(run.text);
      index = run.last;
      continue;
    }
    const schedule = seriesById.get(occurrence.scheduleId);
    const parts = [weekdayAndDate(occurrence.date, language)];
    if (showTime || (schedule && occurrence.startTime !== schedule.startTime)) {
      parts.push(timeRange(occurrence.startTime, occurrence.durationMinutes, language));
    }
    const elsewhere = occurrence.venueId !== null ? venues.get(occurrence.venueId) : undefined;
    if (primary && occurrence.venueId !== primary.venueId) {
      parts.push(elsewhere && seriesVenues.has(occurrence.venueId) ? elsewhere.name : words.otherPlace);
    } else if (primary && occurrence.room !== primary.room && occurrence.room !== '') parts.push(occurrence.room);
    // Spanish weekdays are lower case mid-sentence; a list line starts with a capital.
    let text = capitalise(parts.join(', '));
    if (occurrence.date !== occurrence.originalDate) text += ` (${words.movedFrom(occurrence.originalDate)})`;
    dates.push({ key: occurrence.key, text, kind: occurrence.moved ? 'moved' : 'meeting' });
    meetings += 1;
  }
  return dates;
}

/**
 * The line for the cancelled date at `index` and the dates after it that its closure also covers (another
 * closure, a holiday inside a long one, may be the one named on such a date): "No meetings from … to …",
 * so a long closure or a pause does not fill the page and the meetings after it still fit. `last` is the
 * index of the run's last date.
 */
function noMeetingRun(ahead: readonly Occurrence[], index: number, words: FlyerWords): { text: string; last: number } {
  const first = ahead[index]!;
  const closure = first.closure;
  let last = index;
  while (closure !== null && ahead[last + 1]?.state === 'cancelled' && closureHits(closure, ahead[last + 1]!)) {
    last += 1;
  }
  const reachesEnd = last === ahead.length - 1;
  const lastDate = ahead[last]!.date;
  const when =
    last === index
      ? words.noMeeting(first.date)
      : closure !== null && isPause(closure) && reachesEnd
        ? words.noMeetingsFrom(first.date)
        : // A run that reaches the end of the dates looked at ends on the closure's own last day.
          words.noMeetingsBetween(
            first.date,
            reachesEnd && closure && closure.endDate > lastDate ? closure.endDate : lastDate,
          );
  // Only a closure's reason is public (a holiday, the library closed); a cancelled meeting's own reason
  // may say something about the people in it, so it stays off the flyer.
  const reason = closure?.reason.trim() ?? '';
  return { text: when + (reason !== '' && reason.length <= SHORT_REASON ? ` (${reason})` : ''), last };
}
