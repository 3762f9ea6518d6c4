// Volunteer facilitators: named reads and writes. Components never write to the table directly.
import type { Facilitator, Group, NewRecord, PipelineStatus } from '@shared/model';
import {
  applyMove,
  canBeAssigned,
  PipelineError,
  refuseFutureDate,
  refusalOf,
  USUALLY_WAITING_ON,
  withNote,
  type Move,
} from '../domain/pipeline';
import { hoursByMonth, minutesByFacilitatorAndMonth, type MonthHours } from '../domain/hours';
import { compareText } from '../domain/compareText';
import { todayIso } from '../domain/dates';
import { db } from './database';
import { entityStore, isLive, NotFoundError, updateRecord } from './records';

const store = entityStore('facilitators');
export const { create: createFacilitator, update: updateFacilitator, get: getFacilitator } = store;

export { PipelineError };

/** What the coordinator types about a person; the pipeline fields are only changed by moves. */
export type FacilitatorDetails = Pick<
  Facilitator,
  'name' | 'phone' | 'email' | 'affiliateId' | 'languages' | 'notes' | 'waitingOn'
>;

/** A new applicant, at "Applied" from the given date. */
export async function addApplicant(
  details: Omit<FacilitatorDetails, 'waitingOn'> & { appliedOn: string; waitingOn?: string },
) {
  const { appliedOn, waitingOn, ...rest } = details;
  refuseFutureDate(appliedOn, todayIso(), 'An application');
  const fields: NewRecord<Facilitator> = {
    ...rest,
    status: 'applied',
    history: [{ status: 'applied', on: appliedOn, note: 'Applied' }],
    waitingOn: (waitingOn ?? USUALLY_WAITING_ON.applied).trim(),
    trainedOn: null,
    certifiedOn: null,
  };
  return createFacilitator(fields);
}

export const saveFacilitatorDetails = (id: string, details: FacilitatorDetails) => updateFacilitator(id, details);

async function liveFacilitator(id: string): Promise<Facilitator> {
  const person = await db.facilitators.get(id);
  if (!isLive(person)) throw new NotFoundError('That facilitator');
  return person;
}

async function liveGroup(id: string): Promise<Group> {
  const group = await db.groups.get(id);
  if (!isLive(group)) throw new NotFoundError('That group');
  return group;
}

// The device record lives in `local`; it is in every transaction so stamping a change never leaves it.
const scope = () => [db.facilitators, db.groups, db.local];

/**
 * Moves a person along the pipeline by hand; refuses moves the transition table does not allow.
 * Someone declined no longer facilitates: they come off their groups, each noted in their history.
 * Someone inactive (on a break) stays on their groups, but is not counted or ticked as present.
 */
export async function moveFacilitator(id: string, move: Omit<Move, 'via'>): Promise<Facilitator> {
  return db.transaction('rw', scope(), async () => {
    const person = await liveFacilitator(id);
    const changes = applyMove(person, { ...move, via: 'manual' });
    if (move.to === 'declined') {
      for (const group of await groupsOf(id)) {
        await updateRecord('groups', group.id, {
          facilitatorIds: group.facilitatorIds.filter((other) => other !== id),
        });
        changes.history.push({ status: 'declined', on: move.on, note: `Removed from ${group.name}` });
      }
    }
    return updateRecord('facilitators', id, changes);
  });
}

/** Assigns a certified or active person to a group; a certified person becomes active. */
export async function assignToGroup(facilitatorId: string, groupId: string, on: string): Promise<Facilitator> {
  return db.transaction('rw', scope(), async () => {
    const person = await liveFacilitator(facilitatorId);
    const group = await liveGroup(groupId);
    if (!canBeAssigned(person)) throw new PipelineError(refusalOf(person, 'active', 'assignment') ?? '');
    if (group.facilitatorIds.includes(facilitatorId)) {
      throw new PipelineError(`${person.name} already facilitates ${group.name}.`);
    }
    await updateRecord('groups', groupId, { facilitatorIds: [...group.facilitatorIds, facilitatorId] });
    const note = `Assigned to ${group.name}`;
    const changes =
      person.status === 'certified'
        ? applyMove(person, { to: 'active', on, note, via: 'assignment', waitingOn: '' })
        : withNote(person, on, note);
    return updateRecord('facilitators', facilitatorId, changes);
  });
}

/** Takes a person off a group. They keep their step: the coordinator decides when someone is inactive. */
export async function unassignFromGroup(facilitatorId: string, groupId: string, on: string): Promise<Facilitator> {
  return db.transaction('rw', scope(), async () => {
    const person = await liveFacilitator(facilitatorId);
    const group = await liveGroup(groupId);
    if (!group.facilitatorIds.includes(facilitatorId)) return person;
    await updateRecord('groups', groupId, {
      facilitatorIds: group.facilitatorIds.filter((id) => id !== facilitatorId),
    });
    return updateRecord('facilitators', facilitatorId, withNote(person, on, `Removed from ${group.name}`));
  });
}

/**
 * Deletes a person (a tombstone) and takes them off every group and every training not yet completed,
 * in one transaction. Completed trainings keep them: who was trained there is history.
 */
export async function deleteFacilitator(id: string): Promise<void> {
  await db.transaction('rw', [...scope(), db.trainings], async () => {
    for (const group of await groupsOf(id)) {
      await updateRecord('groups', group.id, { facilitatorIds: group.facilitatorIds.filter((other) => other !== id) });
    }
    // Trainings are few (a handful a year), so they are read whole.
    const open = await db.trainings
      .filter((training) => isLive(training) && training.completedOn === null && training.traineeIds.includes(id))
      .toArray();
    for (const training of open) {
      await updateRecord('trainings', training.id, {
        traineeIds: training.traineeIds.filter((other) => other !== id),
        attendedIds: training.attendedIds.filter((other) => other !== id),
      });
    }
    await store.remove(id);
  });
}

/** The groups a person facilitates. Groups are few (a state has ~150), so they are read whole. */
export async function groupsOf(facilitatorId: string): Promise<Group[]> {
  const groups = await db.groups
    .filter((group) => group.deletedAt === null && group.facilitatorIds.includes(facilitatorId))
    .toArray();
  return groups.sort((a, b) => compareText(a.name, b.name));
}

/** A group's facilitators, in the order they were assigned. */
export async function facilitatorsOf(group: Pick<Group, 'facilitatorIds'>): Promise<Facilitator[]> {
  const people = await db.facilitators.bulkGet(group.facilitatorIds);
  return people.filter(isLive);
}

/** Everyone at one step, by the status index, sorted by name. */
export async function facilitatorsAt(statuses: readonly PipelineStatus[]): Promise<Facilitator[]> {
  // One index range per step, side by side: Dexie reads `anyOf` with a cursor, one round trip per
  // person (at state scale ~300 of them, the last of Home's sections to arrive at start).
  const byStep = await Promise.all(
    [...new Set(statuses)].map((status) => db.facilitators.where('status').equals(status).toArray()),
  );
  return byStep
    .flat()
    .filter(isLive)
    .sort((a, b) => compareText(a.name, b.name));
}

/** Minutes per schedule, for the meetings' lengths. */
async function lengthsOf(scheduleIds: Iterable<string>): Promise<Map<string, number>> {
  const ids = [...new Set(scheduleIds)];
  const schedules = await db.schedules.bulkGet(ids);
  return new Map(schedules.flatMap((schedule) => (schedule ? [[schedule.id, schedule.durationMinutes]] : [])));
}

/** One person's volunteer hours per month, from the meetings held with them present (by index). */
export async function volunteerHours(facilitatorId: string): Promise<MonthHours[]> {
  const meetings = await db.meetings.where('facilitatorsPresent').equals(facilitatorId).toArray();
  const lengths = await lengthsOf(meetings.map((meeting) => meeting.scheduleId));
  return hoursByMonth(facilitatorId, meetings, lengths);
}

/** For reports: every facilitator's minutes per month for meetings dated from `from` to `to` (inclusive). */
export async function volunteerMinutesBetween(from: string, to: string): Promise<Map<string, Map<string, number>>> {
  const meetings = await db.meetings.where('date').between(from, to, true, true).toArray();
  const lengths = await lengthsOf(meetings.map((meeting) => meeting.scheduleId));
  return minutesByFacilitatorAndMonth(meetings, lengths);
}
