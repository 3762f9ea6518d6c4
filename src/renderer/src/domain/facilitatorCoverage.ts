// Every group needs a pair of active facilitators.
import type { Facilitator, Group } from '@shared/model';

export const FACILITATORS_NEEDED = 2;

export function activeFacilitatorCount(group: Pick<Group, 'facilitatorIds'>, active: ReadonlySet<string>): number {
  return group.facilitatorIds.filter((id) => active.has(id)).length;
}

export function groupsShortOfFacilitators(
  groups: readonly Group[],
  facilitators: readonly Pick<Facilitator, 'id' | 'status'>[],
): { group: Group; activeCount: number }[] {
  const active = new Set(facilitators.filter((person) => person.status === 'active').map((person) => person.id));
  return groups
    .filter((group) => group.status === 'active')
    .map((group) => ({ group, activeCount: activeFacilitatorCount(group, active) }))
    .filter(({ activeCount }) => activeCount < FACILITATORS_NEEDED);
}
