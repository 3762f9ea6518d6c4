// Gathers Home's to-do sections, most urgent first. Each area adds its provider to this list.
import { useLiveQuery } from 'dexie-react-hooks';
import { todayIso } from '../../domain/dates';
import { groupsShort } from './facilitatorTodos';
import { applicantsWaiting, certifiedUnassigned } from '../facilitators/pipelineTodos';
import { meetingsThisWeek, meetingsToRecord } from './meetingTodos';
import { venueTodos } from './venueTodos';
import type { TodoProvider, TodoSection, TodoSectionsProvider } from './todos';
import { giftsToAcknowledge } from '../donations/homeTodos';

export type { TodoItem, TodoSection } from './todos';

const PROVIDERS: (TodoProvider | TodoSectionsProvider)[] = [
  meetingsToRecord,
  meetingsThisWeek,
  venueTodos,
  giftsToAcknowledge,
  groupsShort,
  applicantsWaiting,
  certifiedUnassigned,
];

export function useHomeTodos(): TodoSection[] | undefined {
  return useLiveQuery(async () => {
    performance.mark('home-read-start');
    const today = todayIso();
    const sections = (await Promise.all(PROVIDERS.map((provide) => provide(today)))).flat();
    performance.mark('home-read-done');
    return sections.filter((section) => section.items.length > 0);
  });
}
