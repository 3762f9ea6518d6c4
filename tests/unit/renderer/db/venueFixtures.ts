// A venue's fields for tests: a name and its rooms, everything else plain (no contact, all accessible).
import type { NewRecord, Venue } from '@shared/model';

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
