// Where a meeting record belongs once its series has been split ("this and later" changes).
import { describe, expect, it } from 'vitest';
import {
  settleSplitLines,
  familiesOf,
  followSplits,
  lineageOf,
  seriesHolding,
  underTheirSeries,
} from '../../../../src/renderer/src/domain/seriesLineage';
import { mergeTable } from '../../../../src/renderer/src/domain/merge';

const split = (id: string, scheduleId: string, from: string) => ({ id, continues: { scheduleId, from } });
const plain = (id: string) => ({ id, continues: null });

describe('the series that holds a date', () => {
  // s is split on Mar 1 into t, t on Jun 1 into u; earlier, s was split on Feb 1 into r.
  const lineage = lineageOf([
    plain('s'),
    split('t', 's', '2026-03-01'),
    split('u', 't', '2026-06-01'),
    split('r', 's', '2026-02-01'),
  ]);

  it('is the series itself before any split, and the latest split at or before the date after', () => {
    expect(seriesHolding(lineage, 's', '2026-01-31')).toBe('s');
    expect(seriesHolding(lineage, 's', '2026-02-01')).toBe('r');
    expect(seriesHolding(lineage, 's', '2026-02-28')).toBe('r');
    expect(seriesHolding(lineage, 's', '2026-03-01')).toBe('t');
    expect(seriesHolding(lineage, 's', '2026-05-31')).toBe('t');
    expect(seriesHolding(lineage, 's', '2026-06-01')).toBe('u');
  });

  it('is the same whichever series of the line a record names', () => {
    for (const named of ['s', 't', 'u', 'r']) {
      expect(seriesHolding(lineage, named, '2026-07-07')).toBe('u');
      expect(seriesHolding(lineage, named, '2026-02-10')).toBe('r');
    }
  });

  it('is the split with the larger id when two copies split a series on the same day, in any order', () => {
    const one = lineageOf([split('b', 's', '2026-03-01'), split('a', 's', '2026-03-01')]);
    const other = lineageOf([split('a', 's', '2026-03-01'), split('b', 's', '2026-03-01')]);
    for (const named of ['s', 'a', 'b']) {
      expect(seriesHolding(one, named, '2026-03-02')).toBe('b');
      expect(seriesHolding(other, named, '2026-03-02')).toBe('b');
    }
  });

  it('leaves series nobody split, and unknown series, as they are', () => {
    expect(seriesHolding(lineage, 'q', '2026-07-07')).toBe('q');
    expect(seriesHolding(lineageOf([]), 's', '2026-07-07')).toBe('s');
  });

  it('stops at a loop a damaged file could make', () => {
    const loop = lineageOf([split('a', 'b', '2026-01-01'), split('b', 'a', '2026-01-01')]);
    expect(['a', 'b']).toContain(seriesHolding(loop, 'a', '2026-02-01'));
    expect(seriesHolding(loop, 'a', '2026-02-01')).toBe(seriesHolding(loop, 'b', '2026-02-01'));
  });

  it('takes the first link it sees for a series (a series keeps its link for good)', () => {
    const twice = lineageOf([split('t', 's', '2026-03-01'), split('t', 'x', '2020-01-01')]);
    expect(twice.parent.get('t')).toBe('s');
    expect(seriesHolding(twice, 'x', '2026-04-01')).toBe('x');
  });
});

describe('a record under its series', () => {
  const lineage = lineageOf([split('t', 's', '2026-03-01')]);

  it('moves after the split, with nothing else changed, and is the same object when it stays', () => {
    const record = { id: 'm1', scheduleId: 's', originalDate: '2026-03-03', attendance: 4 };
    expect(followSplits(record, lineage)).toEqual({ ...record, scheduleId: 't' });
    const before = { ...record, originalDate: '2026-02-24' };
    expect(followSplits(before, lineage)).toBe(before);
  });

  it('restates the stored records that move and places the incoming ones without restating them', () => {
    const version = (id: string, scheduleId: string, originalDate: string) => ({
      id,
      scheduleId,
      originalDate,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      deletedAt: null,
      changedBy: 'device',
    });
    const input = underTheirSeries(
      {
        local: [version('stays', 's', '2026-02-24'), version('moves', 's', '2026-03-10')],
        hidden: [version('hidden', 's', '2026-03-10')],
        incoming: [version('arrives', 's', '2026-03-17')],
      },
      [split('t', 's', '2026-03-01')],
    );
    expect(input.local.map((m) => m.scheduleId)).toEqual(['s', 't']);
    expect(input.hidden?.map((m) => m.scheduleId)).toEqual(['t']);
    expect(input.incoming.map((m) => m.scheduleId)).toEqual(['t']);
    expect([...(input.restated ?? [])].sort()).toEqual(['hidden', 'moves']);
  });
});

describe('the series linked by splits', () => {
  it('are found from any one of them, both ways, and nothing else', () => {
    const lineage = lineageOf([
      split('t', 's', '2026-03-01'),
      split('u', 't', '2026-06-01'),
      split('y', 'x', '2026-01-01'),
    ]);
    expect([...familiesOf(lineage, ['u'])].sort()).toEqual(['s', 't', 'u']);
    expect([...familiesOf(lineage, ['s', 'q'])].sort()).toEqual(['q', 's', 't', 'u']);
    expect([...familiesOf(lineage, ['x'])].sort()).toEqual(['x', 'y']);
  });
});

describe('a merge that only learns of a split', () => {
  it('writes the records that move, with their own stamps, and lists them as kept in step quietly', () => {
    const record = {
      id: 'm1',
      scheduleId: 's',
      originalDate: '2026-03-10',
      attendance: 5,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      deletedAt: null,
      changedBy: 'laptop',
    };
    const input = underTheirSeries({ local: [record], hidden: [], incoming: [] }, [split('t', 's', '2026-03-01')]);
    const merged = mergeTable(
      { ...input, keyOf: (m) => `${m.scheduleId}|${m.originalDate}` },
      { localDevice: 'laptop', theirsSeen: '', oursSeen: '' },
    );
    expect(merged.writes).toEqual([{ record: { ...record, scheduleId: 't' }, visible: true }]);
    expect(merged.changes.map((change) => [change.key, change.kind])).toEqual([['t|2026-03-10', 'quiet']]);
    expect(merged.conflicts).toEqual([]);
    // Once moved, the same merge has nothing to do.
    const again = underTheirSeries({ local: [{ ...record, scheduleId: 't' }], hidden: [], incoming: [] }, [
      split('t', 's', '2026-03-01'),
    ]);
    const second = mergeTable(
      { ...again, keyOf: (m) => `${m.scheduleId}|${m.originalDate}` },
      { localDevice: 'laptop', theirsSeen: '', oursSeen: '' },
    );
    expect(second.writes).toEqual([]);
    expect(second.changes).toEqual([]);
  });
});

describe('settleSplitLines', () => {
  const endsOf = (schedules: Parameters<typeof settleSplitLines>[0]) =>
    Object.fromEntries(settleSplitLines(schedules).ends);
  const series = (
    id: string,
    startsOn: string,
    endsOn: string | null,
    continues?: { scheduleId: string; from: string },
  ) => ({
    id,
    startsOn,
    endsOn,
    continues: continues ?? null,
    deletedAt: null as string | null,
  });

  it('ends the series and each split the day before the next split of the line', () => {
    // Split on one copy from January (s1), on another from June (s2): each copy ended s0 itself.
    const s0 = series('s0', '2029-01-02', '2030-05-31');
    const s1 = series('s1', '2030-01-01', null, { scheduleId: 's0', from: '2030-01-01' });
    const s2 = series('s2', '2030-06-03', null, { scheduleId: 's0', from: '2030-06-01' });
    expect(endsOf([s0, s1, s2])).toEqual({ s0: '2029-12-31', s1: '2030-05-31' });
  });

  it('changes nothing on a line split once, or ended earlier already, and never moves an end later', () => {
    const s0 = series('s0', '2029-01-02', '2029-12-31');
    const s1 = series('s1', '2030-01-01', null, { scheduleId: 's0', from: '2030-01-01' });
    expect(settleSplitLines([s0, s1]).ends.size).toBe(0);
    const early = series('s1', '2030-01-01', '2030-03-31', { scheduleId: 's0', from: '2030-01-01' });
    const s2 = series('s2', '2030-06-03', null, { scheduleId: 's0', from: '2030-06-01' });
    expect(settleSplitLines([s0, early, s2]).ends.size).toBe(0);
  });

  it('ends a split of the earlier split where the later split of the first series begins', () => {
    // One copy split s0 from January (s1), then s1 from March (s11); another split s0 from June (s2).
    const s0 = series('s0', '2029-01-02', '2029-12-31');
    const s1 = series('s1', '2030-01-01', '2030-02-28', { scheduleId: 's0', from: '2030-01-01' });
    const s11 = series('s11', '2030-03-04', null, { scheduleId: 's1', from: '2030-03-01' });
    const s2 = series('s2', '2030-06-03', null, { scheduleId: 's0', from: '2030-06-01' });
    expect(endsOf([s0, s1, s11, s2])).toEqual({ s11: '2030-05-31' });
    // And s1, had it not been ended at March yet, ends there (not at June).
    expect(endsOf([s0, { ...s1, endsOn: null }, s11, s2])).toEqual({
      s1: '2030-02-28',
      s11: '2030-05-31',
    });
  });

  it('leaves deleted splits out', () => {
    const s0 = series('s0', '2029-01-02', null);
    const gone = {
      ...series('s2', '2030-06-03', null, { scheduleId: 's0', from: '2030-06-01' }),
      deletedAt: '2030-02-01T00:00:00.000Z',
    };
    const s1 = series('s1', '2030-01-01', null, { scheduleId: 's0', from: '2030-01-01' });
    expect(endsOf([s0, s1, gone])).toEqual({ s0: '2029-12-31' });
  });

  it('removes the split of the same day that holds no date (the smaller id), and any split of it', () => {
    const s0 = series('s0', '2029-01-02', '2029-12-31');
    const s1 = series('s1', '2030-01-01', null, { scheduleId: 's0', from: '2030-01-01' });
    const twin = series('s3', '2030-01-01', null, { scheduleId: 's0', from: '2030-01-01' });
    expect(settleSplitLines([s0, s1, twin])).toEqual({ ends: new Map(), removed: ['s1'] });
    const ofS1 = series('s11', '2030-03-04', null, { scheduleId: 's1', from: '2030-03-01' });
    expect(settleSplitLines([s0, s1, twin, ofS1]).removed.sort()).toEqual(['s1', 's11']);
    // The first series of a line is never removed, nor a line split once.
    expect(settleSplitLines([s0, twin]).removed).toEqual([]);
  });
});
