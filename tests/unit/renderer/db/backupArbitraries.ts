// fast-check generators for a whole database whose records are valid and point at each other, with
// emoji, accents, right-to-left text and unpaired surrogates in every kind of text field.
import fc from 'fast-check';
import type { Booking, Closure, Donation, Meeting, Schedule } from '@shared/model';
import {
  BOOKING_STATUSES,
  CLOSURE_SCOPES,
  DONATION_CATEGORIES,
  GROUP_FORMATS,
  GROUP_STATUSES,
  MEETING_OUTCOMES,
  PIPELINE_STATUSES,
  PROGRAMS,
  RECURRENCE_RULES,
  VALUATION_METHODS,
} from '@shared/model';
import type { BackupTables } from '../../../../src/renderer/src/domain/backupDocument';
import {
  cents,
  clock,
  count,
  day,
  many,
  minutes,
  nullable,
  nullableRef,
  someOf,
  text,
  withBase,
} from './backupArbitraryParts';

export const databaseArbitrary: fc.Arbitrary<BackupTables> = fc
  .record({
    settings: fc.array(
      withBase(
        fc.record({
          name: text(200),
          address: text(500),
          phone: text(40),
          email: text(200),
          website: text(300),
          stateOfficePhone: text(40),
          timeZone: fc.constantFrom('America/Chicago', 'America/New_York', 'Pacific/Honolulu'),
          language: fc.constantFrom('en' as const, 'es' as const),
          defaultMeetingMinutes: minutes,
          letterSignature: text(500),
        }),
      ).map((record) => ({ ...record, id: 'organisation' as const })),
      { maxLength: 1 },
    ),
    affiliates: many(
      withBase(
        fc.record({
          name: text(200, 1),
          counties: text(500),
          contactName: text(200),
          phone: text(40),
          email: text(200),
        }),
      ),
      3,
    ),
    donors: many(
      withBase(
        fc.record({
          name: text(200, 1),
          kind: fc.constantFrom('person' as const, 'organisation' as const),
          address: text(500),
          email: text(200),
          phone: text(40),
          notes: text(2000),
        }),
      ),
      4,
    ),
    venues: many(
      withBase(
        fc.record({
          name: text(200, 1),
          address: text(500),
          rooms: fc.array(text(100, 1), { maxLength: 3 }),
          contactName: text(200),
          contactPhone: text(40),
          contactEmail: text(200),
          capacity: nullable(count),
          accessibility: fc.record({
            stepFree: fc.boolean(),
            restroom: fc.boolean(),
            parking: fc.boolean(),
            transit: fc.boolean(),
            notes: text(1000),
          }),
          costCents: cents,
          fairRentalCents: cents,
          notes: text(4000),
          contactLog: fc.array(fc.record({ id: fc.uuid(), date: day, note: text(2000, 1) }), { maxLength: 2 }),
        }),
      ),
      3,
    ),
  })
  .chain((first) =>
    fc
      .record({
        facilitators: many(
          withBase(
            fc.record({
              name: text(200, 1),
              phone: text(40),
              email: text(200),
              affiliateId: nullableRef(first.affiliates.map((a) => a.id)),
              languages: fc.array(text(60), { maxLength: 2 }),
              notes: text(4000),
              status: fc.constantFrom(...PIPELINE_STATUSES),
              history: fc.array(
                fc.record({ status: fc.constantFrom(...PIPELINE_STATUSES), on: day, note: text(500) }),
                { maxLength: 3 },
              ),
              waitingOn: text(300),
              trainedOn: nullable(day),
              certifiedOn: nullable(day),
            }),
          ),
          4,
        ),
      })
      .map((second) => ({ ...first, ...second })),
  )
  .chain((known) => {
    const facilitatorIds = known.facilitators.map((f) => f.id);
    return fc
      .record({
        groups: many(
          withBase(
            fc.record({
              name: text(200, 1),
              program: fc.constantFrom(...PROGRAMS),
              affiliateId: nullableRef(known.affiliates.map((a) => a.id)),
              language: text(60),
              format: fc.constantFrom(...GROUP_FORMATS),
              status: fc.constantFrom(...GROUP_STATUSES),
              facilitatorIds: someOf(facilitatorIds),
              contactPhone: text(40),
              contactEmail: text(200),
              flyerText: text(2000),
              accessibilityNotes: text(1000),
              joinInfo: text(1000),
              notes: text(4000),
            }),
          ),
          3,
        ),
        trainings: many(
          withBase(
            fc.record({
              startDate: day,
              endDate: day,
              place: text(300),
              trainer: text(200),
              traineeIds: someOf(facilitatorIds),
              attendedIds: someOf(facilitatorIds),
              completedOn: nullable(day),
            }),
          ),
          2,
        ),
      })
      .map((more) => ({ ...known, ...more }));
  })
  .chain((known) => {
    const groupIds = known.groups.map((g) => g.id);
    const venueIds = known.venues.map((v) => v.id);
    if (groupIds.length === 0) return fc.constant({ ...known, schedules: [] as Schedule[], closures: [] as Closure[] });
    return fc
      .record({
        schedules: many(
          withBase(
            fc.record({
              groupId: fc.constantFrom(...groupIds),
              rule: fc.constantFrom(...RECURRENCE_RULES),
              weekday: fc.integer({ min: 0, max: 6 }),
              nth: nullable(fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, -1 as const)),
              startTime: clock,
              durationMinutes: minutes,
              timeZone: fc.constantFrom('America/Chicago', 'America/Denver'),
              venueId: nullableRef(venueIds),
              room: text(100),
              startsOn: day,
              endsOn: nullable(day),
            }),
          ),
          3,
        ),
        closures: many(
          withBase(
            fc.record({
              startDate: day,
              endDate: day,
              scope: fc.constantFrom(...CLOSURE_SCOPES),
              venueId: nullableRef(venueIds),
              groupId: nullableRef(groupIds),
              reason: text(200, 1),
            }),
          ),
          2,
        ),
      })
      .map((more) => ({ ...known, ...more }));
  })
  .chain((known) => {
    const venueIds = known.venues.map((v) => v.id);
    const groupIds = known.groups.map((g) => g.id);
    const facilitatorIds = known.facilitators.map((f) => f.id);
    const meetingArb =
      known.schedules.length === 0
        ? fc.constant([] as Meeting[])
        : many(
            fc.constantFrom(...known.schedules).chain((schedule) =>
              withBase(
                fc.record({
                  scheduleId: fc.constant(schedule.id),
                  groupId: fc.constant(schedule.groupId),
                  originalDate: day,
                  date: day,
                  startTime: nullable(clock),
                  venueId: nullableRef(venueIds),
                  room: nullable(text(100)),
                  outcome: nullable(fc.constantFrom(...MEETING_OUTCOMES)),
                  attendance: nullable(count),
                  firstTime: nullable(count),
                  facilitatorsPresent: someOf(facilitatorIds),
                  cancelReason: text(300),
                  notes: text(2000),
                }),
              ),
            ),
            8,
          ).map((meetings) => {
            // [scheduleId+originalDate] is unique in the database, as in the app.
            const seen = new Set<string>();
            return meetings.filter(
              (m) => !seen.has(`${m.scheduleId}|${m.originalDate}`) && !!seen.add(`${m.scheduleId}|${m.originalDate}`),
            );
          });
    const bookingArb =
      venueIds.length === 0 || groupIds.length === 0
        ? fc.constant([] as Booking[])
        : many(
            withBase(
              fc.record({
                venueId: fc.constantFrom(...venueIds),
                room: text(100),
                groupId: fc.constantFrom(...groupIds),
                scheduleId: nullableRef(known.schedules.map((s) => s.id)),
                date: nullable(day),
                startTime: nullable(clock),
                durationMinutes: nullable(minutes),
                status: fc.constantFrom(...BOOKING_STATUSES),
                statusHistory: fc.array(fc.record({ status: fc.constantFrom(...BOOKING_STATUSES), on: day }), {
                  maxLength: 2,
                }),
                agreementEndsOn: nullable(day),
                notes: text(2000),
              }),
            ),
            3,
          );
    const donationArb =
      known.donors.length === 0
        ? fc.constant([] as Donation[])
        : many(
            withBase(
              fc.record({
                donorId: fc.constantFrom(...known.donors.map((d) => d.id)),
                date: day,
                category: fc.constantFrom(...DONATION_CATEGORIES),
                description: text(1000, 1),
                quantity: text(100),
                valueCents: cents,
                valuationMethod: fc.constantFrom(...VALUATION_METHODS),
                groupId: nullableRef(groupIds),
                venueId: nullableRef(venueIds),
                acknowledgedOn: nullable(day),
              }),
            ),
            4,
          );
    return fc
      .record({ meetings: meetingArb, bookings: bookingArb, donations: donationArb })
      .map((more) => ({ ...known, ...more }) as BackupTables);
  });
