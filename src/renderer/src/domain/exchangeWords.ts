// The exchange in the words the review screen uses: what a record is ("Meeting record, Tue, Oct 6,
// 2026 · Downtown Tuesday Connection"), how many of each kind change, and a field's value shown
// plainly (names instead of ids, dollars instead of cents, dates the way people say them).
import type { RecordOf, RecordTable } from '@shared/model';
import { calendarDay } from './backupWords';
import { formatCents } from './money';
import type { TableCounts } from './exchangePlan';

export const NOUNS: Record<RecordTable, [string, string]> = {
  affiliates: ['affiliate', 'affiliates'],
  groups: ['group', 'groups'],
  schedules: ['meeting schedule', 'meeting schedules'],
  meetings: ['meeting record', 'meeting records'],
  closures: ['closure', 'closures'],
  venues: ['venue', 'venues'],
  bookings: ['booking', 'bookings'],
  donors: ['donor', 'donors'],
  donations: ['donation', 'donations'],
  facilitators: ['facilitator', 'facilitators'],
  trainings: ['training', 'trainings'],
};

export const countOf = (table: RecordTable, count: number): string =>
  `${count.toLocaleString('en-US')} ${NOUNS[table][count === 1 ? 0 : 1]}`;

/** "3 groups, 40 meeting records" for one kind of change, or '' when nothing of that kind happens. */
export function countsInWords(counts: Partial<Record<RecordTable, TableCounts>>, kind: keyof TableCounts): string {
  return (Object.entries(counts) as [RecordTable, TableCounts][])
    .filter(([, each]) => each[kind] > 0)
    .map(([table, each]) => countOf(table, each[kind]))
    .join(', ');
}

type Names = ReadonlyMap<string, string>;
const nameOf = (names: Names, id: string | null): string => (id === null ? '' : (names.get(id) ?? 'another record'));
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What a record is, in a line: its name, or for records without one, what and when. */
export function describeRecord(table: RecordTable, record: RecordOf<RecordTable>, names: Names): string {
  const r = record as Record<string, unknown>;
  const text = (field: string) => (typeof r[field] === 'string' ? (r[field] as string) : '');
  const day = (field: string) => (ISO_DAY.test(text(field)) ? calendarDay(text(field)) : '');
  const group = () => nameOf(names, typeof r['groupId'] === 'string' ? (r['groupId'] as string) : null);
  switch (table) {
    case 'affiliates':
    case 'groups':
    case 'venues':
    case 'donors':
    case 'facilitators':
      return text('name');
    case 'schedules':
      return `${group()}, from ${day('startsOn')}`;
    case 'meetings':
      return `${group()}, ${day('originalDate')}`;
    case 'closures':
      return `${text('reason')}, ${day('startDate')}${text('endDate') !== text('startDate') ? ` to ${day('endDate')}` : ''}`;
    case 'bookings':
      return `${nameOf(names, text('venueId'))} for ${group()}`;
    case 'donations':
      return `${text('description')}, ${day('date')}`;
    case 'trainings':
      return `Training from ${day('startDate')}`;
  }
}

/** Orders a list of records the way a coordinator looks for them: by group, then by date, then by name. */
export function sortKeyOf(table: RecordTable, record: RecordOf<RecordTable>, names: Names): string {
  const r = record as Record<string, unknown>;
  const field = (name: string) => (typeof r[name] === 'string' ? (r[name] as string) : '');
  const group = nameOf(names, field('groupId') || null);
  const date = field('originalDate') || field('date') || field('startsOn') || field('startDate');
  return `${group}\u0000${date}\u0000${describeRecord(table, record, names)}`;
}

const GROUP_FIELD_LABELS: Record<string, string> = {
  contactPhone: 'Public contact phone',
  contactEmail: 'Public contact email',
};

const FIELD_LABELS: Record<string, string> = {
  deleted: 'Deleted',
  affiliateId: 'Affiliate',
  groupId: 'Group',
  venueId: 'Venue',
  donorId: 'Donor',
  scheduleId: 'Meeting schedule',
  facilitatorIds: 'Facilitators',
  facilitatorsPresent: 'Facilitators present',
  traineeIds: 'Trainees',
  attendedIds: 'Attended',
  firstTime: 'First-time attendees',
  contactPhone: 'Contact phone',
  contactEmail: 'Contact email',
  flyerText: 'Flyer welcome text',
  joinInfo: 'How to join online',
  valueCents: 'Value',
  costCents: 'Cost per meeting',
  fairRentalCents: 'Fair rental value per meeting',
  durationMinutes: 'Length (minutes)',
  nth: 'Week of the month',
  weekday: 'Weekday',
};

/** "contactPhone" → "Contact phone", with plainer words where the field name is not (and the form's words). */
export function fieldLabel(field: string, table?: RecordTable): string {
  const known = (table === 'groups' ? GROUP_FIELD_LABELS[field] : undefined) ?? FIELD_LABELS[field];
  if (known) return known;
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A stored value as a coordinator would read it; '' reads as "(empty)". */
export function formatValue(field: string, value: unknown, names: Names): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (field === 'weekday' && typeof value === 'number') return WEEKDAYS[value] ?? String(value);
  if (field.endsWith('Cents') && typeof value === 'number' && Number.isInteger(value)) return formatCents(value);
  if (typeof value === 'number') return value.toLocaleString('en-US');
  if (typeof value === 'string') {
    if (field.endsWith('Id')) return nameOf(names, value);
    return ISO_DAY.test(value) ? calendarDay(value) : value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '(none)';
    if (field.endsWith('Ids') || field === 'facilitatorsPresent') {
      return value.map((id) => nameOf(names, String(id))).join(', ');
    }
    if (value.every((item) => typeof item === 'string')) return value.join(', ');
    return value.length === 1 ? '1 entry' : `${value.length} entries`;
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== '' && item !== false)
      .map(([key, item]) => (item === true ? fieldLabel(key) : `${fieldLabel(key)}: ${formatValue(key, item, names)}`))
      .join('; ');
  }
  return String(value);
}

/** The name db/device gives a copy until its coordinator names it. */
const UNNAMED = 'This computer';

/** The sending computer's name as the review says it: "the other computer" while it has no name of its own. */
export const senderName = (name: string): string =>
  name.trim() === '' || name.trim() === UNNAMED ? 'the other computer' : name.trim();

export interface Computers {
  localDevice: string;
  sender: { deviceId: string; name: string };
  /** other computers this copy has exchanged with, by device id */
  known: ReadonlyMap<string, string>;
}

/** Who made a version: "this computer", the sender's name, another known computer, or "another computer". */
export function whoChanged(deviceId: string, computers: Computers): string {
  if (deviceId === computers.localDevice) return 'this computer';
  if (deviceId === computers.sender.deviceId) return computers.sender.name;
  return computers.known.get(deviceId) ?? 'another computer';
}

export const CHANGE_LABELS = { add: 'Added', update: 'Updated', delete: 'Deleted', restore: 'Brought back' } as const;

/** One line per kind of change that happens: "Added" and "3 groups, 40 meeting records". */
export function changeLines(
  counts: Partial<Record<RecordTable, TableCounts>>,
): { kind: keyof TableCounts; label: string; words: string }[] {
  return (Object.keys(CHANGE_LABELS) as (keyof typeof CHANGE_LABELS)[])
    .map((kind) => ({ kind, label: CHANGE_LABELS[kind], words: countsInWords(counts, kind) }))
    .filter((line) => line.words !== '');
}

/** "Group", "Meeting record": a noun to put before a record's description. */
export const nounFor = (table: RecordTable): string => {
  const [one] = NOUNS[table];
  return one.charAt(0).toUpperCase() + one.slice(1);
};
