// A small organisation whose October 2026 is worked out by hand in report.test.ts. Today is
// 2026-11-05 in America/Chicago, so every October meeting is past.
//
// Riverside Tuesday Connection (NAMI Riverbend), weekly on Tuesdays 6:30 PM, 90 minutes, at the library
// (lent free, fair rental $75.00):
//   Aug 25 held, 9 came (for the chart)            Sep 29 moved to Thu Oct 1, held: 6 came, 1 first time, 1 facilitator
//   Oct 6 held: 8 came, 2 first time, 2 facilitators  Oct 13 cancelled          Oct 20 not recorded
//   Oct 27 moved to Mon Nov 2 and held (November's, not October's)
//   gifts: $40.00 dated Oct 31 (the last evening of October in Chicago), $25.00 dated Nov 1
// Grove Avenue "Every Other" Thursday, Church Hall (NAMI Riverbend), every other Thursday 7 PM, 120 minutes,
// from Sep 24, at the church (charges $20.00, so its space is not a gift):
//   Oct 8 held: 5 came, 1 facilitator      Oct 22 church closed (a venue closure)      gift: $12.50 on Oct 15
// Lakeside First Monday (NAMI Lakeside), first Monday of each month: Oct 5 not recorded.
// Resting group (paused, no meetings): left out of the report.
// A $100.00 printing gift on Oct 10 served no one group.
import type { Group, NewRecord } from '@shared/model';
import { createAffiliate } from '../../../../src/renderer/src/db/affiliates';
import { createBooking } from '../../../../src/renderer/src/db/bookings';
import { addClosure } from '../../../../src/renderer/src/db/closureOps';
import { createDonation } from '../../../../src/renderer/src/db/donations';
import { donorFields, giftFields } from './giftFixtures';
import { createDonor } from '../../../../src/renderer/src/db/donors';
import { createFacilitator } from '../../../../src/renderer/src/db/facilitators';
import { createGroup } from '../../../../src/renderer/src/db/groups';
import { moveOccurrence, recordCancelled, recordHeld } from '../../../../src/renderer/src/db/meetings';
import { createSchedule } from '../../../../src/renderer/src/db/seriesOps';
import { createVenue } from '../../../../src/renderer/src/db/venues';
import { todayIso } from '../../../../src/renderer/src/domain/dates';
import { seriesFields } from './meetingFixtures';

export const TODAY = '2026-11-05';
export const ZONE = 'America/Chicago';

const groupFields = (name: string, affiliateId: string, extra: Partial<Group> = {}): NewRecord<Group> => ({
  name,
  program: 'connection',
  affiliateId,
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
  ...extra,
});

const venueFields = (name: string, costCents: number, fairRentalCents: number) => ({
  name,
  address: '',
  rooms: ['Room A'],
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  capacity: 20,
  accessibility: { stepFree: true, restroom: true, parking: true, transit: true, notes: '' },
  costCents,
  fairRentalCents,
  notes: '',
  contactLog: [],
});

const history = (status: 'applied' | 'certified', on: string) => ({
  name: `Volunteer ${on}`,
  phone: '',
  email: '',
  affiliateId: null,
  languages: ['English'],
  notes: '',
  status,
  history: [{ status, on, note: '' }],
  waitingOn: '',
  trainedOn: null,
  certifiedOn: status === 'certified' ? on : null,
});

export async function buildReportFixture() {
  const riverbend = await createAffiliate({
    name: 'NAMI Riverbend',
    counties: '',
    contactName: '',
    phone: '',
    email: '',
  });
  const lakeside = await createAffiliate({
    name: 'NAMI Lakeside',
    counties: '',
    contactName: '',
    phone: '',
    email: '',
  });
  const library = await createVenue(venueFields('Library', 0, 7500));
  const church = await createVenue(venueFields('Church', 2000, 5000));

  const riverside = await createGroup(groupFields('Riverside Tuesday Connection', riverbend.id));
  const grove = await createGroup(groupFields('Grove Avenue "Every Other" Thursday, Church Hall', riverbend.id));
  const lakesideGroup = await createGroup(groupFields('Lakeside First Monday', lakeside.id));
  await createGroup(groupFields('Resting group', riverbend.id, { status: 'paused' }));

  const tuesdays = await createSchedule(
    seriesFields(riverside.id, { startsOn: '2026-08-04', venueId: library.id, room: 'Room A' }),
  );
  const thursdays = await createSchedule(
    seriesFields(grove.id, {
      rule: 'biweekly',
      weekday: 4,
      startTime: '19:00',
      durationMinutes: 120,
      startsOn: '2026-09-24',
      venueId: church.id,
      room: 'Room A',
    }),
  );
  await createSchedule(
    seriesFields(lakesideGroup.id, {
      rule: 'monthly',
      weekday: 1,
      nth: 1,
      startsOn: '2026-09-01',
      venueId: null,
      room: '',
    }),
  );

  const at = (schedule: { id: string; groupId: string }, originalDate: string) => ({
    scheduleId: schedule.id,
    groupId: schedule.groupId,
    originalDate,
  });
  await recordHeld(at(tuesdays, '2026-08-25'), { attendance: 9, firstTime: 0, facilitatorsPresent: ['f1'], notes: '' });
  await moveOccurrence(at(tuesdays, '2026-09-29'), {
    date: '2026-10-01',
    startTime: '18:30',
    venueId: library.id,
    room: 'Room A',
  });
  await recordHeld(at(tuesdays, '2026-09-29'), { attendance: 6, firstTime: 1, facilitatorsPresent: ['f1'], notes: '' });
  await recordHeld(at(tuesdays, '2026-10-06'), {
    attendance: 8,
    firstTime: 2,
    facilitatorsPresent: ['f1', 'f2'],
    notes: '',
  });
  await recordCancelled(at(tuesdays, '2026-10-13'), 'Facilitator ill');
  await moveOccurrence(at(tuesdays, '2026-10-27'), {
    date: '2026-11-02',
    startTime: '18:30',
    venueId: library.id,
    room: 'Room A',
  });
  await recordHeld(at(tuesdays, '2026-10-27'), { attendance: 7, firstTime: 0, facilitatorsPresent: ['f1'], notes: '' });
  await recordHeld(at(thursdays, '2026-10-08'), {
    attendance: 5,
    firstTime: 0,
    facilitatorsPresent: ['f3'],
    notes: '',
  });
  await addClosure({
    startDate: '2026-10-22',
    endDate: '2026-10-22',
    scope: 'venue',
    venueId: church.id,
    groupId: null,
    reason: 'Building repairs',
  });

  const donor = await createDonor(donorFields('Sunrise Bakery'));
  const gift = (date: string, valueCents: number, groupId: string | null, category: 'refreshments' | 'printing') =>
    createDonation({ ...giftFields(donor.id, date, valueCents, groupId), category, description: 'Gift' });
  // 9:30 PM on Oct 31 in Chicago is already Nov 1 in UTC: the gift is dated where the organisation is.
  const lastEvening = todayIso(ZONE, new Date('2026-11-01T02:30:00Z'));
  await gift(lastEvening, 4000, riverside.id, 'refreshments');
  await gift('2026-11-01', 2500, riverside.id, 'refreshments');
  await gift('2026-09-30', 9900, riverside.id, 'refreshments');
  await gift('2026-10-15', 1250, grove.id, 'printing');
  await gift('2026-10-10', 10000, null, 'printing');

  await createFacilitator(history('applied', '2026-10-03'));
  await createFacilitator(history('certified', '2026-10-31'));
  await createFacilitator(history('applied', '2026-09-30'));

  await createBooking(
    {
      venueId: church.id,
      room: 'Room A',
      groupId: grove.id,
      scheduleId: thursdays.id,
      date: null,
      startTime: null,
      durationMinutes: null,
      status: 'requested',
      agreementEndsOn: null,
      notes: '',
    },
    '2026-09-01',
  );

  return { riverbend, lakeside, riverside, grove, lakesideGroup, lastEvening, library, tuesdays };
}
