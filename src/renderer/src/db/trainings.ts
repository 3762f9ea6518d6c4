// Facilitator trainings: named reads and writes. Components never write to the table directly.
import type { Facilitator, NewRecord, Training } from '@shared/model';
import {
  applyMove,
  dateInWords,
  PipelineError,
  PIPELINE_LABELS,
  refuseFutureDate,
  spanInWords,
} from '../domain/pipeline';
import { todayIso } from '../domain/dates';
import { db } from './database';
import { entityStore, isLive, NotFoundError, updateRecord } from './records';

const store = entityStore('trainings');
export const { update: updateTraining, remove: deleteTraining, get: getTraining } = store;

export type TrainingDetails = Pick<Training, 'startDate' | 'endDate' | 'place' | 'trainer'>;

export function planTraining(details: TrainingDetails): Promise<Training> {
  const fields: NewRecord<Training> = { ...details, traineeIds: [], attendedIds: [], completedOn: null };
  return store.create(fields);
}

export const saveTrainingDetails = (id: string, details: TrainingDetails) => updateTraining(id, details);

const scope = () => [db.trainings, db.facilitators, db.local];

async function openTraining(id: string): Promise<Training> {
  const training = await db.trainings.get(id);
  if (!isLive(training)) throw new NotFoundError('That training');
  if (training.completedOn)
    throw new PipelineError('This training is already completed; its list of trainees is kept as it was.');
  return training;
}

/** Enrolls a person approved for training; anyone else is refused with the step they are at. */
export async function enrollTrainee(trainingId: string, facilitatorId: string): Promise<Training> {
  return db.transaction('rw', scope(), async () => {
    const training = await openTraining(trainingId);
    const person = await db.facilitators.get(facilitatorId);
    if (!isLive(person)) throw new NotFoundError('That facilitator');
    if (person.status !== 'approved') {
      throw new PipelineError(
        `Only people approved for training can be enrolled. ${person.name} is at ${PIPELINE_LABELS[person.status]}.`,
      );
    }
    if (training.traineeIds.includes(facilitatorId)) return training;
    return updateRecord('trainings', trainingId, { traineeIds: [...training.traineeIds, facilitatorId] });
  });
}

export async function removeTrainee(trainingId: string, facilitatorId: string): Promise<Training> {
  return db.transaction('rw', scope(), async () => {
    const training = await openTraining(trainingId);
    return updateRecord('trainings', trainingId, {
      traineeIds: training.traineeIds.filter((id) => id !== facilitatorId),
      attendedIds: training.attendedIds.filter((id) => id !== facilitatorId),
    });
  });
}

/** Ticks or unticks a trainee as present, before the training is marked completed. */
export async function setAttended(trainingId: string, facilitatorId: string, attended: boolean): Promise<Training> {
  return db.transaction('rw', scope(), async () => {
    const training = await openTraining(trainingId);
    if (!training.traineeIds.includes(facilitatorId))
      throw new PipelineError('That person is not enrolled in this training.');
    const others = training.attendedIds.filter((id) => id !== facilitatorId);
    return updateRecord('trainings', trainingId, { attendedIds: attended ? [...others, facilitatorId] : others });
  });
}

export interface CompletionResult {
  training: Training;
  /** attendees moved to "Trained" */
  trained: Facilitator[];
  /** attendees who were no longer approved for training (left, declined), so kept where they are */
  unchanged: Facilitator[];
}

/** Marks the training completed on a date; everyone who attended and is approved becomes trained. */
export async function completeTraining(
  trainingId: string,
  attendedIds: readonly string[],
  on: string,
  today: string = todayIso(),
): Promise<CompletionResult> {
  return db.transaction('rw', scope(), async () => {
    const training = await openTraining(trainingId);
    const attended = training.traineeIds.filter((id) => attendedIds.includes(id));
    // Completed on or after its last day, and not later than today: the date becomes each person's
    // "trained on", and a date ahead of today would refuse every later step until then.
    if (on < training.endDate) {
      throw new PipelineError(`A training is completed on or after its last day, ${dateInWords(training.endDate)}.`);
    }
    refuseFutureDate(on, today, 'A training');
    const note = `Completed the training at ${training.place}, ${spanInWords(training.startDate, training.endDate)}`;
    const trained: Facilitator[] = [];
    const unchanged: Facilitator[] = [];
    for (const person of (await db.facilitators.bulkGet(attended)).filter(isLive)) {
      if (person.status !== 'approved') {
        unchanged.push(person);
        continue;
      }
      trained.push(
        await updateRecord(
          'facilitators',
          person.id,
          applyMove(person, { to: 'trained', on, note, via: 'training' }, today),
        ),
      );
    }
    const saved = await updateRecord('trainings', trainingId, { attendedIds: attended, completedOn: on });
    return { training: saved, trained, unchanged };
  });
}

/** Trainings, newest first (by the start-date index). Trainings are few, a handful a year. */
export async function listTrainings(): Promise<Training[]> {
  const trainings = await db.trainings.orderBy('startDate').reverse().toArray();
  return trainings.filter(isLive);
}
