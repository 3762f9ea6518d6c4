// The data model: every stored record's shape, as zod schemas (used to validate forms, imports and
// backups) and the TypeScript types derived from them. No participant's name or contact appears here.
import { z } from 'zod';
import {
  LANGUAGES,
  PROGRAMS,
  GROUP_FORMATS,
  GROUP_STATUSES,
  RECURRENCE_RULES,
  MEETING_OUTCOMES,
  CLOSURE_SCOPES,
  BOOKING_STATUSES,
  DONATION_CATEGORIES,
  VALUATION_METHODS,
  PIPELINE_STATUSES,
  type RecordTable,
} from './values';

export * from './values';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-10-06')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'That date does not exist');
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 18:30');
export const timestamp = z.string().datetime({ offset: true });
export const id = z.string().min(1).max(64);
export const cents = z.number().int('Use dollars and cents').min(0, 'Cannot be negative');
export const count = z.number().int('Use a whole number').min(0, 'Cannot be negative');

/** Fields every record carries: a random UUID, timestamps, a tombstone, and who changed it last. */
export const baseRecord = z.object({
  id,
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
  /** the device id of the copy that last changed this record (for merging between coordinators) */
  changedBy: z.string().max(64),
});
export type BaseRecord = z.infer<typeof baseRecord>;

export const settingsSchema = baseRecord.extend({
  id: z.literal('organisation'),
  name: z.string().max(200),
  address: z.string().max(500),
  phone: z.string().max(40),
  email: z.string().max(200),
  website: z.string().max(300),
  stateOfficePhone: z.string().max(40),
  timeZone: z.string().min(1).max(64),
  language: z.enum(LANGUAGES),
  defaultMeetingMinutes: z.number().int().min(15).max(480),
  letterSignature: z.string().max(500),
});
export type Settings = z.infer<typeof settingsSchema>;

export const affiliateSchema = baseRecord.extend({
  name: z.string().min(1).max(200),
  counties: z.string().max(500),
  contactName: z.string().max(200),
  phone: z.string().max(40),
  email: z.string().max(200),
});
export type Affiliate = z.infer<typeof affiliateSchema>;

export const groupSchema = baseRecord.extend({
  name: z.string().min(1).max(200),
  program: z.enum(PROGRAMS),
  affiliateId: id.nullable(),
  /** e.g. 'English', 'Spanish': what the group is held in, as the coordinator writes it */
  language: z.string().max(60),
  format: z.enum(GROUP_FORMATS),
  status: z.enum(GROUP_STATUSES),
  facilitatorIds: z.array(id),
  contactPhone: z.string().max(40),
  contactEmail: z.string().max(200),
  flyerText: z.string().max(2000),
  accessibilityNotes: z.string().max(1000),
  /** how to join a virtual or hybrid meeting */
  joinInfo: z.string().max(1000),
  notes: z.string().max(4000),
});
export type Group = z.infer<typeof groupSchema>;

/** 1st to 4th, or -1 for the last such weekday of the month */
export const nthWeekday = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]);

export const scheduleSchema = baseRecord.extend({
  groupId: id,
  rule: z.enum(RECURRENCE_RULES),
  /** 0 = Sunday … 6 = Saturday */
  weekday: z.number().int().min(0).max(6),
  /** only for monthly series */
  nth: nthWeekday.nullable(),
  startTime: clockTime,
  durationMinutes: z.number().int().min(15).max(480),
  timeZone: z.string().min(1).max(64),
  venueId: id.nullable(),
  room: z.string().max(100),
  startsOn: isoDate,
  endsOn: isoDate.nullable(),
  /**
   * Set on a series made by changing "this and later" meetings of another: that series, and the first
   * date that moved. Its records from that date on belong here, wherever they were made (see
   * domain/seriesLineage.ts). Absent on every other series, and on series from before it was kept.
   */
  continues: z.object({ scheduleId: id, from: isoDate }).nullable().optional(),
});
export type Schedule = z.infer<typeof scheduleSchema>;

/** One occurrence that has something to say, keyed by its series and original date. */
export const meetingSchema = baseRecord.extend({
  scheduleId: id,
  groupId: id,
  originalDate: isoDate,
  /** where the meeting falls after any move (equals originalDate when not moved) */
  date: isoDate,
  startTime: clockTime.nullable(),
  venueId: id.nullable(),
  room: z.string().max(100).nullable(),
  outcome: z.enum(MEETING_OUTCOMES).nullable(),
  attendance: count.nullable(),
  firstTime: count.nullable(),
  facilitatorsPresent: z.array(id),
  cancelReason: z.string().max(300),
  notes: z.string().max(2000),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const closureSchema = baseRecord.extend({
  startDate: isoDate,
  endDate: isoDate,
  scope: z.enum(CLOSURE_SCOPES),
  venueId: id.nullable(),
  groupId: id.nullable(),
  reason: z.string().min(1).max(200),
});
export type Closure = z.infer<typeof closureSchema>;

export const contactLogEntry = z.object({ id, date: isoDate, note: z.string().min(1).max(2000) });
export type ContactLogEntry = z.infer<typeof contactLogEntry>;

export const venueSchema = baseRecord.extend({
  name: z.string().min(1).max(200),
  address: z.string().max(500),
  rooms: z.array(z.string().min(1).max(100)),
  contactName: z.string().max(200),
  contactPhone: z.string().max(40),
  contactEmail: z.string().max(200),
  capacity: count.nullable(),
  accessibility: z.object({
    stepFree: z.boolean(),
    restroom: z.boolean(),
    parking: z.boolean(),
    transit: z.boolean(),
    notes: z.string().max(1000),
  }),
  costCents: cents,
  fairRentalCents: cents,
  notes: z.string().max(4000),
  contactLog: z.array(contactLogEntry),
});
export type Venue = z.infer<typeof venueSchema>;

export const bookingSchema = baseRecord.extend({
  venueId: id,
  room: z.string().max(100),
  groupId: id,
  /** the series booked, or null for a single date */
  scheduleId: id.nullable(),
  date: isoDate.nullable(),
  startTime: clockTime.nullable(),
  durationMinutes: z.number().int().min(15).max(480).nullable(),
  status: z.enum(BOOKING_STATUSES),
  statusHistory: z.array(z.object({ status: z.enum(BOOKING_STATUSES), on: isoDate })),
  agreementEndsOn: isoDate.nullable(),
  notes: z.string().max(2000),
});
export type Booking = z.infer<typeof bookingSchema>;

export const donorSchema = baseRecord.extend({
  name: z.string().min(1).max(200),
  kind: z.enum(['person', 'organisation']),
  address: z.string().max(500),
  email: z.string().max(200),
  phone: z.string().max(40),
  notes: z.string().max(2000),
});
export type Donor = z.infer<typeof donorSchema>;

export const donationSchema = baseRecord.extend({
  donorId: id,
  date: isoDate,
  category: z.enum(DONATION_CATEGORIES),
  description: z.string().min(1).max(1000),
  quantity: z.string().max(100),
  valueCents: cents,
  valuationMethod: z.enum(VALUATION_METHODS),
  groupId: id.nullable(),
  venueId: id.nullable(),
  acknowledgedOn: isoDate.nullable(),
});
export type Donation = z.infer<typeof donationSchema>;

export type PipelineStatus = (typeof PIPELINE_STATUSES)[number];

export const facilitatorSchema = baseRecord.extend({
  name: z.string().min(1).max(200),
  phone: z.string().max(40),
  email: z.string().max(200),
  affiliateId: id.nullable(),
  languages: z.array(z.string().max(60)),
  notes: z.string().max(4000),
  status: z.enum(PIPELINE_STATUSES),
  history: z.array(z.object({ status: z.enum(PIPELINE_STATUSES), on: isoDate, note: z.string().max(500) })),
  waitingOn: z.string().max(300),
  trainedOn: isoDate.nullable(),
  certifiedOn: isoDate.nullable(),
});
export type Facilitator = z.infer<typeof facilitatorSchema>;

export const trainingSchema = baseRecord.extend({
  startDate: isoDate,
  endDate: isoDate,
  place: z.string().max(300),
  trainer: z.string().max(200),
  traineeIds: z.array(id),
  attendedIds: z.array(id),
  completedOn: isoDate.nullable(),
});
export type Training = z.infer<typeof trainingSchema>;

/** Derived per group and month; rebuilt from meetings, never merged or restored as truth. */
export const monthlyStatSchema = z.object({
  groupId: id,
  month: z.string().regex(/^\d{4}-\d{2}$/),
  held: count,
  cancelled: count,
  attendance: count,
  firstTime: count,
  facilitatorMinutes: count,
});
export type MonthlyStat = z.infer<typeof monthlyStatSchema>;

/** The tables that hold the coordinator's records (everything that is backed up and merged). */
export const recordSchemas = {
  affiliates: affiliateSchema,
  groups: groupSchema,
  schedules: scheduleSchema,
  meetings: meetingSchema,
  closures: closureSchema,
  venues: venueSchema,
  bookings: bookingSchema,
  donors: donorSchema,
  donations: donationSchema,
  facilitators: facilitatorSchema,
  trainings: trainingSchema,
} as const satisfies Record<RecordTable, z.ZodType>;
export type RecordOf<T extends RecordTable> = z.infer<(typeof recordSchemas)[T]>;

/** The fields a caller supplies when creating a record; the db module fills in the rest. */
export type NewRecord<T extends BaseRecord> = Omit<T, keyof BaseRecord>;
