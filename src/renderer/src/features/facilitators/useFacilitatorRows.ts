// Everyone in the pipeline with what the board and list show: step, since when, waiting on, groups.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Affiliate, Facilitator } from '@shared/model';
import { db } from '../../db/database';
import { daysAtStep, statusSince } from '../../domain/pipeline';
import { todayIso } from '../../domain/dates';

export interface FacilitatorRow {
  person: Facilitator;
  since: string | null;
  days: number | null;
  groups: string[];
  affiliate: string;
}

/**
 * Facilitators (a state has about 600) and groups (~150) are small enough to read whole, once per change:
 * the board's column counts and the list's search cover everyone, and both render only the people near
 * the view, so what is read costs a few milliseconds and never turns into thousands of DOM nodes.
 */
export function useFacilitatorRows(): { rows: FacilitatorRow[]; affiliates: Affiliate[] } | undefined {
  return useLiveQuery(async () => {
    const [people, groups, affiliates] = await Promise.all([
      db.facilitators.orderBy('name').toArray(),
      db.groups.toArray(),
      db.affiliates.orderBy('name').toArray(),
    ]);
    const today = todayIso();
    const groupNames = new Map<string, string[]>();
    for (const group of groups) {
      if (group.deletedAt) continue;
      for (const id of group.facilitatorIds) groupNames.set(id, [...(groupNames.get(id) ?? []), group.name]);
    }
    const affiliateNames = new Map(affiliates.map((affiliate) => [affiliate.id, affiliate.name]));
    const rows = people
      .filter((person) => !person.deletedAt)
      .map((person) => ({
        person,
        since: statusSince(person),
        days: daysAtStep(person, today),
        groups: groupNames.get(person.id) ?? [],
        affiliate: (person.affiliateId && affiliateNames.get(person.affiliateId)) || '',
      }));
    return { rows, affiliates: affiliates.filter((affiliate) => !affiliate.deletedAt) };
  });
}
