// Checks a booking or a series for room conflicts before it is saved, for any form that saves one.
import { useCallback, useState } from 'react';
import {
  checkBookingConflicts,
  checkMoveConflicts,
  checkScheduleConflicts,
  checkSeriesPartsConflicts,
} from '../../db/bookingConflicts';
import type { BookingPlan, Conflict, MovePlan, SeriesPlan } from '../../domain/conflicts';
import { reasonOf } from '../../ui/forms';

export type ConflictCheckState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'clear' }
  | { kind: 'conflicts'; conflicts: Conflict[] }
  | { kind: 'failed'; message: string };

/**
 * `checkSeries(fields)` (or several series at once) / `checkBooking(plan)` / `checkMove(plan)` resolve to the conflicts found (an empty list when the
 * room is free) and keep them in `state`, so the form can show <ConflictChoices> until `reset()`.
 */
export function useConflictCheck() {
  const [state, setState] = useState<ConflictCheckState>({ kind: 'idle' });

  const run = useCallback(async (check: () => Promise<Conflict[]>): Promise<Conflict[] | null> => {
    setState({ kind: 'checking' });
    try {
      const conflicts = await check();
      setState(conflicts.length > 0 ? { kind: 'conflicts', conflicts } : { kind: 'clear' });
      return conflicts;
    } catch (error) {
      const message = `The room could not be checked: ${reasonOf(error)}. Nothing was saved.`;
      setState({ kind: 'failed', message });
      return null;
    }
  }, []);

  const checkSeries = useCallback(
    (series: SeriesPlan | readonly SeriesPlan[]) =>
      run(() => ('length' in series ? checkSeriesPartsConflicts(series) : checkScheduleConflicts(series))),
    [run],
  );
  const checkBooking = useCallback((plan: BookingPlan) => run(() => checkBookingConflicts(plan)), [run]);
  const checkMove = useCallback((plan: MovePlan) => run(() => checkMoveConflicts(plan)), [run]);
  const reset = useCallback(() => setState({ kind: 'idle' }), []);

  return { state, checkSeries, checkBooking, checkMove, reset };
}
