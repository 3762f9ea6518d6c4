// Editing a recurring series: "all meetings" changes it in place; "this and later" ends it the day
// before and starts a new series, so earlier meetings keep the time and place they really had.
import type { NewRecord, Schedule } from '@shared/model';
import { plusDays } from './dates';
import { expandRule } from './recurrence';

export type SeriesChanges = Partial<
  Pick<
    Schedule,
    'rule' | 'weekday' | 'nth' | 'startTime' | 'durationMinutes' | 'timeZone' | 'venueId' | 'room' | 'endsOn'
  >
>;

/** The changes with absent keys dropped, so spreading them never writes `undefined`. */
export function definedChanges(changes: SeriesChanges): SeriesChanges {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as SeriesChanges;
}

/** The series fields a new schedule takes from an old one plus changes (monthly keeps an nth, others none). */
export function seriesFields(schedule: Schedule, changes: SeriesChanges): NewRecord<Schedule> {
  const merged: NewRecord<Schedule> = {
    groupId: schedule.groupId,
    rule: schedule.rule,
    weekday: schedule.weekday,
    nth: schedule.nth,
    startTime: schedule.startTime,
    durationMinutes: schedule.durationMinutes,
    timeZone: schedule.timeZone,
    venueId: schedule.venueId,
    room: schedule.room,
    startsOn: schedule.startsOn,
    endsOn: schedule.endsOn,
    ...definedChanges(changes),
  };
  if (merged.rule !== 'monthly') merged.nth = null;
  else if (merged.nth === null) merged.nth = 1;
  return merged;
}

export function planThisAndLater(
  schedule: Schedule,
  fromDate: string,
  changes: SeriesChanges,
): { endOld: { endsOn: string }; next: NewRecord<Schedule> } {
  const next = seriesFields(schedule, changes);
  next.startsOn = fromDate;
  // An every-other-week series keeps its rhythm: the new one starts in the week of the old series' next
  // meeting (on the new weekday when that changes), not in the week between, which would meet twice in
  // eight days and then on the wrong weeks. A new day before the chosen date moves on two weeks.
  // (For a series that starts after the date, its first meeting is the next one.)
  if (next.rule === 'biweekly' && schedule.rule === 'biweekly') {
    const searchFrom = schedule.startsOn > fromDate ? schedule.startsOn : fromDate;
    const [upcoming] = expandRule(schedule, searchFrom, plusDays(searchFrom, 13));
    if (upcoming) {
      const sameWeek = plusDays(upcoming, next.weekday - schedule.weekday);
      next.startsOn = sameWeek < fromDate ? plusDays(sameWeek, 14) : sameWeek;
    }
    // A part of a series that ends before its first meeting in the new rhythm keeps no meetings: it
    // starts on its last day (a series may not end before it starts) rather than on a wrong week.
    if (next.endsOn !== null && next.startsOn > next.endsOn) next.startsOn = next.endsOn;
  }
  return { endOld: { endsOn: plusDays(fromDate, -1) }, next };
}
