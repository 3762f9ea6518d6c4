// The state-scale dataset's closures (holidays, venues shut, groups' breaks) and venue bookings.
import type { Booking, Closure, Venue } from '@shared/model';
import { plusDays } from './dates';
import { usHolidays } from './holidays';
import { baseOn, dayBetween, type DatasetContext } from './stateDatasetBase';
import type { GroupPlan } from './stateDatasetGroups';
import { CLOSURE_HOLIDAYS } from './stateDatasetNames';
import { streamFor, type Random } from './stateDatasetRandom';

export function buildClosures(context: DatasetContext, plans: GroupPlan[], venues: Venue[]): Closure[] {
  const random = streamFor(context.seed, 'closures');
  const closures: Closure[] = [];
  const closure = (fields: Pick<Closure, 'startDate' | 'endDate' | 'scope' | 'venueId' | 'groupId' | 'reason'>) =>
    closures.push({ ...baseOn(context, random, plusDays(fields.startDate, -30)), ...fields });
  const firstYear = Number(context.start.slice(0, 4));
  const lastYear = Number(context.horizon.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year += 1) {
    for (const holiday of usHolidays(year)) {
      if (!(CLOSURE_HOLIDAYS as readonly string[]).includes(holiday.name)) continue;
      if (holiday.date < context.start || holiday.date > context.horizon) continue;
      closure({
        startDate: holiday.date,
        endDate: holiday.date,
        scope: 'all',
        venueId: null,
        groupId: null,
        reason: holiday.name,
      });
    }
  }
  const venueClosures = Math.round(venues.length / 8);
  for (let index = 0; index < venueClosures && venues.length > 0; index += 1) {
    const startDate = dayBetween(random, context.start, context.horizon);
    closure({
      startDate,
      endDate: plusDays(startDate, random.int(3, 20)),
      scope: 'venue',
      venueId: random.pick(venues).id,
      groupId: null,
      reason: random.pick(['Building closed for repairs', 'Library renovation', 'Flooring replaced', 'Venue event']),
    });
  }
  for (const plan of plans) {
    if (plan.group.status === 'paused') {
      closure({
        startDate: plusDays(context.today, -random.int(14, 60)),
        endDate: plusDays(context.today, random.int(30, 90)),
        scope: 'group',
        venueId: null,
        groupId: plan.group.id,
        reason: 'Taking a break while new facilitators are trained',
      });
    } else if (random.chance(0.25)) {
      const year = random.int(firstYear, Number(context.today.slice(0, 4)));
      const startDate = plusDays(`${year}-07-01`, random.int(0, 20));
      closure({
        startDate,
        endDate: plusDays(startDate, random.int(13, 27)),
        scope: 'group',
        venueId: null,
        groupId: plan.group.id,
        reason: 'Summer break',
      });
    }
  }
  return closures;
}

export function buildBookings(context: DatasetContext, plans: GroupPlan[], venues: Venue[]): Booking[] {
  const random = streamFor(context.seed, 'bookings');
  const bookings: Booking[] = [];
  const venueById = new Map(venues.map((venue) => [venue.id, venue]));
  for (const plan of plans) {
    for (const schedule of plan.schedules) {
      if (!schedule.venueId) continue;
      const ended = schedule.endsOn !== null && schedule.endsOn < context.today;
      const requested = !ended && random.chance(0.08);
      const asked = plusDays(schedule.startsOn, -random.int(20, 60));
      const history: Booking['statusHistory'] = [{ status: 'requested', on: asked }];
      if (!requested) history.push({ status: 'confirmed', on: plusDays(asked, random.int(2, 14)) });
      if (ended) history.push({ status: 'cancelled', on: schedule.endsOn ?? context.today });
      const status = history[history.length - 1]!.status;
      bookings.push({
        ...baseOn(context, random, asked),
        venueId: schedule.venueId,
        room: schedule.room,
        groupId: plan.group.id,
        scheduleId: schedule.id,
        date: null,
        startTime: null,
        durationMinutes: null,
        status,
        statusHistory: history,
        // Yearly agreements: a few end in the coming weeks, which Home and Venues point out.
        agreementEndsOn: status === 'confirmed' ? plusDays(context.today, random.int(5, 365)) : null,
        notes: '',
      });
    }
  }
  const withVenue = plans.filter((plan) => plan.schedules.some((schedule) => schedule.venueId));
  for (let index = 0; index < context.size.singleBookings && withVenue.length > 0; index += 1) {
    bookings.push(singleBooking(context, random, random.pick(withVenue), venueById));
  }
  return bookings;
}

/** A one-off booking: a training evening, a make-up meeting, an open house. */
function singleBooking(
  context: DatasetContext,
  random: Random,
  plan: GroupPlan,
  venueById: Map<string, Venue>,
): Booking {
  const schedule = plan.schedules.find((s) => s.venueId) ?? plan.schedules[0]!;
  const venue = venueById.get(schedule.venueId ?? '');
  const date = dayBetween(random, plan.opensOn, plusDays(context.today, 90));
  const asked = plusDays(date, -random.int(7, 45));
  const future = date >= context.today;
  const status = future
    ? random.weighted([
        ['requested', 30],
        ['confirmed', 60],
        ['declined', 5],
        ['cancelled', 5],
      ] as const)
    : random.weighted([
        ['confirmed', 80],
        ['declined', 10],
        ['cancelled', 10],
      ] as const);
  const history: Booking['statusHistory'] = [{ status: 'requested', on: asked }];
  if (status !== 'requested') history.push({ status, on: plusDays(asked, random.int(1, 6)) });
  return {
    ...baseOn(context, random, asked),
    venueId: venue?.id ?? schedule.venueId ?? '',
    room: venue ? random.pick(venue.rooms) : schedule.room,
    groupId: plan.group.id,
    scheduleId: null,
    date,
    startTime: schedule.startTime,
    durationMinutes: schedule.durationMinutes,
    status,
    statusHistory: history,
    agreementEndsOn: null,
    notes: random.chance(0.2) ? 'Make-up meeting after a closure.' : '',
  };
}
