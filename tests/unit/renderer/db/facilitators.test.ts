import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Group, Meeting, NewRecord, Schedule } from '@shared/model';
import { db } from '../../../../src/renderer/src/db/database';
import {
  addApplicant,
  assignToGroup,
  deleteFacilitator,
  facilitatorsAt,
  facilitatorsOf,
  getFacilitator,
  groupsOf,
  moveFacilitator,
  unassignFromGroup,
  volunteerHours,
  volunteerMinutesBetween,
} from '../../../../src/renderer/src/db/facilitators';
import { createGroup, getGroup } from '../../../../src/renderer/src/db/groups';
import { createRecord } from '../../../../src/renderer/src/db/records';
import { completeTraining, enrollTrainee, planTraining } from '../../../../src/renderer/src/db/trainings';
import { plusDays, todayIso } from '../../../../src/renderer/src/domain/dates';
import { resetDatabase } from './resetDb';
import { personAt } from '../features/facilitators/facilitatorFixtures';

beforeEach(resetDatabase);

const groupFields: NewRecord<Group> = {
  name: 'Downtown Tuesday Connection',
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
};

const applicant = (name: string) =>
  addApplicant({
    name,
    phone: '',
    email: '',
    affiliateId: null,
    languages: ['English'],
    notes: '',
    appliedOn: '2026-01-05',
  });

/** Takes a new applicant all the way to certified, through a real training. */
async function certifiedPerson(name: string) {
  const person = await applicant(name);
  await moveFacilitator(person.id, { to: 'screening', on: '2026-01-10', note: '' });
  await moveFacilitator(person.id, { to: 'approved', on: '2026-01-20', note: '' });
  const training = await planTraining({
    startDate: '2026-02-07',
    endDate: '2026-02-08',
    place: 'Library',
    trainer: 'Kim',
  });
  await enrollTrainee(training.id, person.id);
  await completeTraining(training.id, [person.id], '2026-02-08');
  return moveFacilitator(person.id, { to: 'certified', on: '2026-02-20', note: '' });
}

describe('the pipeline', () => {
  it('starts an applicant at Applied with a dated history entry', async () => {
    const person = await applicant('Dana Whitfield');
    expect(person).toMatchObject({ status: 'applied', waitingOn: 'A screening conversation', trainedOn: null });
    expect(person.history).toEqual([{ status: 'applied', on: '2026-01-05', note: 'Applied' }]);
  });

  it('keeps the history of every move, with training and certification dates', async () => {
    const person = await certifiedPerson('Dana Whitfield');
    expect(person.history.map((entry) => [entry.status, entry.on])).toEqual([
      ['applied', '2026-01-05'],
      ['screening', '2026-01-10'],
      ['approved', '2026-01-20'],
      ['trained', '2026-02-08'],
      ['certified', '2026-02-20'],
    ]);
    expect(person).toMatchObject({ trainedOn: '2026-02-08', certifiedOn: '2026-02-20', waitingOn: 'A group to join' });
  });

  it('refuses an application or a step dated after today, and changes nothing', async () => {
    await expect(
      addApplicant({
        name: 'Sol Reyes',
        phone: '',
        email: '',
        affiliateId: null,
        languages: [],
        notes: '',
        appliedOn: plusDays(todayIso(), 1),
      }),
    ).rejects.toThrow(/^An application can't be dated after today, /);
    expect(await db.facilitators.count()).toBe(0);
    const person = await applicant('Dana Whitfield');
    await expect(moveFacilitator(person.id, { to: 'screening', on: '2062-01-10', note: '' })).rejects.toThrow(
      /^A step can't be dated after today, /,
    );
    expect(await getFacilitator(person.id)).toEqual(person);
  });

  it('refuses a move the table does not allow and changes nothing', async () => {
    const person = await applicant('Dana Whitfield');
    await expect(moveFacilitator(person.id, { to: 'certified', on: '2026-01-06', note: '' })).rejects.toThrow(
      "Dana Whitfield can't move from Applied to Certified.",
    );
    expect(await getFacilitator(person.id)).toEqual(person);
  });
});

describe('assignment', () => {
  it('refuses people not yet certified and leaves the group as it was', async () => {
    const group = await createGroup(groupFields);
    const person = await applicant('Dana Whitfield');
    await moveFacilitator(person.id, { to: 'screening', on: '2026-01-10', note: '' });
    await expect(assignToGroup(person.id, group.id, '2026-01-11')).rejects.toThrow(
      "Dana Whitfield can't be assigned to a group yet: only certified or active facilitators can. They are at Screening.",
    );
    expect((await getGroup(group.id))?.facilitatorIds).toEqual([]);
    expect((await getFacilitator(person.id))?.status).toBe('screening');
  });

  it('makes a certified person active with a dated "Assigned to" entry, and lists both ways', async () => {
    const group = await createGroup(groupFields);
    const person = await certifiedPerson('Dana Whitfield');
    const active = await assignToGroup(person.id, group.id, '2026-03-01');
    expect(active.status).toBe('active');
    expect(active.history.at(-1)).toEqual({
      status: 'active',
      on: '2026-03-01',
      note: 'Assigned to Downtown Tuesday Connection',
    });
    expect(active.waitingOn).toBe('');
    expect((await groupsOf(person.id)).map((g) => g.name)).toEqual(['Downtown Tuesday Connection']);
    const onGroup = await getGroup(group.id);
    expect(onGroup && (await facilitatorsOf(onGroup)).map((p) => p.name)).toEqual(['Dana Whitfield']);
  });

  it('keeps an active person active when their last group is taken away', async () => {
    const group = await createGroup(groupFields);
    const person = await certifiedPerson('Dana Whitfield');
    await assignToGroup(person.id, group.id, '2026-03-01');
    const after = await unassignFromGroup(person.id, group.id, '2026-04-01');
    expect(after.status).toBe('active');
    expect(after.history.at(-1)?.note).toBe('Removed from Downtown Tuesday Connection');
    expect((await getGroup(group.id))?.facilitatorIds).toEqual([]);
  });

  it('refuses assigning someone twice to the same group', async () => {
    const group = await createGroup(groupFields);
    const person = await certifiedPerson('Dana Whitfield');
    await assignToGroup(person.id, group.id, '2026-03-01');
    await expect(assignToGroup(person.id, group.id, '2026-03-02')).rejects.toThrow(/already facilitates/);
    expect((await getGroup(group.id))?.facilitatorIds).toEqual([person.id]);
  });

  it('takes someone declined off their groups, noting each, and keeps someone on a break on theirs', async () => {
    const group = await createGroup(groupFields);
    const other = await createGroup({ ...groupFields, name: 'Eastside Thursday Connection' });
    const dana = await certifiedPerson('Dana Whitfield');
    const omar = await certifiedPerson('Omar Haddad');
    for (const id of [dana.id, omar.id]) {
      await assignToGroup(id, group.id, '2026-03-01');
      await assignToGroup(id, other.id, '2026-03-01');
    }
    await moveFacilitator(omar.id, { to: 'inactive', on: '2026-04-01', note: 'A break' });
    await moveFacilitator(dana.id, { to: 'inactive', on: '2026-04-01', note: '' });
    const declined = await moveFacilitator(dana.id, { to: 'declined', on: '2026-04-02', note: '' });
    expect(declined.history.slice(-3)).toEqual([
      { status: 'declined', on: '2026-04-02', note: '' },
      { status: 'declined', on: '2026-04-02', note: 'Removed from Downtown Tuesday Connection' },
      { status: 'declined', on: '2026-04-02', note: 'Removed from Eastside Thursday Connection' },
    ]);
    expect((await getGroup(group.id))?.facilitatorIds).toEqual([omar.id]);
    expect((await getGroup(other.id))?.facilitatorIds).toEqual([omar.id]);
  });

  it('takes a deleted person off their groups', async () => {
    const group = await createGroup(groupFields);
    const person = await certifiedPerson('Dana Whitfield');
    await assignToGroup(person.id, group.id, '2026-03-01');
    await deleteFacilitator(person.id);
    expect(await getFacilitator(person.id)).toBeUndefined();
    expect((await getGroup(group.id))?.facilitatorIds).toEqual([]);
  });
});

describe('volunteer hours', () => {
  async function schedule(groupId: string, durationMinutes: number): Promise<Schedule> {
    return createRecord('schedules', {
      groupId,
      rule: 'weekly',
      weekday: 2,
      nth: null,
      startTime: '18:30',
      durationMinutes,
      timeZone: 'America/Chicago',
      venueId: null,
      room: '',
      startsOn: '2026-01-06',
      endsOn: null,
    });
  }
  async function meeting(series: Schedule, date: string, outcome: Meeting['outcome'], present: string[]) {
    return createRecord('meetings', {
      scheduleId: series.id,
      groupId: series.groupId,
      originalDate: date,
      date,
      startTime: null,
      venueId: null,
      room: null,
      outcome,
      attendance: outcome === 'held' ? 8 : null,
      firstTime: outcome === 'held' ? 1 : null,
      facilitatorsPresent: present,
      cancelReason: outcome === 'cancelled' ? 'Snow' : '',
      notes: '',
    });
  }

  it('come from meetings held with the person present, at each series’ length, per month', async () => {
    const group = await createGroup(groupFields);
    const weekly = await schedule(group.id, 90);
    const monthly = await schedule(group.id, 120);
    await meeting(weekly, '2026-03-03', 'held', ['ana', 'ben']);
    await meeting(weekly, '2026-03-10', 'held', ['ana']);
    await meeting(weekly, '2026-03-17', 'cancelled', []);
    await meeting(weekly, '2026-03-24', 'held', ['ben']);
    await meeting(monthly, '2026-04-06', 'held', ['ana']);
    expect(await volunteerHours('ana')).toEqual([
      { month: '2026-04', meetings: 1, minutes: 120 },
      { month: '2026-03', meetings: 2, minutes: 180 },
    ]);
    expect(await volunteerHours('nobody')).toEqual([]);
    const march = await volunteerMinutesBetween('2026-03-01', '2026-03-31');
    expect(march.get('ana')?.get('2026-03')).toBe(180);
    expect(march.get('ben')?.get('2026-03')).toBe(180);
    expect(march.get('ana')?.has('2026-04')).toBe(false);
  });

  it('are found by the facilitatorsPresent index, not by reading every meeting', async () => {
    const group = await createGroup(groupFields);
    const weekly = await schedule(group.id, 90);
    await meeting(weekly, '2026-03-03', 'held', ['ana']);
    const found = await db.meetings.where('facilitatorsPresent').equals('ana').count();
    expect(found).toBe(1);
  });
});

describe('facilitatorsAt', () => {
  it('gives the live people at any of the steps, by name, each once, from index ranges (no cursor)', async () => {
    await personAt('Yolanda Price', 'screening');
    await personAt('Ana Ruiz', 'applied');
    await personAt('Marcus Lee', 'certified');
    const gone = await personAt('Beth Owens', 'applied');
    await deleteFacilitator(gone.id);
    const cursors = vi.spyOn(IDBIndex.prototype, 'openCursor');
    const people = await facilitatorsAt(['applied', 'screening', 'applied']);
    expect(people.map((person) => person.name)).toEqual(['Ana Ruiz', 'Yolanda Price']);
    expect(cursors).not.toHaveBeenCalled();
    cursors.mockRestore();
    expect((await facilitatorsAt(['certified'])).map((person) => person.name)).toEqual(['Marcus Lee']);
    expect(await facilitatorsAt([])).toEqual([]);
  });
});
