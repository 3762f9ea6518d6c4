// The monthly aggregates, in two kinds of month rows: every group's counts (monthlyStats), and every
// group's live records in brief, dated in the month or standing for one of its series dates (monthRecords).
// Kept in step with meeting records inside their own transactions, read by reports, the calendar and
// Home, and rebuilt from the records after a load, restore or merge.
import type { Meeting, MonthlyStat, Schedule } from '@shared/model';
import {
  bucketOf,
  DEFAULT_MEETING_MINUTES,
  durationLookup,
  digestsFromMeetings,
  groupMonthRows,
  RECORD_BUCKETS,
  monthBounds,
  statKey,
  statsOfDigests,
  type DigestRecord,
  type MonthDigest,
  type MonthRecords,
} from '../domain/monthlyStats';
import { monthOf } from '../domain/dates';
import { db } from './database';

/** The tables a write that changes counted meetings must hold, so the aggregate moves with it. */
export const statsTables = () => [db.meetings, db.schedules, db.monthlyStats, db.monthRecords];

export interface GroupMonth {
  groupId: string;
  month: string;
}

/** The group-months a record is listed in: where it falls, and the month of the series date it stands for. */
export function groupMonthsOf(meeting: Pick<Meeting, 'groupId' | 'date' | 'originalDate'>): GroupMonth[] {
  const dated = monthOf(meeting.date);
  const standsFor = monthOf(meeting.originalDate);
  const months = [{ groupId: meeting.groupId, month: dated }];
  if (standsFor !== dated) months.push({ groupId: meeting.groupId, month: standsFor });
  return months;
}

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
  /** group-months the caller already read in this transaction with recordsOfGroupMonth (by statKey) */
  read?: ReadonlyMap<string, Meeting[]>;
  /** month rows the caller already read in this transaction (by month) */
  rows?: ReadonlyMap<string, { stats: MonthDigest | undefined; records: MonthRecords | undefined }>;
}

/** Every record (tombstones too) of one group dated in the month or standing for a series date in it. */
export function recordsOfGroupMonth({ groupId, month }: GroupMonth): Promise<Meeting[]> {
  const { first, last } = monthBounds(month);
  return recordsOfGroupBetween(groupId, first, last);
}

/**
 * Every record (tombstones too) of one group dated between two days or standing for a series date
 * between them, by two small index ranges read side by side.
 */
export async function recordsOfGroupBetween(groupId: string, from: string, to: string): Promise<Meeting[]> {
  const [dated, standing] = await Promise.all([
    db.meetings.where('[groupId+date]').between([groupId, from], [groupId, to], true, true).toArray(),
    db.meetings.where('[groupId+originalDate]').between([groupId, from], [groupId, to], true, true).toArray(),
  ]);
  const byId = new Map(dated.map((meeting) => [meeting.id, meeting]));
  for (const meeting of standing) byId.set(meeting.id, meeting);
  return [...byId.values()];
}

/**
 * Recounts the given group-months from their records and stores them in their month rows. Call inside a
 * 'rw' transaction over statsTables(). A recount, not a delta, so it can never drift.
 */
export async function recountGroupMonths(pairs: Iterable<GroupMonth>, options: RecountOptions = {}): Promise<void> {
  const wanted = new Map<string, GroupMonth>();
  for (const pair of pairs) wanted.set(statKey(pair.groupId, pair.month), pair);
  const { written } = options;
  if (written) for (const pair of groupMonthsOf(written)) wanted.set(statKey(pair.groupId, pair.month), pair);
  const months = [...new Set([...wanted.values()].map((pair) => pair.month))];
  const cells = [...new Set([...wanted.values()].map((pair) => cellOf(pair)))];
  const [ranges, statRows, recordRows] = await Promise.all([
    Promise.all(
      [...wanted].map(async ([key, pair]) => {
        const stored = options.read?.get(key) ?? (await recordsOfGroupMonth(pair));
        return written ? [...stored.filter((meeting) => meeting.id !== written.id), written] : stored;
      }),
    ),
    Promise.all(months.map((month) => options.rows?.get(month)?.stats ?? db.monthlyStats.get(month))),
    Promise.all(
      cells.map((cell) => {
        const [month, bucket] = splitCell(cell);
        const known = options.rows?.get(month)?.records;
        return known?.bucket === bucket ? known : db.monthRecords.get([month, bucket]);
      }),
    ),
  ]);
  const durationOf = await durationsOf(
    ranges.flatMap((meetings) => meetings.map((meeting) => meeting.scheduleId)),
    options.durations,
  );
  const stats = new Map(months.map((month, index) => [month, { ...(statRows[index]?.groups ?? {}) }]));
  const records = new Map(cells.map((cell, index) => [cell, { ...(recordRows[index]?.groups ?? {}) }]));
  [...wanted.values()].forEach((pair, index) => {
    const { groupId, month } = pair;
    const entry = groupMonthRows(groupId, month, ranges[index] ?? [], durationOf);
    const monthStats = stats.get(month)!;
    const cellRecords = records.get(cellOf(pair))!;
    if (entry.stats) monthStats[groupId] = entry.stats;
    else delete monthStats[groupId];
    if (entry.records.length > 0) cellRecords[groupId] = entry.records;
    else delete cellRecords[groupId];
  });
  await Promise.all([
    ...months.map((month) => {
      const groups = stats.get(month)!;
      return Object.keys(groups).length > 0 ? db.monthlyStats.put({ month, groups }) : db.monthlyStats.delete(month);
    }),
    ...cells.map((cell) => {
      const [month, bucket] = splitCell(cell);
      const groups = records.get(cell)!;
      return Object.keys(groups).length > 0
        ? db.monthRecords.put({ month, bucket, groups })
        : db.monthRecords.delete([month, bucket]);
    }),
  ]);
}

const cellOf = ({ groupId, month }: GroupMonth): string => `${month}|${bucketOf(groupId)}`;
const splitCell = (cell: string): [string, number] => {
  const [month, bucket] = cell.split('|') as [string, string];
  return [month, Number(bucket)];
};

/** A group's two aggregate rows for a month (the month's counts, and its bucket of records), side by side. */
export async function monthRowsOf({
  groupId,
  month,
}: GroupMonth): Promise<{ stats: MonthDigest | undefined; records: MonthRecords | undefined }> {
  const [stats, records] = await Promise.all([
    db.monthlyStats.get(month),
    db.monthRecords.get([month, bucketOf(groupId)]),
  ]);
  return { stats, records };
}

/** The tables the aggregates live in. */
export type AggregateTable = 'monthlyStats' | 'monthRecords';

/**
 * The month rows for records the caller holds, as they are stored (table name and rows), for filling a
 * database that is not the open one yet (a restore into a new database). Callers write each `rows` into
 * its `table` as they are. Rows are large (a month of every group), so write a few at a time.
 */
export function aggregatesFor(source: {
  meetings: Iterable<Meeting>;
  schedules: Iterable<Pick<Schedule, 'id' | 'durationMinutes'>>;
}): { table: AggregateTable; rows: (MonthDigest | MonthRecords)[] }[] {
  const built = digestsFromMeetings(source.meetings, durationLookup(source.schedules));
  return [
    { table: 'monthlyStats', rows: built.stats },
    { table: 'monthRecords', rows: built.records },
  ];
}

const CHUNK = 10_000;

/**
 * Recounts every month and stores what changed. Counts the given records when the caller holds them (a
 * restore has every meeting in memory already), or else every stored meeting record, read in chunks.
 * Only rows that differ are written, so a rebuild that finds nothing new is a read.
 */
export async function rebuildMonthlyStats(source?: {
  meetings: Iterable<Meeting>;
  schedules: Iterable<Pick<Schedule, 'id' | 'durationMinutes'>>;
}): Promise<void> {
  await db.transaction('rw', statsTables(), async () => {
    const schedules = source ? [...source.schedules] : await db.schedules.toArray();
    let meetings: Iterable<Meeting>;
    if (source) {
      meetings = source.meetings;
    } else {
      const all: Meeting[] = [];
      let after: string | null = null;
      for (;;) {
        const chunk: Meeting[] = await (after === null
          ? db.meetings.orderBy(':id').limit(CHUNK).toArray()
          : db.meetings.where(':id').above(after).limit(CHUNK).toArray());
        all.push(...chunk.filter((meeting) => meeting.deletedAt === null));
        const lastOfChunk = chunk[chunk.length - 1];
        if (!lastOfChunk || chunk.length < CHUNK) break;
        after = lastOfChunk.id;
      }
      meetings = all;
    }
    for (const { table, rows } of aggregatesFor({ meetings, schedules })) {
      const store = db.table<MonthDigest | MonthRecords, string | [string, number]>(table);
      const keyOf = (row: MonthDigest | MonthRecords): string | [string, number] =>
        'bucket' in row ? [row.month, row.bucket] : row.month;
      const textOf = (row: MonthDigest | MonthRecords) => JSON.stringify(keyOf(row));
      const fresh = new Map(rows.map((row) => [textOf(row), row]));
      const stored = await store.toArray();
      const gone = stored.filter((row) => !fresh.has(textOf(row))).map(keyOf);
      const storedByKey = new Map(stored.map((row) => [textOf(row), JSON.stringify(row)]));
      const changed = rows.filter((row) => storedByKey.get(textOf(row)) !== JSON.stringify(row));
      await Promise.all([
        gone.length > 0 ? store.bulkDelete(gone) : undefined,
        changed.length > 0 ? store.bulkPut(changed) : undefined,
      ]);
    }
  });
}

/** The aggregate rows for months fromMonth..toMonth ('YYYY-MM', inclusive): one small primary-key range. */
export function digestsBetween(fromMonth: string, toMonth: string): Promise<MonthDigest[]> {
  return db.monthlyStats.where(':id').between(fromMonth, toMonth, true, true).toArray();
}

/** Stored aggregates for months fromMonth..toMonth ('YYYY-MM', inclusive), optionally for some groups. */
export async function statsForMonths(fromMonth: string, toMonth: string, groupIds?: string[]): Promise<MonthlyStat[]> {
  return statsOfDigests(await digestsBetween(fromMonth, toMonth), groupIds ? new Set(groupIds) : undefined);
}

/**
 * The live records, in brief, of the given groups (or all) dated in the range or standing for a series
 * date in it, from the month rows alone.
 */
export async function digestRecordsBetween(
  from: string,
  to: string,
  groupIds?: ReadonlySet<string>,
): Promise<(DigestRecord & { groupId: string })[]> {
  const months = await db.monthRecords
    .where(':id')
    .between([monthOf(from), 0], [monthOf(to), RECORD_BUCKETS], true, true)
    .toArray();
  const found = new Map<string, DigestRecord & { groupId: string }>();
  for (const row of months) {
    for (const [groupId, records] of Object.entries(row.groups)) {
      if (groupIds && !groupIds.has(groupId)) continue;
      for (const record of records) {
        const inRange =
          (record.date >= from && record.date <= to) || (record.originalDate >= from && record.originalDate <= to);
        if (inRange) found.set(record.id, { ...record, groupId });
      }
    }
  }
  return [...found.values()];
}
