// The fixed lists the records' fields choose from, and the names of the record tables: plain values,
// without zod, so that code which only reads and shows records (Home, at every start) does not load the
// schemas. model.ts builds its schemas from these and re-exports them.

export const LANGUAGES = ['en', 'es'] as const;
export const PROGRAMS = ['connection', 'family-support', 'other'] as const;
export const GROUP_FORMATS = ['in-person', 'virtual', 'hybrid'] as const;
export const GROUP_STATUSES = ['active', 'paused', 'ended'] as const;
export const RECURRENCE_RULES = ['weekly', 'biweekly', 'monthly'] as const;
export const MEETING_OUTCOMES = ['held', 'cancelled'] as const;
export const CLOSURE_SCOPES = ['all', 'venue', 'group'] as const;
export const BOOKING_STATUSES = ['requested', 'confirmed', 'declined', 'cancelled'] as const;
export const DONATION_CATEGORIES = [
  'meeting-space',
  'refreshments',
  'printing',
  'materials',
  'training',
  'services',
  'other',
] as const;
export const VALUATION_METHODS = ['donor-estimate', 'receipt', 'comparable-price', 'fair-rental-value'] as const;
export const PIPELINE_STATUSES = [
  'applied',
  'screening',
  'approved',
  'trained',
  'certified',
  'active',
  'inactive',
  'declined',
] as const;

/** The tables that hold the coordinator's records (everything that is backed up and merged), in order. */
export const RECORD_TABLES = [
  'affiliates',
  'groups',
  'schedules',
  'meetings',
  'closures',
  'venues',
  'bookings',
  'donors',
  'donations',
  'facilitators',
  'trainings',
] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];
