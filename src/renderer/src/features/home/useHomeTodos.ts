// Gathers Home's to-do sections from the database; each feature adds its own section here.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { groupsShortOfFacilitators } from '../../domain/facilitatorCoverage';

export interface TodoItem {
  key: string;
  text: string;
  action: string;
  to: string;
}

export interface TodoSection {
  key: string;
  title: string;
  items: TodoItem[];
}

export function useHomeTodos(): TodoSection[] | undefined {
  return useLiveQuery(async () => {
    const groups = await db.groups.where('status').equals('active').toArray();
    const facilitators = await db.facilitators.where('status').equals('active').toArray();
    const short = groupsShortOfFacilitators(
      groups.filter((group) => !group.deletedAt),
      facilitators.filter((person) => !person.deletedAt),
    );
    const sections: TodoSection[] = [
      {
        key: 'short',
        title: 'Groups short of facilitators',
        items: short.map(({ group, activeCount }) => ({
          key: group.id,
          text: `${group.name} has ${activeCount === 0 ? 'no active facilitators' : 'only one active facilitator'}.`,
          action: 'Open group',
          to: `/groups/${group.id}`,
        })),
      },
    ];
    return sections.filter((section) => section.items.length > 0);
  });
}
