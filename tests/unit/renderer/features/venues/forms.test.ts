import { describe, expect, it } from 'vitest';
import {
  emptyVenueForm,
  formToVenue,
  venueFormSchema,
} from '../../../../../src/renderer/src/features/venues/venueForm';
import {
  emptyBookingForm,
  parseBookingForm,
  type BookingForm,
} from '../../../../../src/renderer/src/features/venues/bookingForm';
import { fromRoomOption, roomOptions, toRoomOption } from '../../../../../src/renderer/src/features/venues/roomChoices';
import { scheduleFormSchema } from '../../../../../src/renderer/src/features/groups/scheduleForm';

const venue = (changes: Partial<typeof emptyVenueForm>) =>
  venueFormSchema.safeParse({ ...emptyVenueForm, name: 'Grove Church', ...changes });
const errorsOf = (result: ReturnType<typeof venue>) =>
  result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));

describe('the venue form', () => {
  it('reads money as exact cents, with a blank cost meaning free', () => {
    const result = venue({ cost: '', fairRental: '$1,234.10', rooms: ' Oak Room \n\nStudy Room B\n' });
    expect(result.success).toBe(true);
    if (!result.success) return;
    const fields = formToVenue(result.data);
    expect(fields.costCents).toBe(0);
    expect(fields.fairRentalCents).toBe(123410);
    expect(fields.rooms).toEqual(['Oak Room', 'Study Room B']);
  });

  it('refuses a negative cost, an email without @, a room listed twice and a name left blank', () => {
    expect(
      errorsOf(venue({ cost: '-25', contactEmail: 'office.example.org', rooms: 'Hall\nhall', name: ' ' })),
    ).toEqual({
      cost: 'The amount cannot be negative',
      contactEmail: 'Enter an email address like name@example.org',
      rooms: '“hall” is listed twice: list each room once',
      name: 'Enter the name of the venue',
    });
  });

  it('refuses a capacity that is not a whole number', () => {
    expect(errorsOf(venue({ capacity: '12.5' })).capacity).toMatch(/whole number/);
  });
});

const context = {
  venueId: 'v1',
  rooms: ['Oak Room', 'Study Room B'],
  seriesFirstDates: new Map([['s1', '2026-03-03']]),
};
const booking = (changes: Partial<BookingForm>) =>
  parseBookingForm({ ...emptyBookingForm, groupId: 'g1', room: 'Oak Room', ...changes }, context);

describe('the booking form', () => {
  it('turns one date with start and end times into a start and a length', () => {
    const result = booking({ kind: 'date', date: '2026-03-10', startTime: '18:00', endTime: '19:30' });
    expect(result).toMatchObject({
      ok: true,
      fields: { scheduleId: null, date: '2026-03-10', startTime: '18:00', durationMinutes: 90, room: 'Oak Room' },
    });
  });

  it('refuses an end time before the start time', () => {
    const result = booking({ kind: 'date', date: '2026-03-10', startTime: '19:30', endTime: '18:00' });
    expect(result).toEqual({ ok: false, errors: { endTime: 'The end time must be after the start time' } });
  });

  it('refuses an agreement that ends before the first meeting it covers', () => {
    expect(booking({ scheduleId: 's1', agreementEndsOn: '2026-03-02' })).toEqual({
      ok: false,
      errors: { agreementEndsOn: "The agreement can't end before the first meeting it covers (Tue, Mar 3)" },
    });
    expect(booking({ scheduleId: 's1', agreementEndsOn: '2026-03-03' }).ok).toBe(true);
  });

  it('asks for the series, and for a room of this venue', () => {
    expect(booking({ room: 'Fellowship Hall' })).toEqual({
      ok: false,
      errors: { scheduleId: "Choose the group's meeting series", room: 'Choose one of the rooms of this venue' },
    });
  });

  it("keeps a saved booking's room that the venue no longer lists, and no other room it doesn't list", () => {
    const saved = { ...context, rooms: ['Oak Hall', 'Study Room B'], savedRoom: 'Oak Room' };
    const form = { ...emptyBookingForm, groupId: 'g1', scheduleId: 's1', room: 'Oak Room' };
    expect(parseBookingForm(form, saved)).toMatchObject({ ok: true, fields: { room: 'Oak Room' } });
    expect(parseBookingForm({ ...form, room: 'Attic' }, saved)).toEqual({
      ok: false,
      errors: { room: 'Choose one of the rooms of this venue' },
    });
  });
});

describe('the room lists', () => {
  it('offer the rooms and the whole venue, ask for a choice when none is made, and keep a room no longer listed', () => {
    const labels = (current: string | null, saved?: string | null) =>
      roomOptions(['Oak Hall', 'Study Room B'], current, saved).map((option) => option.label);
    expect(labels(null)).toEqual(['Choose a room', 'Oak Hall', 'Study Room B', 'The whole venue (every room)']);
    expect(labels('')).toEqual(['Oak Hall', 'Study Room B', 'The whole venue (every room)']);
    expect(labels('Oak Room')).toEqual([
      'Oak Hall',
      'Study Room B',
      'Oak Room (no longer listed)',
      'The whole venue (every room)',
    ]);
    // Still offered after choosing another room, so it can be chosen again.
    expect(labels('Oak Hall', 'Oak Room')).toContain('Oak Room (no longer listed)');
    // The whole venue is stored as a blank room; not choosing yet is null.
    expect([null, '', 'Oak Hall'].map((room) => fromRoomOption(toRoomOption(room)))).toEqual([null, '', 'Oak Hall']);
  });
});

describe('the series form', () => {
  const series = {
    rule: 'weekly' as const,
    weekday: 2,
    nth: 1,
    startTime: '18:30',
    durationMinutes: 90,
    timeZone: 'America/Chicago',
    venueId: 'v1',
    startsOn: '2026-03-03',
    endsOn: '',
  };
  it('asks for the room until one, or the whole venue, is chosen', () => {
    const unchosen = scheduleFormSchema.safeParse({ ...series, room: null });
    expect(
      unchosen.success ? {} : Object.fromEntries(unchosen.error.issues.map((i) => [i.path[0], i.message])),
    ).toEqual({ room: 'Choose the room the group meets in, or the whole venue' });
    expect(scheduleFormSchema.safeParse({ ...series, room: '' }).data?.room).toBe('');
    expect(scheduleFormSchema.safeParse({ ...series, room: ' Oak Room ' }).data?.room).toBe('Oak Room');
  });
});
