// Marks a letter's gifts acknowledged (after printing, or by hand) and can put them back.
import { useCallback, useRef, useState } from 'react';
import { markDonationsAcknowledged, undoAcknowledgement, type AcknowledgementChange } from '../../db/donations';
import { reasonOf } from '../../ui/forms';

export interface AcknowledgementState {
  /** what the last mark changed, while it can still be undone */
  changes: AcknowledgementChange[] | null;
  message: { kind: 'info' | 'problem'; text: string } | null;
  mark: () => Promise<void>;
  undo: () => Promise<void>;
}

const reason = (error: unknown) => reasonOf(error);

export function useAcknowledgement(giftIds: readonly string[], today: string): AcknowledgementState {
  const [changes, setChanges] = useState<AcknowledgementChange[] | null>(null);
  const [message, setMessage] = useState<AcknowledgementState['message']>(null);
  // Printing can report twice (the dialog's result and the page's afterprint): mark once at a time.
  const busy = useRef(false);
  const idsKey = giftIds.join(',');

  const mark = useCallback(async () => {
    if (busy.current || idsKey === '') return;
    busy.current = true;
    try {
      const applied = await markDonationsAcknowledged(idsKey.split(','), today);
      // Nothing changed means they were all acknowledged already: keep the undo that is showing.
      if (applied.length > 0) {
        setChanges(applied);
        setMessage(null);
      }
    } catch (error) {
      setMessage({ kind: 'problem', text: `Couldn't mark the gifts acknowledged: ${reason(error)}` });
    } finally {
      busy.current = false;
    }
  }, [idsKey, today]);

  const undo = useCallback(async () => {
    if (!changes) return;
    try {
      const restored = await undoAcknowledgement(changes);
      setChanges(null);
      setMessage({
        kind: 'info',
        text:
          restored === changes.length
            ? 'Undone: the gifts are back as they were.'
            : `Undone for ${restored} of ${changes.length} gifts; the others were changed since.`,
      });
    } catch (error) {
      setMessage({ kind: 'problem', text: `Couldn't undo: ${reason(error)}` });
    }
  }, [changes]);

  return { changes, message, mark, undo };
}
