// A small, realistic example organisation for a newcomer: one affiliate, four groups, a few months
// of meeting records and gifts. Built relative to today so it always looks current.
import type {
  Affiliate,
  BaseRecord,
  Booking,
  Donation,
  Donor,
  Facilitator,
  Group,
  Meeting,
  Schedule,
  Settings,
  Venue,
} from '@shared/model';
import { plusDays } from './dates';
import { expandRule } from './recurrence';
import { sampleGifts } from './sampleGifts';

export interface SampleData {
  settings: Settings;
  affiliates: Affiliate[];
  groups: Group[];
  schedules: Schedule[];
  venues: Venue[];
  bookings: Booking[];
  facilitators: Facilitator[];
  meetings: Meeting[];
  donors: Donor[];
  donations: Donation[];
}

/** A tiny deterministic random source so the example is the same every time for a given day. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function buildSampleData(options: {
  today: string;
  timeZone: string;
  deviceId: string;
  stamp: string;
  newId: () => string;
}): SampleData {
  const { today, timeZone, deviceId, stamp, newId } = options;
  const random = seeded(20261126);
  const base = (): BaseRecord => ({
    id: newId(),
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
    changedBy: deviceId,
  });

  const settings: Settings = {
    ...base(),
    id: 'organisation',
    name: 'NAMI Riverbend',
    address: '410 Main Street, Suite 2\nRiverbend, IL 61101',
    phone: '(815) 555-0142',
    email: 'groups@namiriverbend.example.org',
    website: 'https://namiriverbend.example.org',
    stateOfficePhone: '(217) 555-0100',
    timeZone,
    language: 'en',
    defaultMeetingMinutes: 90,
    letterSignature: 'Dana Whitfield\nGroups Coordinator, NAMI Riverbend',
  };

  const affiliate: Affiliate = {
    ...base(),
    name: 'NAMI Riverbend',
    counties: 'Winnebago, Boone',
    contactName: 'Dana Whitfield',
    phone: '(815) 555-0142',
    email: 'groups@namiriverbend.example.org',
  };

  const venue = (name: string, address: string, rooms: string[], fairRentalCents: number): Venue => ({
    ...base(),
    name,
    address,
    rooms,
    contactName: '',
    contactPhone: '',
    contactEmail: '',
    capacity: 20,
    accessibility: { stepFree: true, restroom: true, parking: true, transit: true, notes: '' },
    costCents: 0,
    fairRentalCents,
    notes: '',
    contactLog: [],
  });
  const library = {
    ...venue('Riverbend Public Library', '120 Elm Street\nRiverbend, IL 61101', ['Oak Room', 'Study Room B'], 7500),
    contactName: 'Marisol Ortega',
    contactPhone: '(815) 555-0178',
    contactEmail: 'rooms@riverbendlibrary.example.org',
  };
  const church = {
    ...venue('First Community Church', '88 Grove Avenue\nRiverbend, IL 61103', ['Fellowship Hall'], 5000),
    contactName: 'Rev. Alan Brooks',
    contactPhone: '(815) 555-0121',
  };
  const clinic = {
    ...venue('Northside Health Center', '2300 North Second Street\nLoves Park, IL 61111', ['Community Room'], 6000),
    accessibility: {
      stepFree: true,
      restroom: true,
      parking: true,
      transit: false,
      notes: 'Use the east entrance after 5 PM.',
    },
  };
  const venues = [library, church, clinic];

  const facilitator = (
    name: string,
    status: Facilitator['status'],
    languages: string[],
    since: string,
  ): Facilitator => ({
    ...base(),
    name,
    phone: '',
    email: '',
    affiliateId: affiliate.id,
    languages,
    notes: '',
    status,
    history: [{ status, on: since, note: '' }],
    waitingOn: '',
    trainedOn: status === 'active' || status === 'certified' ? since : null,
    certifiedOn: status === 'active' || status === 'certified' ? since : null,
  });
  const start = plusDays(today, -120);
  const facilitators = [
    facilitator('Jordan Ellis', 'active', ['English'], plusDays(today, -400)),
    facilitator('Priya Raman', 'active', ['English'], plusDays(today, -380)),
    facilitator('Luis Moreno', 'active', ['English', 'Spanish'], plusDays(today, -300)),
    facilitator('Carmen Vega', 'active', ['Spanish', 'English'], plusDays(today, -290)),
    facilitator('Terry Holt', 'active', ['English'], plusDays(today, -200)),
    facilitator('Sam Okafor', 'certified', ['English'], plusDays(today, -20)),
    { ...facilitator('Renee Park', 'screening', ['English'], plusDays(today, -41)), waitingOn: 'Reference check' },
    facilitator('Morgan Price', 'applied', ['English'], plusDays(today, -6)),
  ];
  const [jordan, priya, luis, carmen, terry] = facilitators as [
    Facilitator,
    Facilitator,
    Facilitator,
    Facilitator,
    Facilitator,
  ];

  const group = (name: string, language: string, facilitatorIds: string[], extra: Partial<Group> = {}): Group => ({
    ...base(),
    name,
    program: 'connection',
    affiliateId: affiliate.id,
    language,
    format: 'in-person',
    status: 'active',
    facilitatorIds,
    contactPhone: '(815) 555-0142',
    contactEmail: 'groups@namiriverbend.example.org',
    flyerText: '',
    accessibilityNotes: '',
    joinInfo: '',
    notes: '',
    ...extra,
  });
  const groups = [
    group('Downtown Tuesday Connection', 'English', [jordan.id, priya.id]),
    group('Grove Avenue Thursday Connection', 'English', [terry.id]),
    group('Conexión en Español', 'Spanish', [luis.id, carmen.id]),
    group('Northside First Monday Connection', 'English', [priya.id, terry.id]),
  ];
  const [downtown, grove, espanol, northside] = groups as [Group, Group, Group, Group];

  const schedule = (
    groupId: string,
    fields: Pick<Schedule, 'rule' | 'weekday' | 'nth' | 'startTime' | 'venueId' | 'room'>,
  ): Schedule => ({
    ...base(),
    groupId,
    durationMinutes: 90,
    timeZone,
    startsOn: start,
    endsOn: null,
    ...fields,
  });
  const schedules = [
    schedule(downtown.id, {
      rule: 'weekly',
      weekday: 2,
      nth: null,
      startTime: '18:30',
      venueId: library.id,
      room: 'Oak Room',
    }),
    schedule(grove.id, {
      rule: 'biweekly',
      weekday: 4,
      nth: null,
      startTime: '19:00',
      venueId: church.id,
      room: 'Fellowship Hall',
    }),
    schedule(espanol.id, {
      rule: 'weekly',
      weekday: 6,
      nth: null,
      startTime: '10:00',
      venueId: library.id,
      room: 'Study Room B',
    }),
    schedule(northside.id, {
      rule: 'monthly',
      weekday: 1,
      nth: 1,
      startTime: '18:00',
      venueId: clinic.id,
      room: 'Community Room',
    }),
  ];

  // Each series has its room confirmed; the library's agreement is up for renewal soon.
  const bookings: Booking[] = schedules.map((series) => ({
    ...base(),
    venueId: series.venueId!,
    room: series.room,
    groupId: series.groupId,
    scheduleId: series.id,
    date: null,
    startTime: null,
    durationMinutes: null,
    status: 'confirmed',
    statusHistory: [
      { status: 'requested', on: plusDays(start, -21) },
      { status: 'confirmed', on: plusDays(start, -14) },
    ],
    agreementEndsOn: series.venueId === library.id ? plusDays(today, 20) : plusDays(today, 240),
    notes: '',
  }));

  // Meetings up to two weeks ago are recorded; the most recent ones are left for the coordinator.
  const recordedUntil = plusDays(today, -14);
  const meetings: Meeting[] = [];
  for (const series of schedules) {
    const present = groups.find((g) => g.id === series.groupId)!.facilitatorIds;
    for (const date of expandRule(series, start, recordedUntil)) {
      const cancelled = random() < 0.08;
      const attendance = 3 + Math.floor(random() * 9);
      meetings.push({
        ...base(),
        scheduleId: series.id,
        groupId: series.groupId,
        originalDate: date,
        date,
        startTime: null,
        venueId: null,
        room: null,
        outcome: cancelled ? 'cancelled' : 'held',
        attendance: cancelled ? null : attendance,
        firstTime: cancelled ? null : Math.floor(random() * Math.min(3, attendance)),
        facilitatorsPresent: cancelled ? [] : present,
        cancelReason: cancelled ? 'Severe weather' : '',
        notes: '',
      });
    }
  }

  const { donors, donations } = sampleGifts(base, today, [downtown.id, grove.id, espanol.id]);

  return {
    settings,
    affiliates: [affiliate],
    groups,
    schedules,
    venues,
    bookings,
    facilitators,
    meetings,
    donors,
    donations,
  };
}
