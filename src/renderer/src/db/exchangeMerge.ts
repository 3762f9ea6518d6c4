// Combines another coordinator's file with this copy: reads only the records the file concerns (by id,
// and meetings by their series), lets domain/merge decide, and writes the outcome in one transaction
// together with the monthly figures it affects and what this copy now knows about the sender.
import Dexie from 'dexie';
import { RECORD_TABLES, type Meeting, type RecordOf, type RecordTable } from '@shared/model';
import { ExchangeRefusal, markFor, scopeKey, type ExchangeFile } from '../domain/exchangeFile';
import {
  planExchange,
  summarizePlan,
  type ExchangePlan,
  type LocalRecords,
  type PlanSummary,
} from '../domain/exchangePlan';
import { laterOf, stampAfter } from '../domain/exchangeVersions';
import { familiesOf, followSplits, lineageOf, settleSplitLines } from '../domain/seriesLineage';
import type { MergeContext, Side, TableMerge } from '../domain/merge';
import { RESTORE_MARK_KEY } from './restoreGuard';
import { db } from './database';
import { getDevice } from './device';
import { PAGE_SIZE, noteWrite } from './backupExport';
import { nowStamp, tombstoned } from './records';
import { emptyExchangeTables } from './exchangeScope';
import { getPeer, hiddenMeetings, hideMeetings, putPeer, unhideMeetings, type Peer } from './exchangeState';
import { groupMonthsOf, rebuildMonthlyStats, recountGroupMonths, type GroupMonth } from './monthlyStats';
import { matchPausesToStatus } from './closureOps';
import { isPause } from '../domain/closures';
import { todayIso } from '../domain/dates';

/** Beyond this many group-months, recounting everything in one pass is quicker. */
const RECOUNT_LIMIT = 500;

const recordTables = () => RECORD_TABLES.map((name) => db.table(name));

async function byIds<T extends RecordTable>(table: T, ids: readonly string[]): Promise<RecordOf<T>[]> {
  const found: RecordOf<T>[] = [];
  for (let start = 0; start < ids.length; start += PAGE_SIZE) {
    const page = await db.table<RecordOf<T>, string>(table).bulkGet(ids.slice(start, start + PAGE_SIZE));
    for (const record of page) if (record) found.push(record);
  }
  return found;
}

/** This copy's records that share an id with the file's, and every meeting of the series concerned. */
async function localRecordsFor(file: ExchangeFile): Promise<LocalRecords> {
  const tables = emptyExchangeTables();
  for (const table of RECORD_TABLES) {
    if (table === 'meetings') continue;
    // Every series (a few hundred): their links place meeting records made before a split.
    if (table === 'schedules') {
      tables.schedules = await db.schedules.toArray();
      continue;
    }
    (tables[table] as unknown[]) = await byIds(
      table,
      file.tables[table].map((record) => record.id),
    );
  }
  // A meeting shares its occurrence with any record of the same series: read each series concerned
  // (one index range each), then by id the few records that are elsewhere (moved to another series).
  const found = new Map<string, Meeting>();
  const readSeries = async (scheduleIds: Iterable<string>) => {
    for (const scheduleId of new Set(scheduleIds)) {
      const rows = await db.meetings
        .where('[scheduleId+originalDate]')
        .between([scheduleId, Dexie.minKey], [scheduleId, Dexie.maxKey])
        .toArray();
      for (const row of rows) found.set(row.id, row);
    }
  };
  // With every series linked to them by splits, either way: records made on a series before it was
  // split belong to the series that holds their dates now.
  const lineage = lineageOf([...tables.schedules, ...file.tables.schedules]);
  const seriesRead = familiesOf(lineage, [
    ...file.tables.meetings.map((meeting) => meeting.scheduleId),
    ...file.tables.schedules.filter((schedule) => schedule.continues).map((schedule) => schedule.id),
  ]);
  await readSeries(seriesRead);
  const elsewhere = await byIds(
    'meetings',
    file.tables.meetings.filter((meeting) => !found.has(meeting.id)).map((meeting) => meeting.id),
  );
  const incomingIds = new Set(file.tables.meetings.map((meeting) => meeting.id));
  const hidden = await hiddenMeetings();
  const moreSeries = [
    ...familiesOf(
      lineage,
      [
        ...elsewhere,
        ...hidden.filter((meeting) => incomingIds.has(meeting.id)),
        // A duplicate kept out of sight stays under its old series when this copy splits it.
        ...hidden.filter((meeting) => followSplits(meeting, lineage) !== meeting),
      ].map((meeting) => meeting.scheduleId),
    ),
  ].filter((scheduleId) => !seriesRead.has(scheduleId));
  await readSeries(moreSeries);
  for (const meeting of elsewhere) found.set(meeting.id, meeting);
  tables.meetings = [...found.values()];
  return { tables, hiddenMeetings: hidden };
}

async function contextFor(file: ExchangeFile): Promise<{ context: MergeContext; peer: Peer | undefined }> {
  const device = await getDevice();
  if (file.header.from.deviceId === device.id) throw new ExchangeRefusal('own');
  const peer = await getPeer(file.header.from.deviceId);
  return {
    peer,
    context: {
      localDevice: device.id,
      theirsSeen: peer ? markFor(peer.received, scopeKey(file.header.scope)) : '',
      oursSeen: file.header.seen[device.id] ?? '',
    },
  };
}

export interface MergePreview {
  plan: ExchangePlan;
  summary: PlanSummary;
  /** what this copy knew of the sender before this file (undefined: never exchanged) */
  peer: Peer | undefined;
  /** names of the groups, venues, donors, facilitators and affiliates the changes mention */
  names: Map<string, string>;
}

/** What combining the file would do; reads only, and refuses a file this computer shared itself. */
export async function previewMerge(file: ExchangeFile): Promise<MergePreview> {
  return db.transaction('r', [...recordTables(), db.local], async () => {
    const { context, peer } = await contextFor(file);
    const local = await localRecordsFor(file);
    const plan = planExchange(local, file.tables, context);
    return { plan, summary: summarizePlan(plan), peer, names: await namesFor(file, local) };
  });
}

const NAMED = ['groups', 'venues', 'donors', 'facilitators', 'affiliates'] as const;

async function namesFor(file: ExchangeFile, local: LocalRecords): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const table of NAMED) {
    for (const record of [...local.tables[table], ...file.tables[table]]) names.set(record.id, record.name);
  }
  // Meetings, bookings and gifts in the file may belong to groups or venues only this copy holds.
  const missing = (ids: Iterable<string | null>) =>
    [...new Set(ids)].filter((id): id is string => !!id && !names.has(id));
  const groups = missing(
    [...file.tables.meetings, ...file.tables.schedules, ...file.tables.bookings].map((r) => r.groupId),
  );
  for (const group of await byIds('groups', groups)) names.set(group.id, group.name);
  const venues = missing(file.tables.bookings.map((booking) => booking.venueId));
  for (const venue of await byIds('venues', venues)) names.set(venue.id, venue.name);
  return names;
}

export interface AppliedMerge {
  summary: PlanSummary;
  /** series split on both computers from different dates, ended where a later split takes over */
  endedSeries: number;
  /** series split on both computers from the same date: the one that holds no date, removed */
  removedSeries: number;
}

/**
 * Combines the file in one transaction: decides again against the records as they are now (with the
 * coordinator's choices), writes the versions, recounts the monthly figures, remembers the sender.
 * With `liftHold` (under whileCombining) its first write lifts the hold's mark, so the merge is the
 * first write after the safety backup, and any other waits until it has committed.
 */
export async function applyMerge(
  file: ExchangeFile,
  choices: ReadonlyMap<string, Side>,
  { liftHold = false }: { liftHold?: boolean } = {},
): Promise<AppliedMerge> {
  return db.transaction('rw', [...recordTables(), db.monthlyStats, db.monthRecords, db.local], async () => {
    if (liftHold) await db.local.delete(RESTORE_MARK_KEY);
    const { context, peer } = await contextFor(file);
    const local = await localRecordsFor(file);
    const stamp = nowStamp();
    const plan = planExchange(local, file.tables, context, { choices, stamp });
    const touched: GroupMonth[] = [];
    let durationsChanged = false;
    // The records keep the sender's stamps, older than now: the next automatic backup must not skip them.
    if (RECORD_TABLES.some((table) => plan[table].writes.length > 0)) await noteWrite(stamp);
    for (const table of RECORD_TABLES) {
      const merge = plan[table] as TableMerge<RecordOf<RecordTable>>;
      if (merge.writes.length === 0) continue;
      if (table === 'meetings') {
        touched.push(...(await writeMeetings(plan.meetings, local.tables.meetings)));
        continue;
      }
      await db.table(table).bulkPut(merge.writes.map((write) => write.record));
      if (table === 'schedules') {
        const before = new Map(local.tables.schedules.map((schedule) => [schedule.id, schedule.durationMinutes]));
        durationsChanged = plan.schedules.writes.some(({ record }) => {
          const previous = before.get(record.id);
          return previous !== undefined && previous !== record.durationMinutes;
        });
      }
    }
    // A series split on both copies: each split ends where the next one starts, and a split the other
    // copy made from the same day holds no date and goes.
    const settled =
      plan.schedules.writes.length > 0
        ? await settleLines(
            plan.schedules.writes.map(({ record }) => record.groupId),
            context.localDevice,
            stamp,
          )
        : { ended: 0, removed: 0 };
    // A group's status and its pause travel as two records: keep them in step for the groups touched.
    const pauseGroups = [
      ...plan.groups.writes.map(({ record }) => record.id),
      ...plan.closures.writes.flatMap(({ record }) => (isPause(record) && record.groupId ? [record.groupId] : [])),
    ];
    if (pauseGroups.length > 0) await matchPausesToStatus(pauseGroups, todayIso());
    // A series' length changes its facilitator minutes in every month: recount everything then, and
    // when most months are touched anyway (a first exchange), since one pass beats thousands of ranges.
    const months = new Set(touched.map(({ groupId, month }) => `${groupId}|${month}`)).size;
    if (durationsChanged || months > RECOUNT_LIMIT) await rebuildMonthlyStats();
    else await recountGroupMonths(touched);
    const key = scopeKey(file.header.scope);
    await putPeer({
      deviceId: file.header.from.deviceId,
      name: file.header.from.name,
      received: { ...peer?.received, [key]: laterOf(peer?.received[key] ?? '', file.header.mark) },
      lastMergedAt: stamp,
    });
    return { summary: summarizePlan(plan), endedSeries: settled.ended, removedSeries: settled.removed };
  });
}

/**
 * Settles the groups' lines of split series (settleSplitLines), as this copy's change: a series that
 * runs on into a later split's dates ends the day before, and one that holds no date is removed with
 * its bookings. Each copy that combines both splits makes the same changes, so they agree quietly.
 */
async function settleLines(
  groupIds: readonly string[],
  deviceId: string,
  stamp: string,
): Promise<{ ended: number; removed: number }> {
  const schedules = await db.schedules
    .where('groupId')
    .anyOf([...new Set(groupIds)])
    .toArray();
  const { ends, removed } = settleSplitLines(schedules);
  if (ends.size === 0 && removed.length === 0) return { ended: 0, removed: 0 };
  const gone = new Set(removed);
  // Stamped after the version they change, should this computer's clock be behind it.
  const after = (record: { updatedAt: string }) => stampAfter(stamp, [record.updatedAt]);
  await db.schedules.bulkPut(
    schedules.flatMap((schedule) =>
      gone.has(schedule.id)
        ? [tombstoned(schedule, after(schedule), deviceId)]
        : ends.has(schedule.id)
          ? [{ ...schedule, endsOn: ends.get(schedule.id)!, updatedAt: after(schedule), changedBy: deviceId }]
          : [],
    ),
  );
  if (removed.length > 0) {
    const bookings = await db.bookings.where('scheduleId').anyOf(removed).toArray();
    await db.bookings.bulkPut(
      bookings.filter((booking) => booking.deletedAt === null).map((b) => tombstoned(b, after(b), deviceId)),
    );
  }
  return { ended: ends.size, removed: removed.length };
}

/** Meetings: clear the rows first so no two records ever hold one occurrence in the table at once. */
async function writeMeetings(merge: TableMerge<Meeting>, before: readonly Meeting[]): Promise<GroupMonth[]> {
  const shownBefore = new Map(before.map((meeting) => [meeting.id, meeting]));
  const shown = merge.writes.filter((write) => write.visible).map((write) => write.record);
  const hidden = merge.writes.filter((write) => !write.visible).map((write) => write.record);
  await db.meetings.bulkDelete(merge.writes.map((write) => write.record.id));
  await db.meetings.bulkPut(shown);
  await hideMeetings(hidden);
  await unhideMeetings(shown.map((meeting) => meeting.id));
  const touched: GroupMonth[] = shown.flatMap(groupMonthsOf);
  for (const { record } of merge.writes) {
    const previous = shownBefore.get(record.id);
    if (previous) touched.push(...groupMonthsOf(previous));
  }
  return touched;
}
