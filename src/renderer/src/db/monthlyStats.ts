// The per-group, per-month aggregate: kept in step with meeting records inside their own
// transactions, read by reports, and rebuilt from the records after a load, restore or merge.
import type { Meeting, MonthlyStat, Schedule } from '@shared/model';
import { accumulateStats, monthBounds, sortStats, statKey } from '../domain/monthlyStats';
import { monthOf } from '../domain/dates';
import { db } from './database';
import { DEFAULT_MEETING_MINUTES } from './settings';

/** The tables a write that changes counted meetings must hold, so the aggregate moves with it. */
export const statsTables = () => [db.meetings, db.schedules, db.monthlyStats];

export interface GroupMonth {
  groupId: string;
  month: string;
}

export const groupMonthOf = (meeting: Pick<Meeting, 'groupId' | 'date'>): GroupMonth => ({
  groupId: meeting.groupId,
  month: monthOf(meeting.date),
});

async function durationsOf(
  scheduleIds: Iterable<string>,
  known: ReadonlyMap<string, number> = new Map(),
): Promise<(scheduleId: string) => number> {
  const minutes = new Map(known);
  const missing = [...new Set(scheduleIds)].filter((id) => !minutes.has(id));
  if (missing.length > 0) {
    const schedules = await db.schedules.bulkGet(missing);
    missing.forEach((id, index) => minutes.set(id, schedules[index]?.durationMinutes ?? DEFAULT_MEETING_MINUTES));
  }
  return (id) => minutes.get(id) ?? DEFAULT_MEETING_MINUTES;
}

export interface RecountOptions {
  /** meeting lengths the caller already holds, by schedule id (saves reading the schedules again) */
  durations?: ReadonlyMap<string, number>;
  /** a record being written in the same transaction: counted as stored, whichever request runs first */
  written?: Meeting;
  /** group-months the caller already read in this transaction (by statKey), so they are not read again */
  read?: ReadonlyMap<string, Meeting[]>;
}

/** Every record (tombstones too) dated in one group's month, by the [groupId+date] index. */
export function recordsOfGroupMonth({ groupId, month }: GroupMonth): Promise<Meeting[]> {
  const { first, last } = monthBounds(month);
  return db.meetings.where('[groupId+date]').between([groupId, first], [groupId, last], true, true).toArray();
}

/**
 * Recounts the given group-months from their records (one small index range each, read side by side)
 * and stores the result. Call inside a 'rw' transaction over statsTables(). A recount, not a delta, so
 * it can never drift.
 */
export async function recountGroupMonths(pairs: Iterable<GroupMonth>, options: RecountOptions = {}): Promise<void> {
  const wanted = new Map<string, GroupMonth>();
  for (const pair of pairs) wanted.set(statKey(pair.groupId, pair.month), pair);
  const { written } = options;
  const ranges = await Promise.all(
    [...wanted].map(async ([key, pair]) => {
      const { groupId, month } = pair;
      const stored = options.read?.get(key) ?? (await recordsOfGroupMonth(pair));
      if (!written) return stored;
      const others = stored.filter((meeting) => meeting.id !== written.id);
      const inMonth = written.groupId === groupId && monthOf(written.date) === month;
      return inMonth ? [...others, written] : others;
    }),
  );
  const durationOf = await durationsOf(
    ranges.flatMap((meetings) => meetings.map((meeting) => meeting.scheduleId)),
    options.durations,
  );
  const totals = new Map<string, MonthlyStat>();
  for (const meetings of ranges) accumulateStats(totals, meetings, durationOf);
  await Promise.all(
    [...wanted].map(([key, { groupId, month }]) => {
      const stat = totals.get(key);
      return stat ? db.monthlyStats.put(stat) : db.monthlyStats.delete([groupId, month]);
    }),
  );
}

/**
 * The aggregate rows for records the caller holds, as they are stored (table name and rows), for filling
 * a database that is not the open one yet (a restore into a new database). Only the rows change shape
 * if the aggregates' layout changes; callers write `rows` into `table` as they are.
 */
export function aggregatesFor(source: {
  meetings: Iterable<Meeting>;
  schedules: Iterable<Pick<Schedule, 'id' | 'durationMinutes'>>;
}): { table: 'monthlyStats'; rows: MonthlyStat[] } {
  const minutes = new Map([...source.schedules].map((s) => [s.id, s.durationMinutes]));
  const totals = new Map<string, MonthlyStat>();
  accumulateStats(totals, source.meetings, (id) => minutes.get(id) ?? DEFAULT_MEETING_MINUTES);
  return { table: 'monthlyStats', rows: sortStats([...totals.values()]) };
}

const CHUNK = 10_000;

const sameStat = (a: MonthlyStat, b: MonthlyStat | undefined): boolean =>
  b !== undefined &&
  a.held === b.held &&
  a.cancelled === b.cancelled &&
  a.attendance === b.attendance &&
  a.firstTime === b.firstTime &&
  a.facilitatorMinutes === b.facilitatorMinutes;

/**
 * Recounts every group and month and stores what changed. Counts the given records when the caller
 * holds them (a restore has every meeting in memory already), or else every stored meeting record,
 * read in chunks. Only aggregates that differ are written, so a rebuild that finds nothing new is a read.
 */
export async function rebuildMonthlyStats(source?: {
  meetings: Iterable<Meeting>;
  schedules: Iterable<Pick<Schedule, 'id' | 'durationMinutes'>>;
}): Promise<void> {
  await db.transaction('rw', statsTables(), async () => {
    const schedules = source ? [...source.schedules] : await db.schedules.toArray();
    const minutes = new Map(schedules.map((s) => [s.id, s.durationMinutes]));
    const durationOf = (id: string) => minutes.get(id) ?? DEFAULT_MEETING_MINUTES;
    const totals = new Map<string, MonthlyStat>();
    if (source) {
      accumulateStats(totals, source.meetings, durationOf);
    } else {
      let after: string | null = null;
      for (;;) {
        const chunk: Meeting[] = await (after === null
          ? db.meetings.orderBy(':id').limit(CHUNK).toArray()
          : db.meetings.where(':id').above(after).limit(CHUNK).toArray());
        accumulateStats(totals, chunk, durationOf);
        const lastOfChunk = chunk[chunk.length - 1];
        if (!lastOfChunk || chunk.length < CHUNK) break;
        after = lastOfChunk.id;
      }
    }
    const stored = new Map((await db.monthlyStats.toArray()).map((stat) => [statKey(stat.groupId, stat.month), stat]));
    const gone = [...stored]
      .filter(([key]) => !totals.has(key))
      .map(([, stat]): [string, string] => [stat.groupId, stat.month]);
    const changed = [...totals].filter(([key, stat]) => !sameStat(stat, stored.get(key))).map(([, stat]) => stat);
    await Promise.all([
      gone.length > 0 ? db.monthlyStats.bulkDelete(gone) : undefined,
      changed.length > 0 ? db.monthlyStats.bulkPut(changed) : undefined,
    ]);
  });
}

/** Stored stats for months fromMonth..toMonth ('YYYY-MM', inclusive), optionally for some groups. */
export async function statsForMonths(fromMonth: string, toMonth: string, groupIds?: string[]): Promise<MonthlyStat[]> {
  if (groupIds && groupIds.length <= 20) {
    const perGroup = await Promise.all(
      [...new Set(groupIds)].map((groupId) =>
        db.monthlyStats
          .where('[groupId+month]')
          .between([groupId, fromMonth], [groupId, toMonth], true, true)
          .toArray(),
      ),
    );
    return sortStats(perGroup.flat());
  }
  const stats = await db.monthlyStats.where('month').between(fromMonth, toMonth, true, true).toArray();
  const wanted = groupIds ? new Set(groupIds) : null;
  return sortStats(wanted ? stats.filter((s) => wanted.has(s.groupId)) : stats);
}
