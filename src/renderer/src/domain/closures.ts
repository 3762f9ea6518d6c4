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

/**
 * A paused group has a group closure with no last day yet (this date stands for "until it is active
 * again"): its meetings show as cancelled, with the reason below, from the day after it was paused, and
 * the closure ends when the group is made active again or ended.
 */
export const OPEN_END = '9999-12-31';
export const PAUSE_REASON = 'Group paused';

/** A group's pause (a holiday or venue closure typed in with that last day is not one). */
export const isPause = (closure: Pick<Closure, 'endDate' | 'scope'>): boolean =>
  closure.scope === 'group' && closure.endDate === OPEN_END;
