// A venue's fields for tests: a name and its rooms, everything else plain (no contact, all accessible).
import type { NewRecord, Venue } from '@shared/model';
import type { BookingFields } from '../../../../src/renderer/src/db/bookings';

export const venueFields = (name: string, rooms: string[], more: Partial<NewRecord<Venue>> = {}): NewRecord<Venue> => ({
  name,
  address: '',
  rooms,
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  capacity: null,
  accessibility: { stepFree: true, restroom: true, parking: true, transit: true, notes: '' },
  costCents: 0,
  fairRentalCents: 0,
  notes: '',
  contactLog: [],
  ...more,
});

/** A series booking (no date) in the Oak Room, confirmed unless `more` says otherwise. */
export const bookingFields = (
  venueId: string,
  groupId: string,
  scheduleId: string | null,
  more: Partial<BookingFields> = {},
): BookingFields => ({
  venueId,
  room: 'Oak Room',
  groupId,
  scheduleId,
  date: null,
  startTime: null,
  durationMinutes: null,
  status: 'confirmed',
  agreementEndsOn: null,
  notes: '',
  ...more,
});
