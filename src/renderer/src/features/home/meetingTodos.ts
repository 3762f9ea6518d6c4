// Home: this week's meetings, and past meetings not yet recorded.
import { occurrencesAndGroupsBetween } from '../../db/meetingReads';
import { plusDays } from '../../domain/dates';
import { clockTime, shortDate } from '../../domain/wording';
import { meetingPath } from '../meetings/MeetingState';
import type { BriefOccurrence } from '../../db/meetings';
import { capItems, type TodoSection, type TodoSectionsProvider } from './todos';

/** How many meetings each Home section lists before summing up the rest. */
export const HOME_MEETING_LIMIT = 12;

/** How far back Home looks for meetings nobody recorded. */
export const RECORD_LOOKBACK_DAYS = 60;

/** Home's two meeting sections from one read: the lookback and this week are one range of dates. */
export const meetingSections: TodoSectionsProvider = async (today) => {
  const { occurrences, groups } = await occurrencesAndGroupsBetween(
    plusDays(today, -RECORD_LOOKBACK_DAYS),
    plusDays(today, 6),
    { today },
  );
  const names = new Map(groups.map((group) => [group.id, group.name]));
  return [
    meetingsToRecord(
      occurrences.filter((occurrence) => occurrence.date < today),
      names,
      today,
    ),
    meetingsThisWeek(
      occurrences.filter((occurrence) => occurrence.date >= today),
      names,
      today,
    ),
  ];
};

function meetingsThisWeek(occurrences: BriefOccurrence[], names: Map<string, string>, today: string): TodoSection {
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
}

function meetingsToRecord(occurrences: BriefOccurrence[], names: Map<string, string>, today: string): TodoSection {
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
}
