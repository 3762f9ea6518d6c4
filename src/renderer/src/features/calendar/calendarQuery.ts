// What a calendar address asks for (?view=week&date=2026-12-01&group=…&affiliate=…), and the shared
// query that reads its meetings: one name for the screen and for the read started ahead of it.
import { occurrencesBetween } from '../../db/meetings';
import { warmQuery } from '../../db/sharedQuery';
import { todayIso } from '../../domain/dates';
import { viewRange, type CalendarView } from './calendarRange';

export const VIEWS: { value: CalendarView; label: string }[] = [
  { value: 'month', label: 'Month' },
  { value: 'week', label: 'Week' },
  { value: 'agenda', label: 'Agenda' },
];

export interface CalendarChoice {
  view: CalendarView;
  /** a day in the view */
  anchor: string;
  /** '' for every group */
  group: string;
  /** '' for every affiliate */
  affiliate: string;
}

export function calendarChoice(params: URLSearchParams): CalendarChoice {
  const date = params.get('date') ?? '';
  return {
    view: VIEWS.find((v) => v.value === params.get('view'))?.value ?? 'month',
    anchor: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : todayIso(),
    group: params.get('group') ?? '',
    affiliate: params.get('affiliate') ?? '',
  };
}

/** The query's name and read for a range of days over some groups (undefined: every group). */
export function calendarQuery(from: string, to: string, groupIds: string[] | undefined) {
  return {
    key: `calendar:${from}:${to}:${groupIds?.join(',') ?? 'all'}`,
    read: () => occurrencesBetween(from, to, { groupIds, today: todayIso() }),
  };
}

/**
 * Starts the calendar's read from its address, as the navigation to it begins (see screens.ts). An
 * affiliate's groups are known only from the names, so that view starts its read when it renders.
 */
export function readCalendarAhead(address: URL): void {
  const choice = calendarChoice(address.searchParams);
  if (choice.affiliate !== '' && choice.group === '') return;
  const { from, to } = viewRange(choice.view, choice.anchor);
  const { key, read } = calendarQuery(from, to, choice.group ? [choice.group] : undefined);
  void warmQuery(key, read);
}
