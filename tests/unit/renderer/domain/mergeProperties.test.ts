// Property tests of the merge between coordinators: three copies make random edits and exchange files
// in random orders (sometimes taking the older side of a conflict) and must end identical, with every
// record at its latest version, no deleted record brought back, and each file harmless the second time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, type Versioned } from '../../../../src/renderer/src/domain/exchangeVersions';
import {
  DEVICES,
  applyOp,
  cloneCopy,
  dataOf,
  exchangeUntilQuiet,
  followSplits,
  greatest,
  keyOfMeeting,
  lineageOfCopy,
  mergeInto,
  newWorld,
  opArb,
  shareFile,
  type DeviceId,
  type MeetingRec,
  type Op,
} from './exchangeModel';

const RUNS = { numRuns: Number(process.env.MERGE_RUNS ?? 300) };

/** Combining B's and C's files into a copy gives the same data in either order. */
function sameEitherOrder(list: Op[], receiver: DeviceId): void {
  const world = newWorld();
  for (const op of list) applyOp(world, op);
  const [first, second] = DEVICES.filter((device) => device !== receiver) as [DeviceId, DeviceId];
  const fileB = shareFile(world, world.copies[first]);
  const fileC = shareFile(world, world.copies[second]);
  const one = cloneCopy(world.copies[receiver]);
  const other = cloneCopy(world.copies[receiver]);
  mergeInto(world, one, fileB);
  mergeInto(world, one, fileC);
  mergeInto(world, other, fileC);
  mergeInto(world, other, fileB);
  expect(dataOf(other)).toEqual(dataOf(one));
}
const ops = fc.array(opArb, { maxLength: 40 });

describe('merging between three coordinators', () => {
  it('ends with identical copies whatever was edited and in whatever order files were exchanged', () => {
    fc.assert(
      fc.property(ops, (list) => {
        const world = newWorld();
        for (const op of list) applyOp(world, op);
        exchangeUntilQuiet(world);
        const [a, b, c] = DEVICES.map((device) => dataOf(world.copies[device]));
        expect(b).toEqual(a);
        expect(c).toEqual(a);
      }),
      RUNS,
    );
  });

  it('keeps every record at the greatest version ever written, so a deletion after the last change stays', () => {
    fc.assert(
      fc.property(ops, (list) => {
        const world = newWorld();
        for (const op of list) applyOp(world, op);
        exchangeUntilQuiet(world);
        const copy = world.copies['device-a'];
        const stored = new Map<string, Versioned>([
          ...copy.groups,
          ...copy.schedules,
          ...copy.meetings,
          ...copy.hidden,
        ]);
        expect([...stored.keys()].sort()).toEqual([...world.written.keys()].sort());
        const lineage = lineageOfCopy(copy);
        for (const [id, versions] of world.written) {
          // A meeting record made before its series was split is kept under the series that holds its
          // date now: the greatest version, moved there.
          const latest = greatest(versions);
          const placed =
            copy.meetings.has(id) || copy.hidden.has(id) ? followSplits(latest as MeetingRec, lineage) : latest;
          expect(canonicalJson(stored.get(id))).toBe(canonicalJson(placed));
          if (latest.deletedAt !== null) expect(stored.get(id)?.deletedAt).not.toBeNull();
        }
      }),
      RUNS,
    );
  });

  it('shows one meeting record per occurrence, the newest, and keeps the others out of sight as deleted', () => {
    fc.assert(
      fc.property(ops, (list) => {
        const world = newWorld();
        for (const op of list) {
          applyOp(world, op);
          // The table's unique [scheduleId+originalDate] index must hold after every merge.
          for (const device of DEVICES) {
            const keys = [...world.copies[device].meetings.values()].map(keyOfMeeting);
            expect(new Set(keys).size).toBe(keys.length);
          }
        }
        exchangeUntilQuiet(world);
        const copy = world.copies['device-b'];
        for (const hidden of copy.hidden.values()) {
          const shown = [...copy.meetings.values()].find((m) => keyOfMeeting(m) === keyOfMeeting(hidden));
          expect(shown).toBeDefined();
          expect(shown && shown.updatedAt >= hidden.updatedAt).toBe(true);
          expect(hidden.deletedAt).not.toBeNull();
        }
      }),
      RUNS,
    );
  });

  it('changes nothing when the same file is merged a second time, whatever was chosen the first time', () => {
    fc.assert(
      fc.property(
        ops,
        fc.constantFrom(...DEVICES),
        fc.constantFrom(...DEVICES),
        fc.array(fc.boolean(), { maxLength: 6 }),
        (list, from, to, picks) => {
          fc.pre(from !== to);
          const world = newWorld();
          for (const op of list) applyOp(world, op);
          const file = shareFile(world, world.copies[from]);
          mergeInto(world, world.copies[to], file, picks);
          const after = dataOf(world.copies[to]);
          const again = mergeInto(
            world,
            world.copies[to],
            file,
            picks.map((pick) => !pick),
          );
          expect(again).toEqual({ writes: 0, conflicts: 0, changes: 0 });
          expect(dataOf(world.copies[to])).toEqual(after);
        },
      ),
      RUNS,
    );
  });

  it('gives the same result for B then C as for C then B', () => {
    fc.assert(fc.property(ops, fc.constantFrom(...DEVICES), sameEitherOrder), RUNS);
  });

  // Found 2026-11-26 (fixed by the series' split links): B and C record the same meeting, B's record
  // reaches A, and A splits the series (moving that record to the new series). C kept its own record
  // beside A's, under the old series, if A's file arrived before B's (two meetings where there was one,
  // both counted), but set one aside as a duplicate if B's arrived first.
  it('gives the same result for B then C as for C then B after a split moves a meeting both recorded', () => {
    const list: Op[] = [
      { kind: 'record-meeting', device: 'device-b', schedule: 0, date: 2, attendance: 1 },
      { kind: 'record-meeting', device: 'device-c', schedule: 0, date: 2, attendance: 2 },
      { kind: 'exchange', from: 'device-b', to: 'device-a', picks: [] },
      { kind: 'split-series', device: 'device-a', schedule: 0, date: 1 },
    ];
    sameEitherOrder(list, 'device-c');
    // Either way, C shows one meeting on that date, under A's new series.
    const world = newWorld();
    for (const op of list) applyOp(world, op);
    const c = world.copies['device-c'];
    mergeInto(world, c, shareFile(world, world.copies['device-a']));
    const shown = [...c.meetings.values()].filter((m) => m.originalDate === '2026-01-19' && m.deletedAt === null);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.scheduleId).toMatch(/^device-a-s/);
  });

  it('moves a meeting recorded on a series another copy has since split to the new series', () => {
    const list: Op[] = [
      { kind: 'exchange', from: 'device-a', to: 'device-b', picks: [] },
      { kind: 'split-series', device: 'device-a', schedule: 1, date: 1 },
      { kind: 'record-meeting', device: 'device-b', schedule: 1, date: 2, attendance: 3 },
      { kind: 'record-meeting', device: 'device-b', schedule: 1, date: 0, attendance: 2 },
    ];
    const world = newWorld();
    for (const op of list) applyOp(world, op);
    const a = world.copies['device-a'];
    mergeInto(world, a, shareFile(world, world.copies['device-b']));
    const split = [...a.schedules.values()][0];
    const byDate = new Map([...a.meetings.values()].map((m) => [m.originalDate, m]));
    // After the split date: under the new series, with B's stamp (a move, not a change of B's record).
    expect(byDate.get('2026-01-19')?.scheduleId).toBe(split?.id);
    expect(byDate.get('2026-01-19')?.changedBy).toBe('device-b');
    // Before it: where it was.
    expect(byDate.get('2026-01-05')?.scheduleId).toBe('s2');
    // And B, on hearing of the split, moves its own record the same way.
    const b = world.copies['device-b'];
    mergeInto(world, b, shareFile(world, a));
    expect(dataOf(b).meetings).toEqual(dataOf(a).meetings);
  });
});
