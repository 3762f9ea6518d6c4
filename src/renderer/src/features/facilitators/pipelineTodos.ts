// Home: applicants waiting more than 30 days at one step, and certified people without a group.
import { db } from '../../db/database';
import { facilitatorsAt } from '../../db/facilitators';
import { allRows } from '../../db/sharedReads';
import { PIPELINE_LABELS, waitingTooLong, WAITING_STEPS } from '../../domain/pipeline';
import type { TodoProvider } from '../home/todos';
import { dateWords } from './dateWords';

export const applicantsWaiting: TodoProvider = async (today) => {
  const waiting = waitingTooLong(await facilitatorsAt(WAITING_STEPS), today);
  return {
    key: 'applicants-waiting',
    title: 'Applicants waiting',
    items: waiting.map(({ person, days }) => ({
      key: person.id,
      text: `${person.name} has been at ${PIPELINE_LABELS[person.status]} for ${days} days${
        person.waitingOn ? `, waiting on ${person.waitingOn.charAt(0).toLowerCase()}${person.waitingOn.slice(1)}` : ''
      }.`,
      action: 'Move on',
      actionLabel: `Move on: ${person.name}`,
      to: `/facilitators/${person.id}`,
    })),
  };
};

export const certifiedUnassigned: TodoProvider = async (today) => {
  const [certified, groups] = await Promise.all([facilitatorsAt(['certified']), allRows(db.groups)]);
  const assigned = new Set(groups.filter((group) => !group.deletedAt).flatMap((group) => group.facilitatorIds));
  return {
    key: 'certified-unassigned',
    title: 'Certified, not yet assigned',
    items: certified
      .filter((person) => !assigned.has(person.id))
      .map((person) => ({
        key: person.id,
        text: `${person.name} ${person.certifiedOn ? `was certified on ${dateWords(person.certifiedOn, today)}` : 'is certified'} and has no group yet.`,
        action: 'Assign to a group',
        actionLabel: `Assign to a group: ${person.name}`,
        to: `/facilitators/${person.id}`,
      })),
  };
};
