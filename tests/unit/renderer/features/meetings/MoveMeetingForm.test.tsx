// @vitest-environment happy-dom
// Moving one meeting into a venue's room is checked first, like a booking: a clash is shown in plain
// words and nothing is saved until the move is changed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MoveMeetingForm } from '../../../../../src/renderer/src/features/meetings/MoveMeetingForm';
import { createVenue } from '../../../../../src/renderer/src/db/venues';
import { createBooking } from '../../../../../src/renderer/src/db/bookings';
import { occurrencesForGroup } from '../../../../../src/renderer/src/db/meetings';
import { db } from '../../../../../src/renderer/src/db/database';
import { nextWeekdayOnOrAfter } from '../../../../../src/renderer/src/domain/recurrence';
import { plusDays, todayIso } from '../../../../../src/renderer/src/domain/dates';
import { resetDatabase } from '../../db/resetDb';
import { bookingFields, venueFields } from '../../db/venueFixtures';
import { makeGroup, makeSeries } from '../../db/meetingFixtures';

beforeEach(resetDatabase);
afterEach(cleanup);

describe('moving only this meeting', () => {
  it('into a room another group has booked shows the clash, saves nothing, and lets the move be changed', async () => {
    const library = await createVenue(venueFields('Lakeside Library', ['Oak Room', 'Study Room B']));
    const tuesday = nextWeekdayOnOrAfter(plusDays(todayIso(), 1), 2);
    const riverside = await makeSeries({ venueId: library.id, room: 'Oak Room', startsOn: tuesday });
    await createBooking(bookingFields(library.id, riverside.groupId, riverside.id));
    // Harbor meets online on Wednesdays; this week it is to meet at the library on Tuesday.
    const harborId = await makeGroup('Harbor Connection');
    const harbor = await makeSeries({ groupId: harborId, weekday: 3, venueId: null, room: '', startsOn: tuesday });
    const [occurrence] = await occurrencesForGroup(harborId, tuesday, plusDays(tuesday, 6));
    const onSaved = vi.fn();
    render(<MoveMeetingForm occurrence={occurrence!} onSaved={onSaved} />);

    fireEvent.change(screen.getByLabelText('New date'), { target: { value: tuesday } });
    fireEvent.change(screen.getByLabelText('New start time'), { target: { value: '19:00' } });
    const venue = screen.getByLabelText('Venue') as HTMLSelectElement;
    await waitFor(() => expect(venue.disabled).toBe(false));
    fireEvent.change(venue, { target: { value: library.id } });
    // No room is chosen for the coordinator.
    fireEvent.click(screen.getByRole('button', { name: 'Move meeting' }));
    expect(await screen.findByText('Choose the room, or the whole venue', { selector: '.field-error' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Room'), { target: { value: 'Oak Room' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move meeting' }));

    expect(
      await screen.findByRole('heading', { name: /This meeting clashes with other bookings on 1 date/ }),
    ).toBeTruthy();
    expect(screen.getByText(/Riverside Tuesday Connection, 6:30–8:00 PM \(Oak Room\)/)).toBeTruthy();
    expect(screen.getByText(/Another group already has the room at that time\. Nothing is saved/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save and skip conflicting dates' })).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();
    expect(await db.meetings.where('scheduleId').equals(harbor.id).count()).toBe(0);

    // Back to the form as it was filled in: another room is free.
    fireEvent.click(screen.getByRole('button', { name: 'Change the move' }));
    expect((screen.getByLabelText('Room') as HTMLSelectElement).value).toBe('Oak Room');
    fireEvent.change(screen.getByLabelText('Room'), { target: { value: 'Study Room B' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move meeting' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('Meeting moved.'));
    const moved = await db.meetings.where('scheduleId').equals(harbor.id).first();
    expect(moved).toMatchObject({ date: tuesday, startTime: '19:00', venueId: library.id, room: 'Study Room B' });
  });
});
