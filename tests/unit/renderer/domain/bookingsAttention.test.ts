import { describe, expect, it } from 'vitest';
import type { Booking, Group } from '@shared/model';
import {
  agreementsEnding,
  awaitingConfirmation,
  leftBehind,
  seriesWithoutBooking,
} from '../../../../src/renderer/src/domain/bookingsAttention';
import { schedule } from './meetingFixtures';

const TODAY = '2026-03-02'; // a Monday

function booking(fields: Partial<Booking> & Pick<Booking, 'id'>): Booking {
  return {
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    changedBy: 'test',
    venueId: 'v1',
    room: 'Oak Room',
    groupId: 'g1',
    scheduleId: 's1',
    date: null,
    startTime: null,
    durationMinutes: null,
    status: 'requested',
    statusHistory: [],
    agreementEndsOn: null,
    notes: '',
    ...fields,
  };
}

function group(id: string, fields: Partial<Group> = {}): Group {
  return {
    id,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    changedBy: 'test',
    name: id,
    program: 'connection',
    affiliateId: null,
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

describe('series without a booking', () => {
  const groups = new Map([
    ['g1', group('g1')],
    ['g2', group('g2', { format: 'virtual' })],
    ['g3', group('g3', { status: 'paused' })],
  ]);
  it('lists running series of active in-person groups with no requested or confirmed booking', () => {
    const unbooked = schedule({ id: 's1', groupId: 'g1' });
    const declinedOnly = schedule({ id: 's2', groupId: 'g1' });
    const booked = schedule({ id: 's3', groupId: 'g1' });
    const ended = schedule({ id: 's4', groupId: 'g1', endsOn: '2026-02-01' });
    const online = schedule({ id: 's5', groupId: 'g2' });
    const paused = schedule({ id: 's6', groupId: 'g3' });
    const bookings = [
      booking({ id: 'b2', scheduleId: 's2', status: 'declined' }),
      booking({ id: 'b3', scheduleId: 's3', status: 'requested' }),
    ];
    const found = seriesWithoutBooking(
      [unbooked, declinedOnly, booked, ended, online, paused],
      bookings,
      groups,
      TODAY,
    );
    expect(found.map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('counts only a booking at the venue the series meets at, not one left where it used to meet', () => {
    const moved = schedule({ id: 's1', groupId: 'g1', venueId: 'v2' });
    const stayed = schedule({ id: 's2', groupId: 'g1', venueId: 'v1' });
    const noVenue = schedule({ id: 's3', groupId: 'g1', venueId: null });
    const bookings = [
      booking({ id: 'b1', scheduleId: 's1', venueId: 'v1', status: 'confirmed' }),
      booking({ id: 'b2', scheduleId: 's2', venueId: 'v1', status: 'confirmed' }),
      booking({ id: 'b3', scheduleId: 's3', venueId: 'v1', status: 'confirmed' }),
    ];
    expect(seriesWithoutBooking([moved, stayed, noVenue], bookings, groups, TODAY).map((s) => s.id)).toEqual(['s1']);
    // Booked at its new venue, it is off the list.
    const rebooked = [...bookings, booking({ id: 'b4', scheduleId: 's1', venueId: 'v2' })];
    expect(seriesWithoutBooking([moved, stayed, noVenue], rebooked, groups, TODAY)).toEqual([]);
  });
});

describe('bookings waiting for confirmation', () => {
  it('warns from 14 days before the first meeting, and not for confirmed ones', () => {
    const soon = schedule({ id: 's1', startsOn: '2026-03-16' }); // first Tuesday: Mar 17, 15 days away
    const sooner = schedule({ id: 's2', startsOn: '2026-03-15' }); // first Tuesday: Mar 17 … still 15 days
    const inTwoWeeks = schedule({ id: 's3', startsOn: '2026-03-10' }); // Mar 10: 8 days away
    const schedules = new Map([soon, sooner, inTwoWeeks].map((s) => [s.id, s]));
    const found = awaitingConfirmation(
      [
        booking({ id: 'b1', scheduleId: 's1' }),
        booking({ id: 'b2', scheduleId: 's2', status: 'confirmed' }),
        booking({ id: 'b3', scheduleId: 's3' }),
        booking({ id: 'b4', scheduleId: null, date: '2026-03-16', startTime: '18:00', durationMinutes: 90 }),
        booking({ id: 'b5', scheduleId: null, date: '2026-03-17', startTime: '18:00', durationMinutes: 90 }),
      ],
      schedules,
      TODAY,
    );
    expect(found.map((f) => [f.booking.id, f.firstMeeting, f.daysUntil])).toEqual([
      ['b3', '2026-03-10', 8],
      ['b4', '2026-03-16', 14],
    ]);
  });

  it('keeps warning about a running series whose first meeting has passed, not a past single date', () => {
    const started = schedule({ id: 's1', startsOn: '2026-01-06' });
    const found = awaitingConfirmation(
      [
        booking({ id: 'b1', scheduleId: 's1' }),
        booking({ id: 'b2', scheduleId: null, date: '2026-02-20', startTime: '18:00', durationMinutes: 90 }),
      ],
      new Map([[started.id, started]]),
      TODAY,
    );
    expect(found.map((f) => [f.booking.id, f.daysUntil])).toEqual([['b1', -55]]);
  });
});

describe('agreements ending', () => {
  it('warns within 30 days of the end while the series goes on after it', () => {
    const weekly = schedule({ id: 's1' });
    const endsFirst = schedule({ id: 's2', endsOn: '2026-03-20' });
    const schedules = new Map([weekly, endsFirst].map((s) => [s.id, s]));
    const found = agreementsEnding(
      [
        booking({ id: 'b1', status: 'confirmed', agreementEndsOn: '2026-04-01' }), // 30 days
        booking({ id: 'b2', status: 'confirmed', agreementEndsOn: '2026-04-02' }), // 31 days
        booking({ id: 'b3', status: 'confirmed', scheduleId: 's2', agreementEndsOn: '2026-03-25' }), // series ends first
        booking({ id: 'b4', status: 'requested', agreementEndsOn: '2026-03-10' }),
        booking({ id: 'b5', status: 'confirmed', agreementEndsOn: '2026-02-01' }), // already ended, still meeting
      ],
      schedules,
      TODAY,
    );
    expect(found.map((f) => [f.booking.id, f.daysLeft])).toEqual([
      ['b5', -29],
      ['b1', 30],
    ]);
  });
});

describe('a series booking left at a venue the series has moved away from', () => {
  // Tuesdays from 2026-03-03, now at v2; both bookings are of v1.
  const moved = schedule({ id: 's1', startsOn: '2026-03-03', venueId: 'v2' });
  const requested = booking({ id: 'b1', status: 'requested' });
  const confirmed = booking({ id: 'b2', status: 'confirmed', agreementEndsOn: '2026-03-20' });

  it('asks for no confirmation and no renewal', () => {
    const schedules = new Map([['s1', moved]]);
    expect(awaitingConfirmation([requested], schedules, TODAY)).toEqual([]);
    expect(agreementsEnding([confirmed], schedules, TODAY)).toEqual([]);
    // The same bookings while the series still meets at v1 ask for both.
    const here = new Map([['s1', { ...moved, venueId: 'v1' }]]);
    expect(awaitingConfirmation([requested], here, TODAY).map((entry) => entry.booking.id)).toEqual(['b1']);
    expect(agreementsEnding([confirmed], here, TODAY).map((entry) => entry.booking.id)).toEqual(['b2']);
  });

  it('is told apart from a single date, a series still there and one with no venue yet', () => {
    expect(leftBehind(requested, moved)).toBe(true);
    expect(leftBehind({ ...requested, scheduleId: null }, moved)).toBe(false);
    expect(leftBehind(requested, { ...moved, venueId: 'v1' })).toBe(false);
    expect(leftBehind(requested, { ...moved, venueId: null })).toBe(false);
    expect(leftBehind(requested, undefined)).toBe(false);
  });
});
