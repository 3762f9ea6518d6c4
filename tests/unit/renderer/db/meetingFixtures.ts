// A group with a series in a fresh test database, for the meeting and series db tests.
import type { NewRecord, Schedule } from '@shared/model';
import { createGroup } from '../../../../src/renderer/src/db/groups';
import { createSchedule } from '../../../../src/renderer/src/db/seriesOps';
import { db } from '../../../../src/renderer/src/db/database';
import {
  digestsFromMeetings,
  statsFromMeetings,
  statsOfDigests,
} from '../../../../src/renderer/src/domain/monthlyStats';

export async function makeGroup(name = 'Riverside Tuesday Connection'): Promise<string> {
  const group = await createGroup({
    name,
    program: 'connection',
    affiliateId: null,
    language: 'English',
    format: 'in-person',
    status: 'active',
    facilitatorIds: [],
    contactPhone: '',
    contactEmail: '',
    flyerText: '',
    accessibilityNotes: '',
    joinInfo: '',
    notes: '',
  });
  return group.id;
}

export function seriesFields(groupId: string, fields: Partial<NewRecord<Schedule>> = {}): NewRecord<Schedule> {
  return {
    groupId,
    rule: 'weekly',
    weekday: 2,
    nth: null,
    startTime: '18:30',
    durationMinutes: 90,
    timeZone: 'America/Chicago',
    venueId: 'library',
    room: 'Room A',
    startsOn: '2026-01-06',
    endsOn: null,
    ...fields,
  };
}

export async function makeSeries(fields: Partial<NewRecord<Schedule>> = {}): Promise<Schedule> {
  return createSchedule(seriesFields(fields.groupId ?? (await makeGroup()), fields));
}

/** The stored aggregate and a recount from every record: the two must always be equal. */
export async function storedAndRecounted() {
  const schedules = new Map((await db.schedules.toArray()).map((s) => [s.id, s.durationMinutes]));
  const meetings = await db.meetings.toArray();
  const recount = statsFromMeetings(meetings, (id) => schedules.get(id) ?? 90);
  const storedDigests = { stats: await db.monthlyStats.toArray(), records: await db.monthRecords.toArray() };
  const stored = statsOfDigests(storedDigests.stats);
  // The month rows' records in brief, against the same rows made afresh from every record.
  const recountDigests = digestsFromMeetings(meetings, (id) => schedules.get(id) ?? 90);
  return { stored, recount, storedDigests, recountDigests };
}
