// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from '../../ui/memoryRouter';
import { ScheduleBookingPrompt } from '../../../../../src/renderer/src/features/venues/ScheduleBookingPrompt';
import { createVenue } from '../../../../../src/renderer/src/db/venues';
import { bookingsForSchedule, createBooking } from '../../../../../src/renderer/src/db/bookings';
import { occurrencesForGroup } from '../../../../../src/renderer/src/db/meetings';
import { nextWeekdayOnOrAfter } from '../../../../../src/renderer/src/domain/recurrence';
import { plusDays, todayIso } from '../../../../../src/renderer/src/domain/dates';
import { db } from '../../../../../src/renderer/src/db/database';
import { resetDatabase } from '../../db/resetDb';
import { venueFields } from '../../db/venueFixtures';
import { makeGroup, makeSeries } from '../../db/meetingFixtures';

beforeEach(resetDatabase);
afterEach(cleanup);

const library = venueFields('Lakeside Library', ['Oak Room'], { fairRentalCents: 7500 });

const show = (scheduleId: string) =>
  render(
    <MemoryRouter>
      <ScheduleBookingPrompt scheduleId={scheduleId} />
    </MemoryRouter>,
  );

describe('the booking prompt after a series is given a venue', () => {
  it('creates a requested booking when the room is free, then says so', async () => {
    const venue = await createVenue(library);
    const series = await makeSeries({ venueId: venue.id, room: 'Oak Room', startsOn: todayIso() });
    show(series.id);
    fireEvent.click(await screen.findByRole('button', { name: 'Create a booking for Lakeside Library' }));
    expect(await screen.findByText(/Booking requested at Lakeside Library/)).toBeTruthy();
    const bookings = await bookingsForSchedule(series.id);
    expect(bookings.map((b) => [b.status, b.room, b.venueId])).toEqual([['requested', 'Oak Room', venue.id]]);
  });

  it('lists the clashing dates and, on "skip", books the room and cancels those dates', async () => {
    const venue = await createVenue(library);
    const firstTuesday = nextWeekdayOnOrAfter(plusDays(todayIso(), 1), 2);
    const taken = await makeSeries({
      venueId: venue.id,
      room: 'Oak Room',
      startsOn: firstTuesday,
      endsOn: plusDays(firstTuesday, 7),
    });
    await createBooking({
      venueId: venue.id,
      room: 'Oak Room',
      groupId: taken.groupId,
      scheduleId: taken.id,
      date: null,
      startTime: null,
      durationMinutes: null,
      status: 'confirmed',
      agreementEndsOn: null,
      notes: '',
    });
    const harbor = await makeGroup('Harbor Tuesday Connection');
    const series = await makeSeries({
      groupId: harbor,
      venueId: venue.id,
      room: 'Oak Room',
      startTime: '19:00',
      startsOn: firstTuesday,
    });

    show(series.id);
    fireEvent.click(await screen.findByRole('button', { name: 'Create a booking for Lakeside Library' }));
    expect(
      await screen.findByRole('heading', { name: /This series clashes with other bookings on 2 dates/ }),
    ).toBeTruthy();
    expect(screen.getAllByText(/Riverside Tuesday Connection, 6:30–8:00 PM \(Oak Room\)/)).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Save and skip conflicting dates' }));

    expect(await screen.findByText(/Booking requested at Lakeside Library\. 2 conflicting dates/)).toBeTruthy();
    await waitFor(async () => expect(await bookingsForSchedule(series.id)).toHaveLength(1));
    const meetings = await occurrencesForGroup(harbor, firstTuesday, plusDays(firstTuesday, 14));
    expect(meetings.map((o) => o.cancelReason)).toEqual(['Room conflict', 'Room conflict', null]);
  });

  it("asks which room to book when the series names none of the venue's rooms, and sets the series there", async () => {
    const venue = await createVenue(venueFields('Lakeside Library', ['Oak Room', 'Study Room B']));
    // An older series saved with "Any room": it is not booked for the whole venue without asking.
    const series = await makeSeries({ venueId: venue.id, room: '', startsOn: todayIso() });
    show(series.id);
    const create = await screen.findByRole('button', { name: 'Create a booking for Lakeside Library' });
    const room = screen.getByLabelText('Room to book') as HTMLSelectElement;
    expect(room.selectedOptions[0]?.text).toBe('Choose a room');
    fireEvent.click(create);
    expect(await screen.findByText('Choose the room to book, or the whole venue')).toBeTruthy();
    expect(await bookingsForSchedule(series.id)).toEqual([]);

    fireEvent.change(room, { target: { value: 'Study Room B' } });
    fireEvent.click(create);
    expect(await screen.findByText(/Booking requested at Lakeside Library/)).toBeTruthy();
    const bookings = await bookingsForSchedule(series.id);
    expect(bookings.map((b) => [b.room, b.status])).toEqual([['Study Room B', 'requested']]);
    expect((await db.schedules.get(series.id))?.room).toBe('Study Room B');
  });

  it('shows nothing for a series that is already booked', async () => {
    const venue = await createVenue(library);
    const booked = await makeSeries({ venueId: venue.id, room: 'Oak Room' });
    const unbooked = await makeSeries({ venueId: venue.id, room: 'Oak Room', startTime: '10:00' });
    await createBooking({
      venueId: venue.id,
      room: 'Oak Room',
      groupId: booked.groupId,
      scheduleId: booked.id,
      date: null,
      startTime: null,
      durationMinutes: null,
      status: 'requested',
      agreementEndsOn: null,
      notes: '',
    });
    render(
      <MemoryRouter>
        <div data-testid="booked">
          <ScheduleBookingPrompt scheduleId={booked.id} />
        </div>
        <ScheduleBookingPrompt scheduleId={unbooked.id} />
      </MemoryRouter>,
    );
    // Once the unbooked series' prompt is there, both queries have had their turn.
    await screen.findByRole('button', { name: 'Create a booking for Lakeside Library' });
    expect(screen.getAllByRole('button', { name: 'Create a booking for Lakeside Library' })).toHaveLength(1);
    expect(screen.getByTestId('booked').textContent).toBe('');
  });
});
