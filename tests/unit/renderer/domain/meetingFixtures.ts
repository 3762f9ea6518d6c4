// Plain records for domain tests of schedules, meetings and closures.
import type { Closure, Meeting, Schedule } from '@shared/model';

const base = (id: string) => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
  changedBy: 'test',
});

export function schedule(fields: Partial<Schedule> = {}): Schedule {
  return {
    ...base(fields.id ?? 's1'),
    groupId: 'g1',
    rule: 'weekly',
    weekday: 2,
    nth: null,
    startTime: '18:30',
    durationMinutes: 90,
    timeZone: 'America/Chicago',
    venueId: 'v1',
    room: 'Room A',
    startsOn: '2026-01-06',
    endsOn: null,
    ...fields,
  };
}

export function meeting(fields: Partial<Meeting> & Pick<Meeting, 'originalDate'>): Meeting {
  return {
    ...base(fields.id ?? `m-${fields.scheduleId ?? 's1'}-${fields.originalDate}`),
    scheduleId: 's1',
    groupId: 'g1',
    date: fields.originalDate,
    startTime: null,
    venueId: null,
    room: null,
    outcome: null,
    attendance: null,
    firstTime: null,
    facilitatorsPresent: [],
    cancelReason: '',
    notes: '',
    ...fields,
  };
}

export function closure(fields: Partial<Closure> & Pick<Closure, 'startDate'>): Closure {
  return {
    ...base(fields.id ?? `c-${fields.startDate}`),
    endDate: fields.startDate,
    scope: 'all',
    venueId: null,
    groupId: null,
    reason: 'Holiday',
    ...fields,
  };
}
