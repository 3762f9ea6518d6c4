import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/database';
import { loadReport } from '../../../../src/renderer/src/db/report';
import { endSeries } from '../../../../src/renderer/src/db/seriesOps';
import { deleteVenue } from '../../../../src/renderer/src/db/venues';
import { loadReportExtras } from '../../../../src/renderer/src/db/reportExtras';
import { emptyCounts, type ReportCounts } from '../../../../src/renderer/src/domain/report';
import { reportCsv } from '../../../../src/renderer/src/domain/reportCsv';
import { buildReportFixture, TODAY } from './reportFixture';
import { resetDatabase } from './resetDb';

beforeEach(resetDatabase);

const counts = (fields: Partial<ReportCounts>): ReportCounts => ({ ...emptyCounts(), ...fields });

// Worked out by hand from the fixture (see reportFixture.ts).
const RIVERSIDE = counts({
  // Oct 1 (moved in from Sep 29), Oct 6, Oct 13 and Oct 20; Oct 27 moved out to November.
  scheduled: 4,
  held: 2,
  cancelled: 1,
  unrecorded: 1,
  attendance: 14,
  firstTime: 3,
  // 90 minutes × 1 facilitator + 90 minutes × 2 facilitators
  facilitatorMinutes: 270,
  // the $40.00 gift of Oct 31; not Sep 30's or Nov 1's
  giftCents: 4000,
  // two meetings held at the library, lent free at $75.00 each
  spaceCents: 15000,
});
const GROVE = counts({
  // Oct 8 held and Oct 22 closed: every other Thursday from Sep 24
  scheduled: 2,
  held: 1,
  cancelled: 1,
  attendance: 5,
  facilitatorMinutes: 120,
  giftCents: 1250,
});
const LAKESIDE = counts({ scheduled: 1, unrecorded: 1 });

describe('a month of the report, computed by hand', () => {
  it('matches every column for every group and the totals', async () => {
    const { lastEvening } = await buildReportFixture();
    expect(lastEvening).toBe('2026-10-31');
    const { report } = await loadReport({ from: '2026-10', to: '2026-10', affiliateId: null, today: TODAY });

    expect(report.rows.map((row) => [row.group.affiliate, row.group.name])).toEqual([
      ['NAMI Lakeside', 'Lakeside First Monday'],
      ['NAMI Riverbend', 'Grove Avenue "Every Other" Thursday, Church Hall'],
      ['NAMI Riverbend', 'Riverside Tuesday Connection'],
    ]);
    expect(report.rows.map((row) => row.counts)).toEqual([LAKESIDE, GROVE, RIVERSIDE]);
    expect(report.totals).toEqual(
      counts({
        scheduled: 7,
        held: 3,
        cancelled: 2,
        unrecorded: 2,
        attendance: 19,
        firstTime: 3,
        facilitatorMinutes: 390,
        giftCents: 5250,
        spaceCents: 15000,
      }),
    );
  });

  it('writes the CSV a spreadsheet opens, with every column as worked out', async () => {
    await buildReportFixture();
    const { report } = await loadReport({ from: '2026-10', to: '2026-10', affiliateId: null, today: TODAY });
    expect(reportCsv(report, '')).toBe(
      '\uFEFF' +
        'month,affiliate,group,program,meetings_scheduled,meetings_held,meetings_cancelled,meetings_unrecorded,attendance_total,first_time_total,average_attendance,facilitator_hours,in_kind_value\r\n' +
        // No meeting held: the average is blank, never 0.
        '2026-10,NAMI Lakeside,Lakeside First Monday,Connection,1,0,0,1,0,0,,0.0,0.00\r\n' +
        '2026-10,NAMI Riverbend,"Grove Avenue ""Every Other"" Thursday, Church Hall",Connection,2,1,1,0,5,0,5.0,2.0,12.50\r\n' +
        '2026-10,NAMI Riverbend,Riverside Tuesday Connection,Connection,4,2,1,1,14,3,7.0,4.5,190.00\r\n' +
        // 19 / 3 = 6.33…; 390 minutes = 6.5 hours; $40.00 + $150.00 + $12.50
        '2026-10,,Total,,7,3,2,2,19,3,6.3,6.5,202.50\r\n',
    );
  });

  it("keeps to one affiliate's groups and names it in the totals row", async () => {
    const { riverbend } = await buildReportFixture();
    const data = await loadReport({ from: '2026-10', to: '2026-10', affiliateId: riverbend.id, today: TODAY });
    expect(data.affiliate?.name).toBe('NAMI Riverbend');
    expect(data.report.rows.map((row) => row.counts)).toEqual([GROVE, RIVERSIDE]);
    const lines = reportCsv(data.report, 'NAMI Riverbend').split('\r\n');
    expect(lines[3]).toBe('2026-10,NAMI Riverbend,Total,,6,3,2,1,19,3,6.3,6.5,202.50');
    // Only the gifts that served its groups: the $100.00 printing for everyone is not theirs.
    expect(data.gifts.map((gift) => gift.valueCents).sort((a, b) => a - b)).toEqual([1250, 4000]);
  });

  it('draws the last twelve months from the monthly aggregates', async () => {
    await buildReportFixture();
    const { chart } = await loadReport({ from: '2026-10', to: '2026-10', affiliateId: null, today: TODAY });
    expect(chart.map((point) => point.month)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
    expect(chart.filter((point) => point.held > 0)).toEqual([
      { month: '2026-08', held: 1, attendance: 9 },
      { month: '2026-10', held: 3, attendance: 19 },
    ]);
  });

  it('counts a moved meeting in the month it was moved to', async () => {
    await buildReportFixture();
    const { report } = await loadReport({ from: '2026-11', to: '2026-11', affiliateId: null, today: TODAY });
    const riverside = report.rows.find((row) => row.group.name === 'Riverside Tuesday Connection');
    // Nov 2 (moved in from Oct 27) held; Nov 3 past and not recorded; Nov 10, 17 and 24 still to come.
    // The Nov 1 gift is November's.
    expect(riverside?.counts).toEqual(
      counts({
        scheduled: 5,
        held: 1,
        unrecorded: 1,
        upcoming: 3,
        attendance: 7,
        facilitatorMinutes: 90,
        giftCents: 2500,
        spaceCents: 7500,
      }),
    );
  });

  it('keeps the donated space of meetings held at a venue deleted since', async () => {
    const { library, tuesdays } = await buildReportFixture();
    // The group moves on after Nov 2, and the library is deleted: October was already reported.
    await endSeries(tuesdays.id, '2026-11-02');
    await deleteVenue(library.id, TODAY);
    expect((await db.venues.get(library.id))?.deletedAt).not.toBeNull();
    const { report } = await loadReport({ from: '2026-10', to: '2026-10', affiliateId: null, today: TODAY });
    const riverside = report.rows.find((row) => row.group.name === 'Riverside Tuesday Connection');
    expect(riverside?.counts).toEqual(RIVERSIDE);
    expect(report.totals.spaceCents).toBe(15000);
    expect(reportCsv(report, '').split('\r\n').at(-2)).toBe('2026-10,,Total,,7,3,2,2,19,3,6.3,6.5,202.50');
  });

  it('sums a range of months per group and keeps each month for the CSV', async () => {
    await buildReportFixture();
    const { report } = await loadReport({ from: '2026-09', to: '2026-10', affiliateId: null, today: TODAY });
    expect(report.months.map((month) => month.month)).toEqual(['2026-09', '2026-10']);
    const september = report.months[0]?.totals;
    // Sep: Riverside's Tuesdays 1, 8, 15, 22 unrecorded (29 moved out); Grove's Sep 24 unrecorded; Lakeside's Sep 7.
    expect(september).toEqual(counts({ scheduled: 6, unrecorded: 6, giftCents: 9900 }));
    expect(report.totals.scheduled).toBe(13);
    expect(report.totals.unrecorded).toBe(8);
    const csv = reportCsv(report, '').split('\r\n');
    expect(csv.filter((line) => line.includes(',Total,'))).toEqual([
      '2026-09,,Total,,6,0,0,6,0,0,,0.0,99.00',
      '2026-10,,Total,,7,3,2,2,19,3,6.3,6.5,202.50',
    ]);
  });
});

describe('the report beside its table', () => {
  it("counts the pipeline's changes and lists what needs attention", async () => {
    await buildReportFixture();
    const data = await loadReport({ from: '2026-10', to: '2026-10', affiliateId: null, today: TODAY });
    const extras = await loadReportExtras({
      from: '2026-10',
      to: '2026-10',
      affiliateId: null,
      today: TODAY,
      groups: data.groups,
      occurrences: data.occurrences,
    });
    expect(extras.pipeline).toEqual({ newApplicants: 1, newlyCertified: 1 });
    expect(extras.attention.unrecorded.map((entry) => [entry.group.name, entry.meetings.map((m) => m.date)])).toEqual([
      ['Lakeside First Monday', ['2026-10-05']],
      ['Riverside Tuesday Connection', ['2026-10-20']],
    ]);
    expect(extras.attention.unconfirmedBookings.map((entry) => [entry.group.name, entry.next])).toEqual([
      ['Grove Avenue "Every Other" Thursday, Church Hall', '2026-11-05'],
    ]);
    // Nobody in the fixture facilitates a group, so every active group is short; the paused one is not listed.
    expect(extras.attention.shortOfFacilitators.map((entry) => entry.group.name)).toEqual([
      'Grove Avenue "Every Other" Thursday, Church Hall',
      'Lakeside First Monday',
      'Riverside Tuesday Connection',
    ]);
  });
});
