// A small world of coordinators' copies over plain data, for the merge property tests: each copy
// edits groups, meeting records and series (splitting "this and later") the way the app's db writes
// do, shares a file (every version it holds, hidden ones included), and merges others' files through
// domain/merge and domain/seriesLineage exactly as the db does.
import fc from 'fast-check';
import {
  mergeTable,
  type MergeContext,
  type Side,
  type StoredVersion,
} from '../../../../src/renderer/src/domain/merge';
import {
  canonicalJson,
  compareVersions,
  laterOf,
  type Versioned,
} from '../../../../src/renderer/src/domain/exchangeVersions';
import {
  followSplits,
  lineageOf,
  seriesHolding,
  underTheirSeries,
  type Lineage,
} from '../../../../src/renderer/src/domain/seriesLineage';

export interface GroupRec extends Versioned {
  name: string;
  status: string;
}
export interface MeetingRec extends Versioned {
  scheduleId: string;
  originalDate: string;
  attendance: number;
}

/** A series made by a split; the two series every copy starts with ('s1', 's2') have no record. */
export interface ScheduleRec extends Versioned {
  continues: { scheduleId: string; from: string } | null;
}

export const keyOfMeeting = (m: MeetingRec) => `${m.scheduleId}|${m.originalDate}`;

export const DEVICES = ['device-a', 'device-b', 'device-c'] as const;
export type DeviceId = (typeof DEVICES)[number];

export interface Copy {
  device: DeviceId;
  lastStamp: number;
  groups: Map<string, GroupRec>;
  schedules: Map<string, ScheduleRec>;
  meetings: Map<string, MeetingRec>;
  hidden: Map<string, MeetingRec>;
  /** per other device: the newest change of theirs merged here */
  received: Map<string, string>;
}

export interface SharedFile {
  from: DeviceId;
  mark: string;
  seen: Record<string, string>;
  groups: GroupRec[];
  schedules: ScheduleRec[];
  meetings: MeetingRec[];
}

export interface World {
  tick: number;
  copies: Record<DeviceId, Copy>;
  /** every version ever written, by id: the final version of each must be the greatest of these */
  written: Map<string, Versioned[]>;
  created: number;
}

const BASE = Date.UTC(2026, 9, 6, 12);
/** Clocks disagree a little, so changes on two computers can carry the same instant. */
const SKEW: Record<DeviceId, number> = { 'device-a': 0, 'device-b': 2, 'device-c': -1 };

export function newWorld(): World {
  const copies = {} as Record<DeviceId, Copy>;
  for (const device of DEVICES) {
    copies[device] = {
      device,
      lastStamp: 0,
      groups: new Map(),
      schedules: new Map(),
      meetings: new Map(),
      hidden: new Map(),
      received: new Map(),
    };
  }
  return { tick: 0, copies, written: new Map(), created: 0 };
}

export function cloneCopy(copy: Copy): Copy {
  return {
    ...copy,
    groups: new Map(copy.groups),
    schedules: new Map(copy.schedules),
    meetings: new Map(copy.meetings),
    hidden: new Map(copy.hidden),
    received: new Map(copy.received),
  };
}

function stampOn(world: World, copy: Copy): string {
  world.tick += 1;
  const time = Math.max(copy.lastStamp + 1, world.tick + SKEW[copy.device]);
  copy.lastStamp = time;
  return new Date(BASE + time).toISOString();
}

function remember(world: World, record: Versioned): void {
  const list = world.written.get(record.id) ?? [];
  list.push(record);
  world.written.set(record.id, list);
}

export type Op =
  | { kind: 'create-group'; device: DeviceId; name: string }
  | { kind: 'edit-group'; device: DeviceId; pick: number; name: string }
  | { kind: 'delete-group'; device: DeviceId; pick: number }
  | { kind: 'record-meeting'; device: DeviceId; schedule: number; date: number; attendance: number }
  | { kind: 'clear-meeting'; device: DeviceId; schedule: number; date: number }
  | { kind: 'split-series'; device: DeviceId; schedule: number; date: number }
  | { kind: 'exchange'; from: DeviceId; to: DeviceId; picks: boolean[] };

const device = fc.constantFrom(...DEVICES);
const SCHEDULES = ['s1', 's2'];
const DATES = ['2026-01-05', '2026-01-12', '2026-01-19'];

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('create-group' as const), device, name: fc.constantFrom('North', 'South', 'East') }),
  fc.record({
    kind: fc.constant('edit-group' as const),
    device,
    pick: fc.nat(5),
    name: fc.constantFrom('A', 'B', 'C'),
  }),
  fc.record({ kind: fc.constant('delete-group' as const), device, pick: fc.nat(5) }),
  fc.record({
    kind: fc.constant('record-meeting' as const),
    device,
    schedule: fc.nat(SCHEDULES.length - 1),
    date: fc.nat(DATES.length - 1),
    attendance: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({
    kind: fc.constant('clear-meeting' as const),
    device,
    schedule: fc.nat(SCHEDULES.length - 1),
    date: fc.nat(DATES.length - 1),
  }),
  fc.record({
    kind: fc.constant('split-series' as const),
    device,
    schedule: fc.nat(SCHEDULES.length - 1),
    date: fc.nat(DATES.length - 1),
  }),
  fc
    .record({
      kind: fc.constant('exchange' as const),
      from: device,
      to: device,
      picks: fc.array(fc.boolean(), { maxLength: 6 }),
    })
    .filter((op) => op.from !== op.to),
);

/** The links between this copy's series. */
export const lineageOfCopy = (copy: Copy): Lineage => lineageOf(copy.schedules.values());

/** The series that holds a series date on this copy, as its calendar shows the meeting. */
const seriesOn = (copy: Copy, schedule: number, date: number): string =>
  seriesHolding(lineageOfCopy(copy), SCHEDULES[schedule]!, DATES[date]!);

const liveOf = <R extends Versioned>(map: Map<string, R>): R[] =>
  [...map.values()].filter((r) => r.deletedAt === null).sort((a, b) => (a.id < b.id ? -1 : 1));

/** Mirrors db/records and db/meetings: updates stamp the record with this copy and now. */
export function applyOp(world: World, op: Op): void {
  if (op.kind === 'exchange') {
    const file = shareFile(world, world.copies[op.from]);
    mergeInto(world, world.copies[op.to], file, op.picks);
    return;
  }
  const copy = world.copies[op.device];
  const stamp = () => stampOn(world, copy);
  const write = <R extends Versioned>(map: Map<string, R>, record: R) => {
    map.set(record.id, record);
    remember(world, record);
  };
  switch (op.kind) {
    case 'create-group': {
      const now = stamp();
      world.created += 1;
      const id = `${op.device}-g${world.created}`;
      write(copy.groups, {
        id,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        changedBy: op.device,
        name: op.name,
        status: 'active',
      });
      return;
    }
    case 'edit-group':
    case 'delete-group': {
      const live = liveOf(copy.groups);
      const target = live[op.pick % Math.max(1, live.length)];
      if (!target) return;
      const now = stamp();
      write(
        copy.groups,
        op.kind === 'edit-group'
          ? { ...target, name: op.name, updatedAt: now, changedBy: op.device }
          : { ...target, deletedAt: now, updatedAt: now, changedBy: op.device },
      );
      return;
    }
    case 'record-meeting': {
      const scheduleId = seriesOn(copy, op.schedule, op.date);
      const key = `${scheduleId}|${DATES[op.date]}`;
      const existing = [...copy.meetings.values()].find((m) => keyOfMeeting(m) === key);
      const now = stamp();
      world.created += 1;
      write(copy.meetings, {
        id: existing?.id ?? `${op.device}-m${world.created}`,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        deletedAt: null,
        changedBy: op.device,
        scheduleId,
        originalDate: DATES[op.date]!,
        attendance: op.attendance,
      });
      return;
    }
    case 'clear-meeting': {
      const key = `${seriesOn(copy, op.schedule, op.date)}|${DATES[op.date]}`;
      const existing = [...copy.meetings.values()].find((m) => keyOfMeeting(m) === key && m.deletedAt === null);
      if (!existing) return;
      const now = stamp();
      write(copy.meetings, { ...existing, deletedAt: now, updatedAt: now, changedBy: op.device });
      return;
    }
    case 'split-series': {
      // "This and later meetings" (db/seriesOps.editSeries): a new series continues the one that holds
      // the date, and this copy's records of it from that date on, tombstones too, move to the new one.
      const from = DATES[op.date]!;
      const old = seriesOn(copy, op.schedule, op.date);
      const now = stamp();
      world.created += 1;
      const id = `${op.device}-s${world.created}`;
      write(copy.schedules, {
        id,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        changedBy: op.device,
        continues: { scheduleId: old, from },
      });
      for (const meeting of [...copy.meetings.values()]) {
        if (meeting.scheduleId !== old || meeting.originalDate < from) continue;
        write(copy.meetings, { ...meeting, scheduleId: id, updatedAt: now, changedBy: op.device });
      }
      return;
    }
  }
}

export function shareFile(world: World, copy: Copy): SharedFile {
  const groups = [...copy.groups.values()];
  const schedules = [...copy.schedules.values()];
  const meetings = [...copy.meetings.values(), ...copy.hidden.values()];
  const latest = [...groups, ...schedules, ...meetings].reduce((max, r) => laterOf(max, r.updatedAt), '');
  return {
    from: copy.device,
    mark: laterOf(stampOn(world, copy), latest),
    seen: Object.fromEntries(copy.received),
    groups,
    schedules,
    meetings,
  };
}

export interface MergeReport {
  writes: number;
  conflicts: number;
  changes: number;
}

/** Merges a file; `picks[i]` true means the coordinator takes the older side of the i-th conflict. */
export function mergeInto(world: World, copy: Copy, file: SharedFile, picks: boolean[] = []): MergeReport {
  const context: MergeContext = {
    localDevice: copy.device,
    theirsSeen: copy.received.get(file.from) ?? '',
    oursSeen: file.seen[copy.device] ?? '',
  };
  // As domain/exchangePlan: meetings under the series that hold their dates, by both sides' links.
  const meetingInput = {
    ...underTheirSeries(
      { local: [...copy.meetings.values()], hidden: [...copy.hidden.values()], incoming: file.meetings },
      [...copy.schedules.values(), ...file.schedules],
    ),
    keyOf: keyOfMeeting,
  };
  const preview = {
    groups: mergeTable({ local: [...copy.groups.values()], incoming: file.groups }, context),
    schedules: mergeTable({ local: [...copy.schedules.values()], incoming: file.schedules }, context),
    meetings: mergeTable(meetingInput, context),
  };
  let pick = 0;
  const choicesOf = (conflicts: { key: string; newer: Side }[]) => {
    const choices = new Map<string, Side>();
    for (const conflict of conflicts) {
      if (picks[pick++]) choices.set(conflict.key, conflict.newer === 'local' ? 'incoming' : 'local');
    }
    return choices;
  };
  const groupChoices = choicesOf(preview.groups.conflicts);
  const scheduleChoices = choicesOf(preview.schedules.conflicts);
  const meetingChoices = choicesOf(preview.meetings.conflicts);
  const stamp = stampOn(world, copy);
  const groups = mergeTable({ local: [...copy.groups.values()], incoming: file.groups }, context, {
    choices: groupChoices,
    stamp,
  });
  const schedules = mergeTable({ local: [...copy.schedules.values()], incoming: file.schedules }, context, {
    choices: scheduleChoices,
    stamp,
  });
  const meetings = mergeTable(meetingInput, context, { choices: meetingChoices, stamp });
  storeWrites(world, copy.groups, new Map(), groups.writes);
  storeWrites(world, copy.schedules, new Map(), schedules.writes);
  storeWrites(world, copy.meetings, copy.hidden, meetings.writes);
  copy.received.set(file.from, laterOf(copy.received.get(file.from) ?? '', file.mark));
  return {
    writes: groups.writes.length + schedules.writes.length + meetings.writes.length,
    conflicts: groups.conflicts.length + schedules.conflicts.length + meetings.conflicts.length,
    changes: groups.changes.length + schedules.changes.length + meetings.changes.length,
  };
}

function storeWrites<R extends Versioned>(
  world: World,
  shown: Map<string, R>,
  hidden: Map<string, R>,
  writes: StoredVersion<R>[],
): void {
  for (const { record, visible } of writes) {
    // A restamped choice, or a record moved under the series that now holds its date, is a new
    // version: it joins what was ever written.
    if (!(world.written.get(record.id) ?? []).some((r) => canonicalJson(r) === canonicalJson(record))) {
      remember(world, record);
    }
    if (visible) {
      hidden.delete(record.id);
      shown.set(record.id, record);
    } else {
      shown.delete(record.id);
      hidden.set(record.id, record);
    }
  }
}

/** Every copy shares with every other, twice round, taking the newer side of every conflict. */
export function exchangeUntilQuiet(world: World): void {
  for (let round = 0; round < 2; round += 1) {
    for (const from of DEVICES) {
      for (const to of DEVICES) {
        if (from !== to) mergeInto(world, world.copies[to], shareFile(world, world.copies[from]));
      }
    }
  }
}

/** What a coordinator has: the records shown, and those kept out of sight, in a comparable form. */
export const dataOf = (copy: Copy) => ({
  groups: [...copy.groups.values()].map(canonicalJson).sort(),
  schedules: [...copy.schedules.values()].map(canonicalJson).sort(),
  meetings: [...copy.meetings.values()].map(canonicalJson).sort(),
  hidden: [...copy.hidden.values()].map(canonicalJson).sort(),
});

export { followSplits };

export const greatest = (versions: Versioned[]): Versioned =>
  versions.reduce((best, version) => (compareVersions(version, best) > 0 ? version : best));
