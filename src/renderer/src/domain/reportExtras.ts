// What a monthly summary says beside its table: the facilitator pipeline's changes in the range, and
// the groups that need the coordinator now (short of facilitators, bookings not confirmed, meetings
// not recorded).
import type { Booking, Facilitator, Group, Schedule } from '@shared/model';
import { nextMeetingOf } from './bookingsAttention';
import { groupsShortOfFacilitators } from './facilitatorCoverage';
import type { Occurrence } from './occurrences';
import { compareText } from './compareText';

export interface PipelineChanges {
  /** people whose history has an "applied" step dated in the range */
  newApplicants: number;
  /** people whose history has a "certified" step dated in the range */
  newlyCertified: number;
}

export function pipelineChanges(
  people: readonly Pick<Facilitator, 'history' | 'deletedAt'>[],
  fromDate: string,
  toDate: string,
): PipelineChanges {
  const reached = (person: Pick<Facilitator, 'history'>, status: Facilitator['status']): boolean =>
    person.history.some((entry) => entry.status === status && entry.on >= fromDate && entry.on <= toDate);
  const live = people.filter((person) => person.deletedAt === null);
  return {
    newApplicants: live.filter((person) => reached(person, 'applied')).length,
    newlyCertified: live.filter((person) => reached(person, 'certified')).length,
  };
}

export interface ShortOfFacilitators {
  group: Pick<Group, 'id' | 'name'>;
  activeCount: number;
}

export interface UnconfirmedBooking {
  booking: Booking;
  group: Pick<Group, 'id' | 'name'>;
  /** the next meeting the booking covers */
  next: string;
}

export interface UnrecordedGroup {
  group: Pick<Group, 'id' | 'name'>;
  /** the meetings not recorded, oldest first */
  meetings: Pick<Occurrence, 'key' | 'scheduleId' | 'originalDate' | 'date' | 'startTime'>[];
}

export interface Attention {
  shortOfFacilitators: ShortOfFacilitators[];
  unconfirmedBookings: UnconfirmedBooking[];
  unrecorded: UnrecordedGroup[];
}

export const attentionCount = (attention: Attention): number =>
  attention.shortOfFacilitators.length + attention.unconfirmedBookings.length + attention.unrecorded.length;

const byName = (a: { group: { name: string } }, b: { group: { name: string } }) =>
  compareText(a.group.name, b.group.name);

export function attentionFor(input: {
  /** the live groups in scope */
  groups: readonly Group[];
  facilitators: readonly Pick<Facilitator, 'id' | 'status'>[];
  bookings: readonly Booking[];
  schedules: ReadonlyMap<string, Schedule>;
  /** the report's occurrences: those still unrecorded are listed */
  occurrences: readonly Occurrence[];
  today: string;
}): Attention {
  const groups = new Map(input.groups.map((group) => [group.id, group]));
  const shortOfFacilitators = groupsShortOfFacilitators(input.groups, input.facilitators)
    .map(({ group, activeCount }) => ({ group, activeCount }))
    .sort(byName);

  const unconfirmedBookings: UnconfirmedBooking[] = [];
  for (const booking of input.bookings) {
    const group = groups.get(booking.groupId);
    if (!group || booking.deletedAt !== null || booking.status !== 'requested') continue;
    const schedule = booking.scheduleId === null ? undefined : input.schedules.get(booking.scheduleId);
    // A request whose meetings are all past needs no confirming any more.
    const next = nextMeetingOf(booking, schedule, input.today);
    if (next !== null) unconfirmedBookings.push({ booking, group, next });
  }
  unconfirmedBookings.sort((a, b) => a.next.localeCompare(b.next) || byName(a, b));

  const unrecordedBy = new Map<string, UnrecordedGroup>();
  for (const occurrence of input.occurrences) {
    const group = groups.get(occurrence.groupId);
    if (!group || occurrence.state !== 'unrecorded') continue;
    const entry = unrecordedBy.get(group.id) ?? { group, meetings: [] };
    entry.meetings.push(occurrence);
    unrecordedBy.set(group.id, entry);
  }
  const unrecorded = [...unrecordedBy.values()].sort(byName);
  for (const entry of unrecorded) entry.meetings.sort((a, b) => a.date.localeCompare(b.date));

  return { shortOfFacilitators, unconfirmedBookings, unrecorded };
}
