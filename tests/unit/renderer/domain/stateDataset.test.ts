import { beforeAll, describe, expect, it } from 'vitest';
import { monthlyStatSchema, recordSchemas, settingsSchema, type RecordTable } from '@shared/model';
import {
  stateDataset,
  STATE_SIZE,
  type DatasetChunk,
  type StateDatasetSize,
} from '../../../../src/renderer/src/domain/stateDataset';
import { emptyTables, type BackupTables } from '../../../../src/renderer/src/domain/backupDocument';
import { findBrokenReferences } from '../../../../src/renderer/src/domain/backupReferences';
import {
  digestsFromMeetings,
  statsFromMeetings,
  statsOfDigests,
} from '../../../../src/renderer/src/domain/monthlyStats';

const TODAY = '2026-11-26';
const options = { seed: 7, today: TODAY, timeZone: 'America/Chicago', deviceId: 'device-1' };
const SMALL: StateDatasetSize = {
  affiliates: 3,
  groups: 12,
  years: 2,
  venues: 15,
  donors: 40,
  donations: 120,
  facilitators: 60,
  singleBookings: 20,
};

function collect(chunks: Iterable<DatasetChunk>) {
  const tables = emptyTables();
  const stats: DatasetChunk<'monthlyStats'>['records'] = [];
  const records: DatasetChunk<'monthRecords'>['records'] = [];
  const sizes: number[] = [];
  for (const chunk of chunks) {
    sizes.push(chunk.records.length);
    if (chunk.table === 'monthlyStats') stats.push(...(chunk.records as typeof stats));
    else if (chunk.table === 'monthRecords') records.push(...(chunk.records as typeof records));
    else (tables[chunk.table] as unknown[]).push(...chunk.records);
  }
  return { tables: tables as BackupTables, stats, records, sizes };
}

describe('the state-scale dataset (issue 11)', () => {
  let state: ReturnType<typeof collect>;
  beforeAll(() => {
    state = collect(stateDataset({ ...options, chunkSize: 3000 }).chunks);
  }, 60_000);

  it('has the size of a state office: 40 affiliates, 150 groups, about 78,000 meetings over ten years', () => {
    const { tables } = state;
    expect(tables.settings).toHaveLength(1);
    expect(tables.affiliates).toHaveLength(STATE_SIZE.affiliates);
    expect(tables.groups).toHaveLength(150);
    expect(tables.venues).toHaveLength(300);
    expect(tables.donors).toHaveLength(3000);
    expect(tables.donations).toHaveLength(10000);
    expect(tables.facilitators).toHaveLength(600);
    expect(tables.meetings.length).toBeGreaterThan(70_000);
    expect(tables.meetings.length).toBeLessThan(86_000);
    expect(tables.bookings.length).toBeGreaterThan(1200);
    expect(tables.closures.length).toBeGreaterThan(60);
    const dates = tables.meetings.map((m) => m.date).sort();
    expect(dates[0]).toMatch(/^201[56]-/);
    expect((dates.at(-1) ?? '') > TODAY).toBe(true);
  });

  it('never puts more records in a chunk than asked', () => {
    expect(Math.max(...state.sizes)).toBeLessThanOrEqual(3000);
  });

  it('holds every kind of series, pipeline step, booking status, closure scope and meeting outcome', () => {
    const { tables } = state;
    const kinds = new Set(tables.schedules.map((s) => (s.rule === 'monthly' ? `monthly ${s.nth}` : s.rule)));
    expect([...kinds].sort()).toEqual([
      'biweekly',
      'monthly -1',
      'monthly 1',
      'monthly 2',
      'monthly 3',
      'monthly 4',
      'weekly',
    ]);
    expect(tables.schedules.some((s) => s.endsOn !== null && s.endsOn < TODAY)).toBe(true);
    expect(new Set(tables.facilitators.map((f) => f.status)).size).toBe(8);
    expect(new Set(tables.bookings.map((b) => b.status)).size).toBe(4);
    expect(new Set(tables.closures.map((c) => c.scope)).size).toBe(3);
    expect(new Set(tables.groups.map((g) => g.status)).size).toBe(3);
    const held = tables.meetings.filter((m) => m.outcome === 'held');
    const cancelled = tables.meetings.filter((m) => m.outcome === 'cancelled');
    const moved = tables.meetings.filter((m) => m.date !== m.originalDate);
    expect(held.length / tables.meetings.length).toBeGreaterThan(0.85);
    expect(cancelled.length).toBeGreaterThan(1000);
    expect(moved.length).toBeGreaterThan(500);
    expect(held.every((m) => m.attendance !== null && m.attendance >= (m.firstTime ?? 0))).toBe(true);
    expect(held.filter((m) => m.facilitatorsPresent.length === 2).length / held.length).toBeGreaterThan(0.7);
  });

  it('names twice-a-week groups after their two days, and those are the days their series meet', () => {
    const { tables } = state;
    const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    const twice = tables.groups.filter((group) => / and Saturday Connection/.test(group.name));
    expect(twice.length).toBeGreaterThan(5);
    for (const group of twice) {
      const [, first] = / (\w+day) and Saturday Connection/.exec(group.name) ?? [];
      expect(first, group.name).not.toBe('Saturday');
      const days = new Set(
        tables.schedules.filter((series) => series.groupId === group.id).map((series) => DAYS[series.weekday]),
      );
      expect([...days].sort(), group.name).toEqual([first, 'Saturday'].sort());
    }
  });

  it('keeps one record per occurrence and no meeting on a holiday everyone is closed for', () => {
    const { tables } = state;
    const keys = new Set(tables.meetings.map((m) => `${m.scheduleId}|${m.originalDate}`));
    expect(keys.size).toBe(tables.meetings.length);
    const holidays = new Set(tables.closures.filter((c) => c.scope === 'all').map((c) => c.startDate));
    expect(tables.meetings.filter((m) => holidays.has(m.originalDate))).toEqual([]);
  });

  it('makes records that pass validation (a sample of every table) and point only at records that exist', () => {
    const { tables, stats } = state;
    for (const name of Object.keys(recordSchemas) as RecordTable[]) {
      const records = tables[name] as unknown[];
      expect(records.length, name).toBeGreaterThan(0);
      for (let index = 0; index < records.length; index += Math.max(1, Math.floor(records.length / 200))) {
        const result = recordSchemas[name].safeParse(records[index]);
        expect(result.success ? 'valid' : `${name} ${index}: ${result.error.issues[0]?.message}`).toBe('valid');
      }
    }
    expect(settingsSchema.safeParse(tables.settings[0]).success).toBe(true);
    for (const stat of statsOfDigests(stats).slice(0, 300))
      expect(monthlyStatSchema.safeParse(stat).success).toBe(true);
    expect(findBrokenReferences(tables, 5)).toEqual([]);
  });

  it('counts the monthly aggregates exactly as a recount of the meetings does', () => {
    const { tables, stats } = state;
    const minutes = new Map(tables.schedules.map((s) => [s.id, s.durationMinutes]));
    expect(statsOfDigests(stats)).toEqual(statsFromMeetings(tables.meetings, (id) => minutes.get(id) ?? 90));
    expect({ stats, records: state.records }).toEqual(
      digestsFromMeetings(tables.meetings, (id) => minutes.get(id) ?? 90),
    );
  });

  it('gives Home a realistic to-do list: some meetings to record, a few gifts to thank, a few applicants waiting', () => {
    const { tables } = state;
    const recent = tables.meetings.filter((m) => m.originalDate >= '2026-11-12' && m.originalDate < TODAY);
    const schedulesLive = tables.schedules.filter((s) => !s.endsOn || s.endsOn >= '2026-11-12');
    expect(recent.length).toBeLessThan(schedulesLive.length * 2.2);
    const unthanked = tables.donations.filter(
      (d) => d.acknowledgedOn === null && d.valueCents >= 25_000 && d.date >= '2025-01-01',
    );
    expect(unthanked.length).toBeGreaterThan(0);
    expect(unthanked.length).toBeLessThan(60);
    const applied = tables.facilitators.filter((f) => f.status === 'applied');
    expect(applied.every((f) => (f.history.at(-1)?.on ?? '9999') <= TODAY)).toBe(true);
  });
});

describe('the dataset generator', () => {
  const run = (seed: number) => collect(stateDataset({ ...options, seed, size: SMALL, chunkSize: 50 }).chunks);

  it('gives the same records, ids included, for the same seed and day', () => {
    expect(run(3)).toEqual(run(3));
  });

  it('gives different records for another seed', () => {
    expect(run(4).tables.groups.map((g) => g.id)).not.toEqual(run(3).tables.groups.map((g) => g.id));
  });

  it('keeps every history in date order and every trained person in a completed training', () => {
    const { tables } = run(5);
    for (const person of tables.facilitators) {
      const days = person.history.map((step) => step.on);
      expect(days).toEqual([...days].sort());
      if (person.trainedOn) {
        const training = tables.trainings.find((t) => t.attendedIds.includes(person.id));
        expect(training?.endDate).toBe(person.trainedOn);
        expect(training?.completedOn).toBe(person.trainedOn);
      }
    }
  });

  it('estimates its size closely enough for a progress bar', () => {
    const dataset = stateDataset({ ...options, size: SMALL });
    let total = 0;
    for (const chunk of dataset.chunks) total += chunk.records.length;
    expect(Math.abs(dataset.estimatedTotal - total) / total).toBeLessThan(0.1);
  });

  it('refuses a size with too few facilitators for the groups', () => {
    expect(() => stateDataset({ ...options, size: { ...SMALL, facilitators: 10 } })).toThrow(/facilitators/);
  });
});
