// What the venue form accepts, in words a coordinator understands; money is read as exact cents.
import { z } from 'zod';
import type { NewRecord, Venue } from '@shared/model';
import { centsToInput, parseMoney } from '../../domain/money';
import { looksLikeEmail } from '../../ui/forms';

/** Blank means nothing to pay (or no known value); anything else must be dollars and cents. */
const money = z.string().transform((value, ctx) => {
  if (value.trim() === '') return 0;
  const parsed = parseMoney(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.message.replace('for one gift', 'for one meeting') });
    return z.NEVER;
  }
  return parsed.cents;
});

const rooms = z.string().transform((value, ctx) => {
  const list = value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const seen = new Set<string>();
  for (const room of list) {
    if (room.length > 100) ctx.addIssue({ code: 'custom', message: `Keep each room name under 100 characters` });
    const key = room.toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `“${room}” is listed twice: list each room once` });
    seen.add(key);
  }
  return list;
});

const capacity = z.string().transform((value, ctx) => {
  const text = value.trim();
  if (text === '') return null;
  if (!/^\d+$/.test(text) || Number(text) > 10_000) {
    ctx.addIssue({ code: 'custom', message: 'Enter how many people fit, as a whole number (or leave it blank)' });
    return z.NEVER;
  }
  return Number(text);
});

export const venueFormSchema = z.object({
  name: z.string().trim().min(1, 'Enter the name of the venue').max(200, 'Keep the name under 200 characters'),
  address: z.string().trim().max(500, 'Keep the address under 500 characters'),
  rooms,
  contactName: z.string().trim().max(200, 'Keep the name under 200 characters'),
  contactPhone: z.string().trim().max(40, 'Keep the phone number under 40 characters'),
  contactEmail: z.string().trim().max(200).refine(looksLikeEmail, 'Enter an email address like name@example.org'),
  capacity,
  stepFree: z.boolean(),
  restroom: z.boolean(),
  parking: z.boolean(),
  transit: z.boolean(),
  accessibilityNotes: z.string().trim().max(1000, 'Keep the notes under 1,000 characters'),
  cost: money,
  fairRental: money,
  notes: z.string().trim().max(4000, 'Keep the notes under 4,000 characters'),
});

export type VenueForm = z.input<typeof venueFormSchema>;

export const emptyVenueForm: VenueForm = {
  name: '',
  address: '',
  rooms: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  capacity: '',
  stepFree: false,
  restroom: false,
  parking: false,
  transit: false,
  accessibilityNotes: '',
  cost: '0.00',
  fairRental: '',
  notes: '',
};

export function venueToForm(venue: Venue): VenueForm {
  return {
    name: venue.name,
    address: venue.address,
    rooms: venue.rooms.join('\n'),
    contactName: venue.contactName,
    contactPhone: venue.contactPhone,
    contactEmail: venue.contactEmail,
    capacity: venue.capacity === null ? '' : String(venue.capacity),
    stepFree: venue.accessibility.stepFree,
    restroom: venue.accessibility.restroom,
    parking: venue.accessibility.parking,
    transit: venue.accessibility.transit,
    accessibilityNotes: venue.accessibility.notes,
    cost: centsToInput(venue.costCents),
    fairRental: venue.fairRentalCents === 0 ? '' : centsToInput(venue.fairRentalCents),
    notes: venue.notes,
  };
}

export type VenueFields = Omit<NewRecord<Venue>, 'contactLog'>;

export function formToVenue(form: z.output<typeof venueFormSchema>): VenueFields {
  return {
    name: form.name,
    address: form.address,
    rooms: form.rooms,
    contactName: form.contactName,
    contactPhone: form.contactPhone,
    contactEmail: form.contactEmail,
    capacity: form.capacity,
    accessibility: {
      stepFree: form.stepFree,
      restroom: form.restroom,
      parking: form.parking,
      transit: form.transit,
      notes: form.accessibilityNotes,
    },
    costCents: form.cost,
    fairRentalCents: form.fairRental,
    notes: form.notes,
  };
}
