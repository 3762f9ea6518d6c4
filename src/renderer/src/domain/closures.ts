// Whether a closure (a holiday, a venue shut, a group's break) stops a meeting from happening.
import type { Closure } from '@shared/model';

export function closureHits(closure: Closure, occ: { date: string; groupId: string; venueId: string | null }): boolean {
  if (closure.deletedAt !== null) return false;
  if (occ.date < closure.startDate || occ.date > closure.endDate) return false;
  switch (closure.scope) {
    case 'all':
      return true;
    case 'venue':
      return closure.venueId !== null && closure.venueId === occ.venueId;
    case 'group':
      return closure.groupId !== null && closure.groupId === occ.groupId;
  }
}

/** The first closure that stops a meeting on this date for this group and venue, if any. */
export function closureFor(
  closures: readonly Closure[],
  occ: { date: string; groupId: string; venueId: string | null },
): Closure | null {
  for (const closure of closures) if (closureHits(closure, occ)) return closure;
  return null;
}
