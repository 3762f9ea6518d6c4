// Home's "Gifts to acknowledge": unthanked gifts of $250 or more, each with the button that prints its letter.
import { unacknowledgedSince } from '../../db/donations';
import { donorsByIds } from '../../db/donors';
import { ACKNOWLEDGE_FLAG_CENTS, CATEGORY_LABELS } from '../../domain/donationLabels';
import { formatCents } from '../../domain/money';
import type { TodoProvider } from '../home/todos';
import { shortDate } from './dates';

export const giftsToAcknowledge: TodoProvider = async (today) => {
  // Since January of last year: older gifts are past the donor's tax filing and no longer flagged.
  const since = `${Number(today.slice(0, 4)) - 1}-01-01`;
  const gifts = await unacknowledgedSince(since, ACKNOWLEDGE_FLAG_CENTS);
  const donors = await donorsByIds(gifts.map((gift) => gift.donorId));
  return {
    key: 'gifts-to-acknowledge',
    title: 'Gifts to acknowledge',
    items: gifts.map((gift) => {
      const donor = donors.get(gift.donorId)?.name ?? 'A donor';
      const when = shortDate(gift.date);
      return {
        key: gift.id,
        text: `${donor} gave ${CATEGORY_LABELS[gift.category].toLowerCase()} on ${when}, worth ${formatCents(gift.valueCents)}: not thanked yet.`,
        action: 'Print thank-you letter',
        actionLabel: `Print thank-you letter to ${donor} for the gift of ${when}`,
        to: `/print/letter/${gift.id}`,
      };
    }),
  };
};
