import { beforeEach, describe, expect, it } from 'vitest';
import {
  addApplicant,
  deleteFacilitator,
  getFacilitator,
  moveFacilitator,
} from '../../../../src/renderer/src/db/facilitators';
import {
  completeTraining,
  enrollTrainee,
  getTraining,
  planTraining,
  removeTrainee,
  setAttended,
} from '../../../../src/renderer/src/db/trainings';
import { resetDatabase } from './resetDb';

beforeEach(resetDatabase);

async function approved(name: string) {
  const person = await addApplicant({
    name,
    phone: '',
    email: '',
    affiliateId: null,
    languages: [],
    notes: '',
    appliedOn: '2026-01-05',
  });
  await moveFacilitator(person.id, { to: 'screening', on: '2026-01-10', note: '' });
  return moveFacilitator(person.id, { to: 'approved', on: '2026-01-20', note: '' });
}

const weekend = { startDate: '2026-02-07', endDate: '2026-02-08', place: 'Riverbend Library', trainer: 'Kim Adler' };

describe('trainings', () => {
  it('enroll only people approved for training', async () => {
    const training = await planTraining(weekend);
    const early = await addApplicant({
      name: 'Sol Reyes',
      phone: '',
      email: '',
      affiliateId: null,
      languages: [],
      notes: '',
      appliedOn: '2026-01-05',
    });
    await expect(enrollTrainee(training.id, early.id)).rejects.toThrow(
      'Only people approved for training can be enrolled. Sol Reyes is at Applied.',
    );
    const ready = await approved('Dana Whitfield');
    expect((await enrollTrainee(training.id, ready.id)).traineeIds).toEqual([ready.id]);
  });

  it('move those who attended to trained on completion and leave the others approved', async () => {
    const training = await planTraining(weekend);
    const dana = await approved('Dana Whitfield');
    const omar = await approved('Omar Haddad');
    await enrollTrainee(training.id, dana.id);
    await enrollTrainee(training.id, omar.id);
    const result = await completeTraining(training.id, [dana.id], '2026-02-08');
    expect(result.trained.map((p) => p.name)).toEqual(['Dana Whitfield']);
    expect(result.training).toMatchObject({ completedOn: '2026-02-08', attendedIds: [dana.id] });
    expect(await getFacilitator(dana.id)).toMatchObject({ status: 'trained', trainedOn: '2026-02-08' });
    expect((await getFacilitator(dana.id))?.history.at(-1)?.note).toBe(
      'Completed the training at Riverbend Library, February 7 to 8, 2026',
    );
    expect(await getFacilitator(omar.id)).toMatchObject({ status: 'approved', trainedOn: null });
  });

  it('refuse changes once completed, and a completion dated before its last day or after today', async () => {
    const training = await planTraining(weekend);
    const dana = await approved('Dana Whitfield');
    await enrollTrainee(training.id, dana.id);
    await expect(completeTraining(training.id, [dana.id], '2026-02-01')).rejects.toThrow(
      'A training is completed on or after its last day, February 8, 2026.',
    );
    // Its first day is not enough: the training runs over both days.
    await expect(completeTraining(training.id, [dana.id], '2026-02-07')).rejects.toThrow(/on or after its last day/);
    await expect(completeTraining(training.id, [dana.id], '2026-02-10', '2026-02-09')).rejects.toThrow(
      "A training can't be dated after today, February 9, 2026.",
    );
    expect((await getTraining(training.id))?.completedOn).toBeNull();
    expect((await getFacilitator(dana.id))?.status).toBe('approved');
    await completeTraining(training.id, [dana.id], '2026-02-08');
    await expect(completeTraining(training.id, [dana.id], '2026-02-09')).rejects.toThrow(/already completed/);
    await expect(removeTrainee(training.id, dana.id)).rejects.toThrow(/already completed/);
  });

  it('keep an attendee who left meanwhile where they are', async () => {
    const training = await planTraining(weekend);
    const dana = await approved('Dana Whitfield');
    await enrollTrainee(training.id, dana.id);
    await moveFacilitator(dana.id, { to: 'inactive', on: '2026-02-01', note: 'Moved away' });
    const result = await completeTraining(training.id, [dana.id], '2026-02-08');
    expect(result.unchanged.map((p) => p.name)).toEqual(['Dana Whitfield']);
    expect((await getFacilitator(dana.id))?.status).toBe('inactive');
  });

  it('lose a person who is deleted from the trainings still open, and keep them on completed ones', async () => {
    const open = await planTraining(weekend);
    const done = await planTraining({ ...weekend, startDate: '2026-01-24', endDate: '2026-01-25' });
    const dana = await approved('Dana Whitfield');
    const omar = await approved('Omar Haddad');
    const sol = await approved('Sol Reyes');
    await enrollTrainee(done.id, sol.id);
    await completeTraining(done.id, [sol.id], '2026-01-25');
    await enrollTrainee(open.id, dana.id);
    await enrollTrainee(open.id, omar.id);
    await setAttended(open.id, dana.id, true);
    await deleteFacilitator(dana.id);
    await deleteFacilitator(sol.id);
    expect(await getTraining(open.id)).toMatchObject({ traineeIds: [omar.id], attendedIds: [] });
    expect(await getTraining(done.id)).toMatchObject({ traineeIds: [sol.id], attendedIds: [sol.id] });
  });
});
