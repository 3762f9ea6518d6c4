// One meeting, by its series and original date, with what's needed to show and record it.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { closuresOverlapping } from '../../db/closureOps';
import { occurrencesInRange, type Occurrence } from '../../domain/occurrences';
import { maxDate, minDate, todayIso } from '../../domain/dates';
import type { Facilitator, Group, Meeting, Schedule } from '@shared/model';

export interface OccurrenceBundle {
  occurrence: Occurrence<Meeting> | null;
  schedule: Schedule;
  group: Group;
  facilitators: Facilitator[];
}

export function useOccurrence(scheduleId: string, originalDate: string): OccurrenceBundle | null | undefined {
  return useLiveQuery(async () => {
    const schedule = await db.schedules.get(scheduleId);
    if (!schedule) return null;
    const group = await db.groups.get(schedule.groupId);
    if (!group || group.deletedAt) return null;
    const record = await db.meetings.where('[scheduleId+originalDate]').equals([scheduleId, originalDate]).first();
    const meetings = record && !record.deletedAt ? [record] : [];
    const from = record ? minDate(originalDate, record.date) : originalDate;
    const to = record ? maxDate(originalDate, record.date) : originalDate;
    const closures = await closuresOverlapping(from, to);
    const occurrence =
      occurrencesInRange({ schedules: [schedule], meetings, closures, from, to, today: todayIso() }).find(
        (candidate) => candidate.originalDate === originalDate,
      ) ?? null;
    const facilitators = (await db.facilitators.bulkGet(group.facilitatorIds)).filter(
      (person): person is Facilitator => person !== undefined && !person.deletedAt,
    );
    return { occurrence, schedule, group, facilitators };
  }, [scheduleId, originalDate]);
}
