// What the booking form accepts: a group's series or one date (with start and end times), a room
// of the venue, a status and an optional agreement end date that cannot come before the first meeting.
import { z } from 'zod';
import { BOOKING_STATUSES, clockTime, isoDate, type Booking } from '@shared/model';
import { minutesOf, timeFromMinutes } from '../../domain/dates';
import { shortDate } from '../../domain/wording';
import type { BookingFields } from '../../db/bookings';

export interface BookingForm {
  groupId: string;
  kind: 'series' | 'date';
  scheduleId: string;
  date: string;
  startTime: string;
  endTime: string;
  room: string;
  status: Booking['status'];
  agreementEndsOn: string;
  notes: string;
}

export interface BookingFormContext {
  venueId: string;
  rooms: readonly string[];
  /** the room the booking has now: still accepted if the venue no longer lists it */
  savedRoom?: string;
  /** the first meeting of each series the group has, by series id */
  seriesFirstDates: ReadonlyMap<string, string>;
}

export const emptyBookingForm: BookingForm = {
  groupId: '',
  kind: 'series',
  scheduleId: '',
  date: '',
  startTime: '',
  endTime: '',
  room: '',
  status: 'requested',
  agreementEndsOn: '',
  notes: '',
};

export function bookingToForm(booking: Booking): BookingForm {
  const single = booking.scheduleId === null;
  return {
    groupId: booking.groupId,
    kind: single ? 'date' : 'series',
    scheduleId: booking.scheduleId ?? '',
    date: booking.date ?? '',
    startTime: booking.startTime ?? '',
    endTime:
      booking.startTime !== null && booking.durationMinutes !== null
        ? timeFromMinutes(minutesOf(booking.startTime) + booking.durationMinutes)
        : '',
    room: booking.room,
    status: booking.status,
    agreementEndsOn: booking.agreementEndsOn ?? '',
    notes: booking.notes,
  };
}

const base = z.object({
  groupId: z.string().min(1, 'Choose the group that will meet here'),
  kind: z.enum(['series', 'date']),
  scheduleId: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  room: z.string(),
  status: z.enum(BOOKING_STATUSES, 'Choose a status'),
  agreementEndsOn: z.string().trim(),
  notes: z.string().trim().max(2000, 'Keep the notes under 2,000 characters'),
});

type Issue = { path: keyof BookingForm; message: string };

function problems(form: z.output<typeof base>, context: BookingFormContext): Issue[] {
  const issues: Issue[] = [];
  let firstDate: string | undefined;
  if (form.kind === 'series') {
    if (form.scheduleId === '') issues.push({ path: 'scheduleId', message: "Choose the group's meeting series" });
    firstDate = context.seriesFirstDates.get(form.scheduleId);
  } else {
    if (!isoDate.safeParse(form.date).success) issues.push({ path: 'date', message: 'Enter the date of the meeting' });
    else firstDate = form.date;
    const startOk = clockTime.safeParse(form.startTime).success;
    const endOk = clockTime.safeParse(form.endTime).success;
    if (!startOk) issues.push({ path: 'startTime', message: 'Enter the start time, like 6:30 PM' });
    if (!endOk) issues.push({ path: 'endTime', message: 'Enter the end time, like 8:00 PM' });
    if (startOk && endOk) {
      const length = minutesOf(form.endTime) - minutesOf(form.startTime);
      if (length <= 0) issues.push({ path: 'endTime', message: 'The end time must be after the start time' });
      else if (length < 15) issues.push({ path: 'endTime', message: 'A booking is at least 15 minutes long' });
      else if (length > 480) issues.push({ path: 'endTime', message: 'A booking is at most 8 hours long' });
    }
  }
  if (form.room !== '' && form.room !== context.savedRoom && !context.rooms.includes(form.room)) {
    issues.push({ path: 'room', message: 'Choose one of the rooms of this venue' });
  }
  if (form.agreementEndsOn !== '') {
    if (!isoDate.safeParse(form.agreementEndsOn).success) {
      issues.push({ path: 'agreementEndsOn', message: 'Enter the date the agreement ends, or leave it blank' });
    } else if (firstDate !== undefined && form.agreementEndsOn < firstDate) {
      issues.push({
        path: 'agreementEndsOn',
        message: `The agreement can't end before the first meeting it covers (${shortDate(firstDate)})`,
      });
    }
  }
  return issues;
}

export type BookingParse = { ok: true; fields: BookingFields } | { ok: false; errors: Record<string, string> };

export function parseBookingForm(form: BookingForm, context: BookingFormContext): BookingParse {
  const parsed = base.safeParse(form);
  const errors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message;
    return { ok: false, errors };
  }
  for (const issue of problems(parsed.data, context)) errors[issue.path] ??= issue.message;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const valid = parsed.data;
  const single = valid.kind === 'date';
  return {
    ok: true,
    fields: {
      venueId: context.venueId,
      room: valid.room,
      groupId: valid.groupId,
      scheduleId: single ? null : valid.scheduleId,
      date: single ? valid.date : null,
      startTime: single ? valid.startTime : null,
      durationMinutes: single ? minutesOf(valid.endTime) - minutesOf(valid.startTime) : null,
      status: valid.status,
      agreementEndsOn: valid.agreementEndsOn === '' ? null : valid.agreementEndsOn,
      notes: valid.notes,
    },
  };
}
