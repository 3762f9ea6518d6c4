// Home: active groups without a pair of active facilitators.
import { db } from '../../db/database';
import { allRows } from '../../db/sharedReads';
import { groupsShortOfFacilitators } from '../../domain/facilitatorCoverage';
import type { TodoProvider } from './todos';

export const groupsShort: TodoProvider = async () => {
  const [groups, facilitators] = await Promise.all([
    allRows(db.groups).then((groups) => groups.filter((group) => group.status === 'active')),
    db.facilitators.where('status').equals('active').toArray(),
  ]);
  const short = groupsShortOfFacilitators(
    groups.filter((group) => !group.deletedAt),
    facilitators.filter((person) => !person.deletedAt),
  );
  return {
    key: 'short',
    title: 'Groups short of facilitators',
    items: short.map(({ group, activeCount }) => ({
      key: group.id,
      text: `${group.name} has ${activeCount === 0 ? 'no active facilitators' : 'only one active facilitator'}.`,
      action: 'Open group',
      actionLabel: `Open group: ${group.name}`,
      to: `/groups/${group.id}`,
    })),
  };
};
