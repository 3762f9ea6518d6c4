// Home: this week's meetings, and past meetings not yet recorded.
import { occurrencesBetween } from '../../db/meetings';
import { db } from '../../db/database';
import { plusDays } from '../../domain/dates';
import { clockTime, shortDate } from '../../domain/wording';
import { meetingPath } from '../meetings/MeetingState';
import { capItems, type TodoProvider } from './todos';

/** How many meetings each Home section lists before summing up the rest. */
export const HOME_MEETING_LIMIT = 12;

/** How far back Home looks for meetings nobody recorded. */
export const RECORD_LOOKBACK_DAYS = 60;

async function groupNames(): Promise<Map<string, string>> {
  return new Map((await db.groups.toArray()).map((group) => [group.id, group.name]));
}

export const meetingsThisWeek: TodoProvider = async (today) => {
  const [occurrences, names] = await Promise.all([
    occurrencesBetween(today, plusDays(today, 6), { today }),
    groupNames(),
  ]);
  return {
    key: 'this-week',
    title: "This week's meetings",
    items: capItems(
      occurrences.map((occurrence) => {
        const group = names.get(occurrence.groupId) ?? 'A group';
        const when = `${shortDate(occurrence.date)}, ${clockTime(occurrence.startTime)}`;
        return {
          key: occurrence.key,
          text: `${when}: ${group}${occurrence.state === 'cancelled' ? ` (cancelled${occurrence.cancelReason ? `: ${occurrence.cancelReason}` : ''})` : ''}`,
          action: 'Open',
          actionLabel: `Open ${group} on ${shortDate(occurrence.date)}`,
          to: meetingPath(occurrence),
        };
      }),
      HOME_MEETING_LIMIT,
      (count) => ({
        key: 'more',
        text: `and ${count} more meetings this week`,
        action: 'Open the calendar',
        actionLabel: 'Open the calendar: this week',
        to: `/calendar?view=agenda&date=${today}`,
      }),
    ),
  };
};

export const meetingsToRecord: TodoProvider = async (today) => {
  const [occurrences, names] = await Promise.all([
    occurrencesBetween(plusDays(today, -RECORD_LOOKBACK_DAYS), plusDays(today, -1), { today }),
    groupNames(),
  ]);
  return {
    key: 'to-record',
    title: 'Meetings to record',
    items: capItems(
      occurrences
        .filter((occurrence) => occurrence.state === 'unrecorded')
        .map((occurrence) => {
          const group = names.get(occurrence.groupId) ?? 'A group';
          return {
            key: occurrence.key,
            text: `${shortDate(occurrence.date)}, ${clockTime(occurrence.startTime)}: ${group}`,
            action: 'Record',
            actionLabel: `Record ${group} on ${shortDate(occurrence.date)}`,
            to: meetingPath(occurrence),
          };
        }),
      HOME_MEETING_LIMIT,
      (count) => ({
        key: 'more',
        text: `and ${count} more meetings to record`,
        action: 'Open the agenda',
        actionLabel: 'Open the agenda: meetings to record',
        to: `/calendar?view=agenda&date=${plusDays(today, -RECORD_LOOKBACK_DAYS)}`,
      }),
    ),
  };
};
