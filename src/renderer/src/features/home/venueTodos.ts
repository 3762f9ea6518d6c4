// Home: series with no booking, bookings still only requested close to their first meeting, and
// agreements about to end. The three sections share one read per Home load: schedules and groups are
// small tables (hundreds of rows); of the bookings (about 1,400 at state scale, mostly past single dates)
// only the series bookings and the single dates still to come; of the venues only those the sections
// name (a handful: the whole table is ~220 KB at state scale, read in the same queue as Home's other
// sections at a cold start).
import type { Booking, Group, Schedule, Venue } from '@shared/model';
import { db } from '../../db/database';
import { isLive } from '../../db/records';
import { allRows } from '../../db/sharedReads';
import { bookingsThatMayNeedAttention } from '../../db/bookingReads';
import {
  agreementsEnding,
  awaitingConfirmation,
  seriesWithoutBooking,
  type AgreementEnding,
  type AwaitingConfirmation,
} from '../../domain/bookingsAttention';
import { describeSeries, shortDate } from '../../domain/wording';
import type { TodoSection, TodoSectionsProvider } from './todos';

interface Tables {
  schedules: Schedule[];
  bookings: Booking[];
  groups: Map<string, Group>;
  schedulesById: Map<string, Schedule>;
}

async function read(today: string): Promise<Tables> {
  // Whole reads of the small tables (one getAll each) filtered here: Dexie's .filter() walks a cursor, a
  // record per round trip. Of the bookings, only those that can still need the coordinator.
  const live = <T extends { deletedAt: string | null }>(rows: T[]): T[] => rows.filter(isLive);
  const [schedules, bookings, groups] = await Promise.all([
    allRows(db.schedules).then(live),
    bookingsThatMayNeedAttention(today),
    allRows(db.groups).then(live),
  ]);
  // A deleted group's bookings go with it; a copy from before that may still hold them live.
  const liveGroups = new Map(groups.map((g) => [g.id, g]));
  return {
    schedules,
    bookings: bookings.filter((booking) => liveGroups.has(booking.groupId)),
    groups: liveGroups,
    schedulesById: new Map(schedules.map((s) => [s.id, s])),
  };
}

const inDays = (days: number): string =>
  days === 0 ? 'today' : days === 1 ? 'tomorrow' : days > 0 ? `in ${days} days` : 'already past';

const bookingLink = (booking: Booking) => `/venues/${booking.venueId}/bookings/${booking.id}`;

/** The live venues these ids name, by id: a deleted one is missing, as if never named. */
async function venuesNamed(ids: Iterable<string>): Promise<Map<string, Venue>> {
  const venues = await db.venues.bulkGet([...new Set(ids)]);
  return new Map(venues.filter(isLive).map((venue) => [venue.id, venue]));
}

function seriesToBook(t: Tables, unbooked: readonly Schedule[], venues: Map<string, Venue>): TodoSection {
  return {
    key: 'series-to-book',
    title: 'Meeting series with no booking',
    items: unbooked.flatMap((schedule) => {
      const group = t.groups.get(schedule.groupId);
      if (!group) return [];
      const venue = schedule.venueId === null ? undefined : venues.get(schedule.venueId);
      const when = describeSeries(schedule);
      if (!venue) {
        return [
          {
            key: schedule.id,
            text: `${group.name} (${when}) has no venue yet.`,
            action: 'Open group',
            actionLabel: `Open ${group.name}`,
            to: `/groups/${group.id}`,
          },
        ];
      }
      return [
        {
          key: schedule.id,
          text: `${group.name} (${when}) meets at ${venue.name} with no booking there.`,
          action: 'Book the room',
          actionLabel: `Book the room at ${venue.name} for ${group.name}`,
          to: `/venues/${venue.id}/bookings/new?group=${group.id}&series=${schedule.id}`,
        },
      ];
    }),
  };
}

function bookingsToConfirm(
  t: Tables,
  toConfirm: readonly AwaitingConfirmation[],
  venues: Map<string, Venue>,
): TodoSection {
  return {
    key: 'bookings-to-confirm',
    title: 'Bookings to confirm',
    items: toConfirm.map(({ booking, firstMeeting, daysUntil }) => {
      const group = t.groups.get(booking.groupId)?.name ?? 'A group';
      const venue = venues.get(booking.venueId)?.name ?? 'the venue';
      const first =
        daysUntil >= 0
          ? `first meeting ${shortDate(firstMeeting)} (${inDays(daysUntil)})`
          : `meetings began ${shortDate(firstMeeting)}`;
      return {
        key: booking.id,
        text: `${venue} has not yet confirmed ${group}'s booking: ${first}.`,
        action: 'Open booking',
        actionLabel: `Open booking at ${venue} for ${group}`,
        to: bookingLink(booking),
      };
    }),
  };
}

function agreementsToRenew(t: Tables, ending: readonly AgreementEnding[], venues: Map<string, Venue>): TodoSection {
  return {
    key: 'agreements-ending',
    title: 'Agreements ending',
    items: ending.map(({ booking, endsOn, daysLeft }) => {
      const group = t.groups.get(booking.groupId)?.name ?? 'a group';
      const venue = venues.get(booking.venueId)?.name ?? 'the venue';
      const when = daysLeft >= 0 ? `ends ${shortDate(endsOn)} (${inDays(daysLeft)})` : `ended ${shortDate(endsOn)}`;
      return {
        key: booking.id,
        text: `The agreement with ${venue} for ${group} ${when}.`,
        action: 'Open booking',
        actionLabel: `Open booking at ${venue} for ${group}`,
        to: bookingLink(booking),
      };
    }),
  };
}

/** Home's venue sections, most urgent first, from one read of the tables they share. */
export const venueTodos: TodoSectionsProvider = async (today) => {
  const t = await read(today);
  const found = {
    unbooked: seriesWithoutBooking(t.schedules, t.bookings, t.groups, today),
    toConfirm: awaitingConfirmation(t.bookings, t.schedulesById, today),
    ending: agreementsEnding(t.bookings, t.schedulesById, today),
  };
  const venues = await venuesNamed([
    ...found.unbooked.flatMap((schedule) => (schedule.venueId === null ? [] : [schedule.venueId])),
    ...found.toConfirm.map(({ booking }) => booking.venueId),
    ...found.ending.map(({ booking }) => booking.venueId),
  ]);
  return [
    bookingsToConfirm(t, found.toConfirm, venues),
    agreementsToRenew(t, found.ending, venues),
    seriesToBook(t, found.unbooked, venues),
  ];
};
