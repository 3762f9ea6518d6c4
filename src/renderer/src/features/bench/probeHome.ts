// Bench diagnostics: each of Home's to-do sections timed on its own, then all together as Home runs them.
// The list mirrors useHomeTodos' providers; a section missing here only goes untimed.
import { todayIso } from '../../domain/dates';
import { groupsShort } from '../home/facilitatorTodos';
import { applicantsWaiting, certifiedUnassigned } from '../facilitators/pipelineTodos';
import { meetingsThisWeek, meetingsToRecord } from '../home/meetingTodos';
import { venueTodoProviders } from '../home/venueTodos';
import { giftsToAcknowledge } from '../donations/homeTodos';
import type { TodoProvider } from '../home/todos';

export async function probeHome(): Promise<Record<string, string>> {
  const today = todayIso();
  const providers: TodoProvider[] = [
    meetingsToRecord,
    meetingsThisWeek,
    ...venueTodoProviders,
    giftsToAcknowledge,
    groupsShort,
    applicantsWaiting,
    certifiedUnassigned,
  ];
  const out: Record<string, string> = {};
  for (const provide of providers) {
    const start = performance.now();
    const section = await provide(today);
    out[section.title] = `${section.items.length} items, ${Math.round(performance.now() - start)} ms`;
  }
  const start = performance.now();
  await Promise.all(providers.map((provide) => provide(today)));
  out['All together'] = `${Math.round(performance.now() - start)} ms`;
  return out;
}
