import { describe, expect, it } from 'vitest';
import { MAX_CENTS } from '../../../../src/renderer/src/domain/money';
import { buildReport } from '../../../../src/renderer/src/domain/report';
import {
  buildSummaryFile,
  emptySummaryCounts,
  summaryFileText,
  SUMMARY_KIND,
  type SummaryFile,
} from '../../../../src/renderer/src/domain/summaryFile';
import { readSummaryFile } from '../../../../src/renderer/src/domain/summaryFileRead';
import {
  addToRollup,
  removeFromRollup,
  rollupCsv,
  rollupExtent,
  rollupMonths,
} from '../../../../src/renderer/src/domain/summaryFileRollup';

/** A report of two groups over two months, built from monthly aggregates only. */
function sampleInput(): Parameters<typeof buildReport>[0] {
  return {
    from: '2026-09',
    to: '2026-10',
    groups: [
      { id: 'g1', name: 'Downtown, "Tuesday"', program: 'connection', affiliateId: 'a1', status: 'active' },
      { id: 'g2', name: 'Conexión en Español', program: 'connection', affiliateId: 'a1', status: 'active' },
    ],
    affiliateNames: new Map([['a1', 'NAMI Riverbend']]),
    stats: [
      { groupId: 'g1', month: '2026-09', held: 4, cancelled: 0, attendance: 31, firstTime: 3, facilitatorMinutes: 720 },
      { groupId: 'g1', month: '2026-10', held: 3, cancelled: 1, attendance: 20, firstTime: 2, facilitatorMinutes: 540 },
      { groupId: 'g2', month: '2026-10', held: 4, cancelled: 0, attendance: 22, firstTime: 4, facilitatorMinutes: 720 },
    ],
    occurrences: [],
    gifts: [{ date: '2026-10-31', groupId: 'g2', valueCents: 8500, deletedAt: null }],
    venues: new Map(),
  };
}

const sampleReport = () => buildReport(sampleInput());

function sampleFile(fields: Partial<SummaryFile> = {}): SummaryFile {
  return {
    ...buildSummaryFile(sampleReport(), {
      organisation: 'NAMI Riverbend',
      affiliate: 'NAMI Riverbend',
      createdAt: '2026-11-02T15:00:00.000Z',
    }),
    ...fields,
  };
}

const textOf = (value: unknown) => JSON.stringify(value);

describe('the summary file', () => {
  it('reads back exactly what was written', () => {
    const file = sampleFile();
    expect(readSummaryFile(summaryFileText(file))).toEqual({ ok: true, file });
    expect(file.kind).toBe(SUMMARY_KIND);
    expect(file.version).toBe(1);
    expect(file.months.map((m) => m.month)).toEqual(['2026-09', '2026-10']);
    expect(file.months[1]?.totals).toEqual({
      meetingsScheduled: 8,
      meetingsHeld: 7,
      meetingsCancelled: 1,
      meetingsUnrecorded: 0,
      attendanceTotal: 42,
      firstTimeTotal: 6,
      facilitatorMinutes: 1260,
      inKindCents: 8500,
    });
  });

  it('reads back a month whose gifts add up to more than one gift may be worth', () => {
    // Three gifts at the largest value one gift may have ($10,000,000 each) in one month, to one group.
    const big = (date: string) => ({ date, groupId: 'g2', valueCents: MAX_CENTS, deletedAt: null });
    const report = buildReport({
      ...sampleInput(),
      gifts: [big('2026-10-01'), big('2026-10-15'), big('2026-10-31')],
    });
    const file = buildSummaryFile(report, {
      organisation: 'NAMI Riverbend',
      affiliate: null,
      createdAt: '2026-11-02T15:00:00.000Z',
    });
    expect(file.months[1]?.totals.inKindCents).toBe(3 * MAX_CENTS);
    expect(readSummaryFile(summaryFileText(file))).toEqual({ ok: true, file });
  });

  it('refuses an in-kind value past the largest whole number JSON keeps exactly', () => {
    const file = sampleFile();
    const text = summaryFileText(file).replaceAll('"inKindCents": 8500', `"inKindCents": ${2 ** 53}`);
    expect(text).toContain(String(2 ** 53));
    expect(readSummaryFile(text)).toMatchObject({ ok: false, reason: expect.stringContaining('inKindCents') });
  });

  it('reads a file that a text editor saved with a byte-order mark', () => {
    expect(readSummaryFile(`\uFEFF${summaryFileText(sampleFile())}`).ok).toBe(true);
  });

  it('refuses a file from a newer version and says what to do', () => {
    const read = readSummaryFile(textOf({ ...sampleFile(), version: 2 }));
    expect(read).toEqual({
      ok: false,
      reason:
        'it was made by a newer Connection Coordinator (summary format version 2; this copy reads version 1). Update this copy, or ask for the summary again from the same version.',
    });
  });

  it('refuses a file with no version it knows', () => {
    for (const version of [0, '1', 1.5, null]) {
      const read = readSummaryFile(textOf({ ...sampleFile(), version }));
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.reason).toContain('no format version this app knows');
    }
  });

  it("refuses what isn't a summary at all", () => {
    for (const text of ['', 'not json', '{"months": []', '[]', '42', textOf({ kind: 'backup', version: 1 })]) {
      expect(readSummaryFile(text)).toEqual({
        ok: false,
        reason: "it isn't a monthly summary file from Connection Coordinator.",
      });
    }
  });

  it('refuses malformed contents and names the place', () => {
    const file = sampleFile();
    const broken = structuredClone(file) as unknown as { months: { totals: Record<string, unknown> }[] };
    if (broken.months[0]) broken.months[0].totals.meetingsHeld = -1;
    const read = readSummaryFile(textOf(broken));
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.reason).toMatch(/^the file is damaged or was changed by hand \(months\.0\.totals\.meetingsHeld: /);

    const extra = readSummaryFile(textOf({ ...file, participants: ['someone'] }));
    expect(extra.ok).toBe(false);
    const badMonth = readSummaryFile(textOf({ ...file, fromMonth: '2026-13' }));
    expect(badMonth.ok).toBe(false);
  });

  it('refuses totals that disagree with their groups', () => {
    const file = structuredClone(sampleFile());
    const month = file.months[1];
    if (month) month.totals.attendanceTotal += 1;
    expect(readSummaryFile(textOf(file))).toEqual({
      ok: false,
      reason: "the file is damaged or was changed by hand: the totals for 2026-10 don't equal the sum of its groups.",
    });
  });

  it('refuses months repeated, out of order or outside the file’s range', () => {
    const file = sampleFile();
    const [september, october] = file.months as [SummaryFile['months'][0], SummaryFile['months'][0]];
    expect(readSummaryFile(textOf({ ...file, months: [october, september] })).ok).toBe(false);
    expect(readSummaryFile(textOf({ ...file, months: [october, october] })).ok).toBe(false);
    expect(readSummaryFile(textOf({ ...file, toMonth: '2026-09' })).ok).toBe(false);
  });

  it('refuses more meetings held than scheduled', () => {
    const file = structuredClone(sampleFile());
    for (const month of file.months) {
      for (const group of month.groups) group.counts.meetingsScheduled = 0;
      month.totals.meetingsScheduled = 0;
    }
    const read = readSummaryFile(textOf(file));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toContain('more meetings held, cancelled and unrecorded than scheduled');
  });
});

describe('the state roll-up', () => {
  const riverbend = sampleFile();
  const lakeside: SummaryFile = {
    ...sampleFile({ affiliate: 'NAMI Lakeside', organisation: 'NAMI Lakeside', fromMonth: '2026-10' }),
    months: [
      {
        month: '2026-10',
        groups: [
          {
            group: 'Lakeside Monday',
            affiliate: 'NAMI Lakeside',
            program: 'connection',
            counts: {
              meetingsScheduled: 4,
              meetingsHeld: 3,
              meetingsCancelled: 0,
              meetingsUnrecorded: 1,
              attendanceTotal: 17,
              firstTimeTotal: 2,
              facilitatorMinutes: 540,
              inKindCents: 22500,
            },
          },
        ],
        totals: {
          meetingsScheduled: 4,
          meetingsHeld: 3,
          meetingsCancelled: 0,
          meetingsUnrecorded: 1,
          attendanceTotal: 17,
          firstTimeTotal: 2,
          facilitatorMinutes: 540,
          inKindCents: 22500,
        },
      },
    ],
  };

  it('combines two affiliates into one state table per month', () => {
    let { entries } = addToRollup([], riverbend, 'riverbend.json');
    ({ entries } = addToRollup(entries, lakeside, 'lakeside.json'));
    const months = rollupMonths(entries);
    expect(months.map((m) => m.month)).toEqual(['2026-10', '2026-09']);
    const october = months[0];
    expect(october?.rows.map((row) => [row.source, row.groups])).toEqual([
      ['NAMI Lakeside', 1],
      ['NAMI Riverbend', 2],
    ]);
    expect(october?.totals).toEqual({
      meetingsScheduled: 12,
      meetingsHeld: 10,
      meetingsCancelled: 1,
      meetingsUnrecorded: 1,
      attendanceTotal: 59,
      firstTimeTotal: 8,
      facilitatorMinutes: 1800,
      inKindCents: 31000,
    });
    expect(rollupCsv(months).split('\r\n')).toEqual([
      '\uFEFFmonth,affiliate,group,program,meetings_scheduled,meetings_held,meetings_cancelled,meetings_unrecorded,attendance_total,first_time_total,average_attendance,facilitator_hours,in_kind_value',
      '2026-09,NAMI Riverbend,All groups,,4,4,0,0,31,3,7.8,12.0,0.00',
      '2026-09,,Total,,4,4,0,0,31,3,7.8,12.0,0.00',
      '2026-10,NAMI Lakeside,All groups,,4,3,0,1,17,2,5.7,9.0,225.00',
      '2026-10,NAMI Riverbend,All groups,,8,7,1,0,42,6,6.0,21.0,85.00',
      '2026-10,,Total,,12,10,1,1,59,8,5.9,30.0,310.00',
      '',
    ]);
  });

  it('says how many months and affiliates it holds, each month counted once', () => {
    expect(rollupExtent([])).toBe('0 months from 0 affiliates');
    const one = addToRollup([], riverbend, 'riverbend.json').entries;
    expect(rollupExtent(one)).toBe('2 months from 1 affiliate');
    // Riverbend's September and October, and Lakeside's October: three entries, two months.
    const both = addToRollup(one, lakeside, 'lakeside.json').entries;
    expect(both).toHaveLength(3);
    expect(rollupExtent(both)).toBe('2 months from 2 affiliates');
    const fourMonths = (affiliate: string) =>
      ['2026-07', '2026-08', '2026-09', '2026-10'].map((month) => ({
        source: affiliate,
        month,
        fileName: `${affiliate}.json`,
        groups: 1,
        counts: emptySummaryCounts(),
      }));
    expect(rollupExtent([...fourMonths('NAMI Riverbend'), ...fourMonths('NAMI Lakeside')])).toBe(
      '4 months from 2 affiliates',
    );
  });

  it('replaces an affiliate’s month when its file is added again, and says which', () => {
    const first = addToRollup([], riverbend, 'riverbend.json');
    expect(first.replaced).toEqual([]);
    const again = addToRollup(first.entries, riverbend, 'riverbend-corrected.json');
    expect(again.replaced).toEqual(['2026-09', '2026-10']);
    expect(again.entries).toHaveLength(2);
    expect(again.entries.every((entry) => entry.fileName === 'riverbend-corrected.json')).toBe(true);
  });

  it('removes one affiliate’s month', () => {
    const { entries } = addToRollup(addToRollup([], riverbend, 'r.json').entries, lakeside, 'l.json');
    const left = removeFromRollup(entries, 'NAMI Riverbend', '2026-10');
    expect(rollupMonths(left).map((m) => [m.month, m.rows.map((r) => r.source)])).toEqual([
      ['2026-10', ['NAMI Lakeside']],
      ['2026-09', ['NAMI Riverbend']],
    ]);
  });
});
