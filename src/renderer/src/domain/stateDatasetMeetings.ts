// The state-scale dataset's meeting records, one series at a time so memory stays small: most past
// meetings held (counts and the facilitators present), some cancelled, some moved, the last two weeks
// partly unrecorded, and a few upcoming meetings already moved or called off. Closed days have no record.
import type { Closure, Meeting, Schedule, Venue } from '@shared/model';
import { daysBetween, minDate, plusDays } from './dates';
import { expandRule } from './recurrence';
import { baseOn, type DatasetContext } from './stateDatasetBase';
import type { GroupPlan } from './stateDatasetGroups';
import type { Stint } from './stateDatasetPeople';
import { CANCEL_REASONS, MEETING_NOTES } from './stateDatasetNames';
import { streamFor, type Random } from './stateDatasetRandom';

/** Every (scope, date) a closure covers, for a quick "is this meeting closed?" check. */
function closedDays(closures: Closure[]): Set<string> {
  const days = new Set<string>();
  for (const closure of closures) {
    const scope = closure.scope === 'all' ? 'all' : `${closure.scope}:${closure.venueId ?? closure.groupId}`;
    for (let day = closure.startDate; day <= closure.endDate; day = plusDays(day, 1)) days.add(`${scope}|${day}`);
  }
  return days;
}

export function* meetingRecords(
  context: DatasetContext,
  plans: GroupPlan[],
  stints: Map<string, Stint[]>,
  venues: Venue[],
  closures: Closure[],
): Generator<Meeting> {
  const random = streamFor(context.seed, 'meetings');
  const closed = closedDays(closures);
  const recentFrom = plusDays(context.today, -14);
  for (const plan of plans) {
    const seats = stints.get(plan.group.id) ?? [];
    // Each group has its usual size; attendance varies around it.
    const usual = random.int(3, 11);
    for (const schedule of plan.schedules) {
      const last = minDate(schedule.endsOn ?? context.horizon, context.horizon);
      for (const date of expandRule(schedule, schedule.startsOn, last)) {
        if (
          closed.has(`all|${date}`) ||
          closed.has(`group:${plan.group.id}|${date}`) ||
          (schedule.venueId !== null && closed.has(`venue:${schedule.venueId}|${date}`))
        ) {
          continue;
        }
        const meeting =
          date >= context.today
            ? upcoming(context, random, schedule, date, venues)
            : past(context, random, schedule, date, { seats, usual, venues, recent: date >= recentFrom });
        if (meeting) yield meeting;
      }
    }
  }
}

function blank(context: DatasetContext, random: Random, schedule: Schedule, date: string): Meeting {
  return {
    ...baseOn(context, random, minDate(date, context.today)),
    scheduleId: schedule.id,
    groupId: schedule.groupId,
    originalDate: date,
    date,
    startTime: null,
    venueId: null,
    room: null,
    outcome: null,
    attendance: null,
    firstTime: null,
    facilitatorsPresent: [],
    cancelReason: '',
    notes: '',
  };
}

/** Moved a day or three, sometimes to another time or place (a venue double-booked, a holiday week). */
function moved(random: Random, meeting: Meeting, schedule: Schedule, venues: Venue[]): Meeting {
  const shift = random.pick([-3, -2, -1, 1, 2, 3]);
  const elsewhere = schedule.venueId !== null && venues.length > 0 && random.chance(0.3) ? random.pick(venues) : null;
  return {
    ...meeting,
    date: plusDays(meeting.originalDate, shift),
    startTime: random.chance(0.3) ? random.pick(['17:00', '18:00', '19:00']) : schedule.startTime,
    venueId: elsewhere?.id ?? schedule.venueId,
    room: elsewhere ? random.pick(elsewhere.rooms) : schedule.room,
  };
}

function upcoming(
  context: DatasetContext,
  random: Random,
  schedule: Schedule,
  date: string,
  venues: Venue[],
): Meeting | null {
  const roll = random.next();
  if (roll < 0.01) {
    return {
      ...blank(context, random, schedule, date),
      outcome: 'cancelled',
      cancelReason: random.pick(CANCEL_REASONS),
    };
  }
  if (roll < 0.02 && daysBetween(context.today, date) > 3) {
    return moved(random, blank(context, random, schedule, date), schedule, venues);
  }
  return null;
}

interface PastPlan {
  seats: Stint[];
  usual: number;
  venues: Venue[];
  recent: boolean;
}

function past(context: DatasetContext, random: Random, schedule: Schedule, date: string, plan: PastPlan) {
  // The last two weeks are partly still to record; an older meeting is very rarely forgotten.
  if (random.chance(plan.recent ? 0.12 : 0.003)) return null;
  const base = blank(context, random, schedule, date);
  const roll = random.next();
  if (roll < 0.05) return { ...base, outcome: 'cancelled' as const, cancelReason: random.pick(CANCEL_REASONS) };
  const shifted = roll < 0.07 ? moved(random, base, schedule, plan.venues) : base;
  // A meeting already held cannot have been moved to a day still to come.
  const placed = shifted.date < context.today ? shifted : base;
  const attendance = Math.max(1, plan.usual + random.int(-3, 4));
  const there = plan.seats.filter((seat) => seat.from <= date && (seat.to === null || date <= seat.to));
  const presence = random.next();
  const present = presence < 0.85 ? there : presence < 0.98 ? there.slice(0, 1) : [];
  return {
    ...placed,
    outcome: 'held' as const,
    attendance,
    firstTime: random.chance(0.65) ? 0 : random.int(1, Math.min(3, attendance)),
    facilitatorsPresent: present.map((seat) => seat.personId),
    notes: random.chance(0.03) ? random.pick(MEETING_NOTES) : '',
  };
}
