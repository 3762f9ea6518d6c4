// @vitest-environment happy-dom
// The series form's venue and room while the venues are still being read: shown as chosen, not yet
// changeable, and the room stays the same list once they arrive (a text box must not turn into a list
// under the coordinator's hand).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { ScheduleFields } from '../../../../../src/renderer/src/features/groups/ScheduleFields';
import type { ScheduleFormValues } from '../../../../../src/renderer/src/features/groups/scheduleForm';
import { createVenue } from '../../../../../src/renderer/src/db/venues';
import { resetDatabase } from '../../db/resetDb';
import { venueFields } from '../../db/venueFixtures';

beforeEach(resetDatabase);
afterEach(cleanup);

const form = (venueId: string, room: string): ScheduleFormValues => ({
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
    expect([...room.options].map((option) => option.value)).toEqual(['', 'Oak Room', 'Study Room B']);
    expect((screen.getByLabelText('Venue') as HTMLSelectElement).value).toBe(library.id);
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
