// @vitest-environment happy-dom
// A gift's page: marking it acknowledged (or undoing that) above the form keeps what is typed below it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from '../../ui/memoryRouter';
import { createDonation, getDonation } from '../../../../../src/renderer/src/db/donations';
import { createDonor } from '../../../../../src/renderer/src/db/donors';
import { DonationPage } from '../../../../../src/renderer/src/features/donations/DonationPage';
import { donorFields, giftFields } from '../../db/giftFixtures';
import { resetDatabase } from '../../db/resetDb';

beforeEach(resetDatabase);
afterEach(cleanup);

async function showGift() {
  const donor = await createDonor(donorFields('Sunrise Bakery'));
  const gift = await createDonation(giftFields(donor.id, '2026-01-05', 2000));
  render(
    <MemoryRouter initialEntries={[`/donations/${gift.id}`]} route="/donations/:donationId">
      <DonationPage />
    </MemoryRouter>,
  );
  await screen.findByRole('heading', { name: 'Gift from Sunrise Bakery', level: 1 });
  return gift;
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('the gift page', () => {
  it('keeps unsaved edits when the gift is marked acknowledged and when that is undone', async () => {
    const gift = await showGift();
    fireEvent.change(field('What was given'), { target: { value: 'Coffee and cookies for the holiday meeting' } });
    fireEvent.change(field('Quantity'), { target: { value: '2 trays' } });

    fireEvent.click(screen.getByRole('button', { name: 'Mark as acknowledged' }));
    await screen.findByText(/Marked 1 gift as acknowledged/);
    const acknowledgedOn = (await getDonation(gift.id))?.acknowledgedOn;
    expect(acknowledgedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The mark is taken into the form, so saving the edits later does not take it back out.
    await waitFor(() => expect(field('Date acknowledged').value).toBe(acknowledgedOn));
    expect(field('What was given').value).toBe('Coffee and cookies for the holiday meeting');
    expect(field('Quantity').value).toBe('2 trays');

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undone: the gifts are back as they were.');
    await waitFor(() => expect(field('Date acknowledged').value).toBe(''));
    expect(field('What was given').value).toBe('Coffee and cookies for the holiday meeting');

    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Changes saved.');
    expect(await getDonation(gift.id)).toMatchObject({
      description: 'Coffee and cookies for the holiday meeting',
      quantity: '2 trays',
      acknowledgedOn: null,
    });
  });

  it('keeps a date acknowledged the coordinator typed over the one a mark sets', async () => {
    const gift = await showGift();
    fireEvent.change(field('Date acknowledged'), { target: { value: '2026-01-09' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mark as acknowledged' }));
    await screen.findByText(/Marked 1 gift as acknowledged/);
    expect(field('Date acknowledged').value).toBe('2026-01-09');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Changes saved.');
    expect((await getDonation(gift.id))?.acknowledgedOn).toBe('2026-01-09');
  });
});
