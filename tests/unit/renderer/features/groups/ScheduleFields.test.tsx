// @vitest-environment happy-dom
// The series form's venue and room while the venues are still being read: shown as chosen, not yet
// changeable, and the room stays the same list once they arrive (a text box must not turn into a list
// under the coordinator's hand).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ScheduleFields } from '../../../../../src/renderer/src/features/groups/ScheduleFields';
import type { ScheduleFormValues } from '../../../../../src/renderer/src/features/groups/scheduleForm';
import { createVenue } from '../../../../../src/renderer/src/db/venues';
import { resetDatabase } from '../../db/resetDb';
import { venueFields } from '../../db/venueFixtures';

beforeEach(resetDatabase);
afterEach(cleanup);

const form = (venueId: string, room: string | null): ScheduleFormValues => ({
  rule: 'weekly',
  weekday: 2,
  nth: 1,
  startTime: '18:30',
  durationMinutes: 90,
  timeZone: 'America/Chicago',
  venueId,
  room,
  startsOn: '2026-12-01',
  endsOn: '',
});

const show = (values: ScheduleFormValues) =>
  render(<ScheduleFields form={values} errors={{}} onChange={() => undefined} />);

describe('the venue and room of a series', () => {
  it('show the chosen room in a list that waits for the venues, then the same list with every room', async () => {
    const library = await createVenue(venueFields('Lakeside Library', ['Oak Room', 'Study Room B']));
    show(form(library.id, 'Oak Room'));
    const room = screen.getByLabelText('Room') as HTMLSelectElement;
    expect(room.tagName).toBe('SELECT');
    expect(room.disabled).toBe(true);
    expect(room.value).toBe('Oak Room');
    expect((screen.getByLabelText('Venue') as HTMLSelectElement).disabled).toBe(true);

    await waitFor(() => expect((screen.getByLabelText('Venue') as HTMLSelectElement).disabled).toBe(false));
    expect(screen.getByLabelText('Room')).toBe(room);
    expect(room.disabled).toBe(false);
    expect(room.value).toBe('Oak Room');
    expect([...room.options].map((option) => option.text)).toEqual([
      'Oak Room',
      'Study Room B',
      'The whole venue (every room)',
    ]);
    expect((screen.getByLabelText('Venue') as HTMLSelectElement).value).toBe(library.id);
  });

  it('ask for a room once a venue with rooms is chosen, instead of choosing one for the coordinator', async () => {
    const library = await createVenue(venueFields('Lakeside Library', ['Oak Room', 'Study Room B']));
    function Stateful() {
      const [values, setValues] = useState(form('', ''));
      return <ScheduleFields form={values} errors={{}} onChange={setValues} />;
    }
    render(<Stateful />);
    const venue = screen.getByLabelText('Venue') as HTMLSelectElement;
    await waitFor(() => expect(venue.disabled).toBe(false));
    fireEvent.change(venue, { target: { value: library.id } });
    const room = screen.getByLabelText('Room') as HTMLSelectElement;
    expect(room.tagName).toBe('SELECT');
    expect(room.selectedOptions[0]?.text).toBe('Choose a room');
    expect([...room.options].map((option) => option.text)).toEqual([
      'Choose a room',
      'Oak Room',
      'Study Room B',
      'The whole venue (every room)',
    ]);
    fireEvent.change(room, { target: { value: room.options[3]!.value } });
    expect((screen.getByLabelText('Room') as HTMLSelectElement).selectedOptions[0]?.text).toBe(
      'The whole venue (every room)',
    );
  });

  it("keep a series' room the venue no longer lists, so the series can be saved as it is", async () => {
    const library = await createVenue(venueFields('Lakeside Library', ['Oak Hall']));
    show(form(library.id, 'Oak Room'));
    await waitFor(() => expect((screen.getByLabelText('Venue') as HTMLSelectElement).disabled).toBe(false));
    const room = screen.getByLabelText('Room') as HTMLSelectElement;
    expect(room.selectedOptions[0]?.text).toBe('Oak Room (no longer listed)');
  });

  it('give a text box for the room when there is no venue, or the venue lists no rooms', async () => {
    const hall = await createVenue(venueFields('Church hall', []));
    show(form('', 'Back room'));
    expect(screen.getByLabelText('Room').tagName).toBe('INPUT');
    cleanup();
    show(form(hall.id, 'Back room'));
    await waitFor(() => expect((screen.getByLabelText('Venue') as HTMLSelectElement).disabled).toBe(false));
    const room = screen.getByLabelText('Room') as HTMLInputElement;
    expect(room.tagName).toBe('INPUT');
    expect(room.value).toBe('Back room');
  });
});
