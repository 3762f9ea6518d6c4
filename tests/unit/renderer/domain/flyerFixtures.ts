// Plain records for flyer tests: a group, its venue and the organisation's settings.
import type { Group, Settings, Venue } from '@shared/model';

const base = (id: string) => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
  changedBy: 'test',
});

export function group(fields: Partial<Group> = {}): Group {
  return {
    ...base(fields.id ?? 'g1'),
    name: 'Grove Avenue Thursday Connection',
    program: 'connection',
    affiliateId: 'a1',
    language: 'English',
    format: 'in-person',
    status: 'active',
    facilitatorIds: [],
    contactPhone: '',
    contactEmail: '',
    flyerText: '',
    accessibilityNotes: '',
    joinInfo: '',
    notes: '',
    ...fields,
  };
}

export function venue(fields: Partial<Venue> = {}): Venue {
  return {
    ...base(fields.id ?? 'v1'),
    name: 'First Community Church',
    address: '88 Grove Avenue\nRiverbend, IL 61103',
    rooms: ['Fellowship Hall'],
    contactName: 'Rev. Alan Brooks',
    contactPhone: '(815) 555-0121',
    contactEmail: '',
    capacity: 20,
    accessibility: { stepFree: true, restroom: true, parking: false, transit: false, notes: 'Ramp at the side door.' },
    costCents: 0,
    fairRentalCents: 5000,
    notes: 'Key from the office.',
    contactLog: [],
    ...fields,
  };
}

export function settings(fields: Partial<Settings> = {}): Settings {
  return {
    ...base('organisation'),
    id: 'organisation',
    name: 'NAMI Riverbend',
    address: '410 Main Street\nRiverbend, IL 61101',
    phone: '(815) 555-0142',
    email: 'groups@namiriverbend.example.org',
    website: 'https://namiriverbend.example.org/',
    stateOfficePhone: '(217) 555-0100',
    timeZone: 'America/Chicago',
    language: 'en',
    defaultMeetingMinutes: 90,
    letterSignature: '',
    ...fields,
  };
}
