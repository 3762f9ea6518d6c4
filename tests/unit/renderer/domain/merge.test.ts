// Examples of what combining another coordinator's file does, record by record.
import { describe, expect, it } from 'vitest';
import { mergeTable, type MergeContext } from '../../../../src/renderer/src/domain/merge';
import { compareInstants, stampAfter } from '../../../../src/renderer/src/domain/exchangeVersions';
import { keyOfMeeting, type GroupRec, type MeetingRec } from './exchangeModel';

const HERE = 'device-here';
const THERE = 'device-there';
const at = (minute: number) => new Date(Date.UTC(2026, 9, 6, 12, minute)).toISOString();

const group = (fields: Partial<GroupRec> & { id: string }): GroupRec => ({
  createdAt: at(0),
  updatedAt: at(0),
  deletedAt: null,
  changedBy: HERE,
  name: 'Downtown Tuesday Connection',
  status: 'active',
  ...fields,
});

/** Both copies last exchanged at minute 10 (each had seen the other's changes up to then). */
const since10: MergeContext = { localDevice: HERE, theirsSeen: at(10), oursSeen: at(10) };

describe('a record changed on one copy only', () => {
  it('takes their newer change as an update, without asking', () => {
    const local = group({ id: 'g1', updatedAt: at(5) });
    const theirs = group({ id: 'g1', updatedAt: at(20), changedBy: THERE, name: 'Downtown Wednesday Connection' });
    const result = mergeTable({ local: [local], incoming: [theirs] }, since10);
    expect(result.conflicts).toEqual([]);
    expect(result.changes).toEqual([{ key: 'g1', kind: 'update', before: local, after: theirs }]);
    expect(result.writes).toEqual([{ record: theirs, visible: true }]);
  });

  it('keeps our newer change when theirs is what we had already', () => {
    const ours = group({ id: 'g1', updatedAt: at(20), name: 'Renamed here' });
    const theirs = group({ id: 'g1', updatedAt: at(5) });
    const result = mergeTable({ local: [ours], incoming: [theirs] }, since10);
    expect(result).toEqual({ changes: [], conflicts: [], writes: [] });
  });

  it('adds records this copy never had, and keeps deletions of them quietly so they never come back', () => {
    const added = group({ id: 'g2', changedBy: THERE, updatedAt: at(20) });
    const deleted = group({ id: 'g3', changedBy: THERE, updatedAt: at(21), deletedAt: at(21) });
    const result = mergeTable({ local: [], incoming: [added, deleted] }, since10);
    expect(result.changes.map((change) => [change.key, change.kind])).toEqual([
      ['g2', 'add'],
      ['g3', 'quiet'],
    ]);
    expect(result.writes).toHaveLength(2);
  });

  it('deletes a record they deleted after our last change', () => {
    const local = group({ id: 'g1', updatedAt: at(5) });
    const deleted = group({ id: 'g1', changedBy: THERE, updatedAt: at(20), deletedAt: at(20) });
    const result = mergeTable({ local: [local], incoming: [deleted] }, since10);
    expect(result.changes).toEqual([{ key: 'g1', kind: 'delete', before: local, after: deleted }]);
  });

  it('does not bring back a record we deleted after their last change', () => {
    const deleted = group({ id: 'g1', updatedAt: at(20), deletedAt: at(20) });
    const theirs = group({ id: 'g1', changedBy: THERE, updatedAt: at(15), name: 'Edited there' });
    const result = mergeTable({ local: [deleted], incoming: [theirs] }, since10);
    expect(result.writes).toEqual([]);
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]?.newer).toBe('local');
  });
});

describe('a record changed on both copies since they last exchanged', () => {
  const ours = group({ id: 'g1', updatedAt: at(30), name: 'Changed here' });
  const theirs = group({ id: 'g1', updatedAt: at(20), changedBy: THERE, name: 'Changed there' });

  it('is a conflict, and the newer change wins unless the coordinator picks the other', () => {
    const result = mergeTable({ local: [ours], incoming: [theirs] }, since10);
    expect(result.conflicts).toEqual([{ key: 'g1', local: ours, incoming: theirs, newer: 'local' }]);
    expect(result.writes).toEqual([]);
  });

  it('stores the older side, stamped as a new change of this copy, when the coordinator picks it', () => {
    const result = mergeTable({ local: [ours], incoming: [theirs] }, since10, {
      choices: new Map([['g1', 'incoming']]),
      stamp: at(40),
    });
    const stored = result.writes[0]?.record;
    expect(stored).toMatchObject({ name: 'Changed there', updatedAt: at(40), changedBy: HERE, deletedAt: null });
    expect(result.changes).toEqual([{ key: 'g1', kind: 'update', before: ours, after: stored }]);
  });

  it("stamps the chosen side after both versions even when this computer's clock is behind", () => {
    const result = mergeTable({ local: [ours], incoming: [theirs] }, since10, {
      choices: new Map([['g1', 'incoming']]),
      stamp: at(1),
    });
    expect(compareInstants(result.writes[0]?.record.updatedAt ?? '', at(30))).toBeGreaterThan(0);
  });

  it('is not a conflict when both made the same change', () => {
    const same = group({ id: 'g1', updatedAt: at(20), changedBy: THERE, name: 'Changed here' });
    const result = mergeTable({ local: [ours], incoming: [same] }, since10);
    expect(result.conflicts).toEqual([]);
    expect(result.writes).toEqual([]);
  });

  it('is not a conflict when our change was already in a file they merged', () => {
    const result = mergeTable({ local: [ours], incoming: [theirs] }, { ...since10, oursSeen: at(35) });
    expect(result.conflicts).toEqual([]);
  });

  it('is not a conflict when their change was in a file we merged before', () => {
    const result = mergeTable({ local: [ours], incoming: [theirs] }, { ...since10, theirsSeen: at(25) });
    expect(result.conflicts).toEqual([]);
  });

  it('breaks a tie at the same instant by device id, the same way on both copies', () => {
    const a = group({ id: 'g1', updatedAt: at(20), changedBy: 'device-a', name: 'A' });
    const b = group({ id: 'g1', updatedAt: at(20), changedBy: 'device-b', name: 'B' });
    const onA = mergeTable({ local: [a], incoming: [b] }, { localDevice: 'device-a', theirsSeen: '', oursSeen: '' });
    const onB = mergeTable({ local: [b], incoming: [a] }, { localDevice: 'device-b', theirsSeen: '', oursSeen: '' });
    expect(onA.writes.map((w) => w.record.name)).toEqual(['B']);
    expect(onB.writes).toEqual([]);
  });
});

describe('meeting records, one per occurrence', () => {
  const meeting = (fields: Partial<MeetingRec> & { id: string }): MeetingRec => ({
    createdAt: at(0),
    updatedAt: at(0),
    deletedAt: null,
    changedBy: HERE,
    scheduleId: 's1',
    originalDate: '2026-10-06',
    attendance: 8,
    ...fields,
  });

  it('shows the newer of two records made for one meeting on two computers and sets the other aside, deleted', () => {
    const ours = meeting({ id: 'm-here', updatedAt: at(20), attendance: 8 });
    const theirs = meeting({ id: 'm-there', updatedAt: at(25), changedBy: THERE, attendance: 9 });
    const result = mergeTable({ local: [ours], incoming: [theirs], keyOf: keyOfMeeting }, since10);
    expect(result.conflicts).toEqual([{ key: 's1|2026-10-06', local: ours, incoming: theirs, newer: 'incoming' }]);
    expect(result.changes).toEqual([{ key: 's1|2026-10-06', kind: 'update', before: ours, after: theirs }]);
    expect(result.writes).toEqual([
      { record: { ...ours, deletedAt: at(20) }, visible: false },
      { record: theirs, visible: true },
    ]);
  });

  it('keeps the record set aside deleted when the one shown moves to a new series, so it is never counted twice', () => {
    const setAside = meeting({ id: 'm-old', updatedAt: at(5), deletedAt: at(5) });
    const shown = meeting({ id: 'm-new', updatedAt: at(20), changedBy: THERE });
    const moved = meeting({ id: 'm-new', updatedAt: at(30), changedBy: THERE, scheduleId: 's2' });
    const result = mergeTable({ local: [shown], hidden: [setAside], incoming: [moved], keyOf: keyOfMeeting }, since10);
    expect(result.writes).toHaveLength(2);
    expect(result.writes).toContainEqual({ record: moved, visible: true });
    expect(result.writes).toContainEqual({ record: setAside, visible: true });
    expect(result.changes.filter((change) => change.kind !== 'quiet')).toEqual([
      { key: 's2|2026-10-06', kind: 'update', before: undefined, after: moved },
    ]);
  });

  it('sets aside the same version on every copy, so copies that set it aside at different times agree', () => {
    const live = meeting({ id: 'm-old', updatedAt: at(5) });
    const newer = meeting({ id: 'm-new', updatedAt: at(20), changedBy: THERE });
    const once = mergeTable({ local: [live], incoming: [newer], keyOf: keyOfMeeting }, since10);
    const setAside = once.writes.find((write) => !write.visible)?.record;
    expect(setAside).toEqual({ ...live, deletedAt: at(5) });
    // Their old file, still holding the live version, changes nothing here any more.
    const again = mergeTable(
      { local: [newer], hidden: setAside ? [setAside] : [], incoming: [live, newer], keyOf: keyOfMeeting },
      since10,
    );
    expect(again.writes).toEqual([]);
  });
});

describe('stamps', () => {
  it('compare the moment named, whatever the offset is written as', () => {
    expect(compareInstants('2026-10-06T14:00:00+02:00', '2026-10-06T12:30:00.000Z')).toBeLessThan(0);
    expect(compareInstants('', '2026-10-06T12:30:00.000Z')).toBeLessThan(0);
    expect(stampAfter(at(1), [at(5), at(3)])).toBe('2026-10-06T12:05:00.001Z');
  });
});
