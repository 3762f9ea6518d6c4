// Under a letter's print buttons: whether its gifts are acknowledged, "Mark as acknowledged", and Undo.
import type { Donation } from '@shared/model';
import { Notice } from '../../ui/Notice';
import { shortDate } from './dates';
import type { AcknowledgementState } from './useAcknowledgement';

const giftsWord = (count: number) => (count === 1 ? '1 gift' : `${count} gifts`);

export function AcknowledgeBar({
  gifts,
  state,
}: {
  gifts: Pick<Donation, 'id' | 'acknowledgedOn'>[];
  state: AcknowledgementState;
}) {
  const waiting = gifts.filter((gift) => gift.acknowledgedOn === null);
  const dates = [...new Set(gifts.flatMap((gift) => (gift.acknowledgedOn ? [gift.acknowledgedOn] : [])))].sort();
  return (
    <div className="acknowledge-bar">
      <div role="status">
        {state.changes ? (
          <Notice kind="success">
            Marked {giftsWord(state.changes.length)} as acknowledged.{' '}
            <button className="link-button" type="button" onClick={state.undo}>
              Undo
            </button>
          </Notice>
        ) : state.message ? (
          <Notice kind={state.message.kind}>{state.message.text}</Notice>
        ) : null}
      </div>
      {waiting.length > 0 ? (
        <div className="button-row">
          <p className="acknowledge-text">
            {waiting.length === gifts.length
              ? gifts.length === 1
                ? 'Not acknowledged yet.'
                : `Not acknowledged yet (${giftsWord(gifts.length)}).`
              : `${giftsWord(waiting.length)} of ${gifts.length} not acknowledged yet.`}{' '}
            Printing or saving the letter marks {gifts.length === 1 ? 'it' : 'them'} acknowledged today.
          </p>
          <button className="button" type="button" onClick={state.mark}>
            Mark as acknowledged
          </button>
        </div>
      ) : (
        !state.changes &&
        gifts.length > 0 && (
          <p className="acknowledge-text">
            {gifts.length === 1 ? 'This gift was' : 'All these gifts were'} acknowledged on{' '}
            {dates.map(shortDate).join(', ')}.
          </p>
        )
      )}
    </div>
  );
}
