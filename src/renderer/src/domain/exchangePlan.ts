// The merge of a whole file: every record table through domain/merge, with conflicts named by table,
// and the totals the review screen shows before anything changes.
import { RECORD_TABLES, type Meeting, type RecordOf, type RecordTable } from '@shared/model';
import {
  mergeTable,
  type TableInput,
  type ChangeKind,
  type MergeConflict,
  type MergeContext,
  type Side,
  type TableMerge,
} from './merge';
import type { ExchangeTables } from './exchangeFile';
import { underTheirSeries } from './seriesLineage';

/** Meetings are one record per occurrence: their series and the date it was first due. */
export const meetingKey = (meeting: Pick<Meeting, 'scheduleId' | 'originalDate'>): string =>
  `${meeting.scheduleId}|${meeting.originalDate}`;

export interface LocalRecords {
  /**
   * This copy's records sharing an id (meetings: or an occurrence) with the file's; more do no harm.
   * Schedules: every one, since their links say where meeting records belong (seriesLineage.ts).
   */
  tables: ExchangeTables;
  /** meeting versions kept out of sight because a newer record speaks for their occurrence */
  hiddenMeetings: Meeting[];
}

export type ExchangePlan = { [T in RecordTable]: TableMerge<RecordOf<T>> };

/** A conflict's key among all tables, as the review screen and the coordinator's choices name it. */
export const conflictId = (table: RecordTable, key: string): string => `${table}:${key}`;

export interface ExchangeResolution {
  choices: ReadonlyMap<string, Side>;
  stamp: string;
}

export function planExchange(
  local: LocalRecords,
  incoming: ExchangeTables,
  context: MergeContext,
  resolution?: ExchangeResolution,
): ExchangePlan {
  const plan = {} as Record<RecordTable, TableMerge<RecordOf<RecordTable>>>;
  const meetings = underTheirSeries(
    { local: local.tables.meetings, hidden: local.hiddenMeetings, incoming: incoming.meetings },
    [...local.tables.schedules, ...incoming.schedules],
  );
  for (const table of RECORD_TABLES) {
    const choices = new Map<string, Side>();
    const prefix = `${table}:`;
    for (const [key, side] of resolution?.choices ?? []) {
      if (key.startsWith(prefix)) choices.set(key.slice(prefix.length), side);
    }
    plan[table] = mergeTable<RecordOf<RecordTable>>(
      table === 'meetings'
        ? { ...(meetings as TableInput<RecordOf<RecordTable>>), keyOf: (record) => meetingKey(record as Meeting) }
        : { local: local.tables[table], incoming: incoming[table] },
      context,
      resolution ? { choices, stamp: resolution.stamp } : undefined,
    );
  }
  return plan as ExchangePlan;
}

export interface TableCounts {
  add: number;
  update: number;
  delete: number;
  restore: number;
}

export interface PlanSummary {
  /** per table, the changes a coordinator would notice (quiet ones left out) */
  counts: Partial<Record<RecordTable, TableCounts>>;
  conflicts: { id: string; table: RecordTable; conflict: MergeConflict<RecordOf<RecordTable>> }[];
  /** versions to store, including quiet ones (deletions of records this copy never had, and the like) */
  writes: number;
  quiet: number;
}

export function summarizePlan(plan: ExchangePlan): PlanSummary {
  const summary: PlanSummary = { counts: {}, conflicts: [], writes: 0, quiet: 0 };
  for (const table of RECORD_TABLES) {
    const merge = plan[table] as TableMerge<RecordOf<RecordTable>>;
    summary.writes += merge.writes.length;
    for (const change of merge.changes) {
      if (change.kind === 'quiet') {
        summary.quiet += 1;
        continue;
      }
      const counts = (summary.counts[table] ??= { add: 0, update: 0, delete: 0, restore: 0 });
      counts[change.kind as Exclude<ChangeKind, 'quiet'>] += 1;
    }
    for (const conflict of merge.conflicts) {
      summary.conflicts.push({ id: conflictId(table, conflict.key), table, conflict });
    }
  }
  return summary;
}

/** Whether combining the file would change anything at all. */
export const changesNothing = (summary: PlanSummary): boolean => summary.writes === 0 && summary.conflicts.length === 0;
