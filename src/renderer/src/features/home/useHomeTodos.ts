// Gathers Home's to-do sections, most urgent first. Each area adds its provider to this list.
import { db } from '../../db/database';
import { isDatabaseEmpty } from '../../db/emptiness';
import { useSharedQuery } from '../../db/sharedQuery';
import { todayIso } from '../../domain/dates';
import { groupsShort } from './facilitatorTodos';
import { applicantsWaiting, certifiedUnassigned } from '../facilitators/pipelineTodos';
import { meetingSections } from './meetingTodos';
import { venueTodos } from './venueTodos';
import type { TodoProvider, TodoSection, TodoSectionsProvider } from './todos';
import { giftsToAcknowledge } from '../donations/homeTodos';

export type { TodoItem, TodoSection } from './todos';

export const PROVIDERS: (TodoProvider | TodoSectionsProvider)[] = [
  meetingSections,
  venueTodos,
  giftsToAcknowledge,
  groupsShort,
  applicantsWaiting,
  certifiedUnassigned,
];

/** Every table a section reads: Home reads them all in one read transaction. */
export const HOME_TABLES = [
  'groups',
  'schedules',
  'closures',
  'monthRecords',
  'bookings',
  'venues',
  'donations',
  'thanksDue',
  'donors',
  'facilitators',
] as const;

export interface HomeState {
  /** no groups yet: Home welcomes instead */
  empty: boolean;
  sections: TodoSection[];
}

async function readHome(): Promise<HomeState> {
  performance.mark('home-read-start');
  const today = todayIso();
  // One explicit transaction: one consistent moment for every section, and Dexie hands the rows over
  // as read instead of deep-copying them for its live-query cache.
  const state = await db.transaction('r', [...HOME_TABLES], async () => {
    const [empty, sections] = await Promise.all([
      isDatabaseEmpty(),
      Promise.all(PROVIDERS.map((provide) => provide(today))),
    ]);
    return { empty, sections: sections.flat().filter((section) => section.items.length > 0) };
  });
  performance.mark('home-read-done');
  return state;
}

/** Home's sections, live; the read starts as Home first renders. */
export function useHomeTodos(): HomeState | undefined {
  return useSharedQuery('home', readHome);
}
