// Reading meetings: every group's (or one group's) occurrences in a range, placed from the series, the
// closures and the monthly rows. Kept apart from the writes (meetings.ts), so a screen that only shows
// meetings (Home, at every start) does not load the records' schemas the writes check against.
import type { Closure, Group, Schedule } from '@shared/model';
import { occurrencesInRange, seriesShown, type Occurrence } from '../domain/occurrences';
import { todayIso } from '../domain/dates';
import type { DigestRecord } from '../domain/monthlyStats';
import Dexie from 'dexie';
import { db } from './database';
import { allRows } from './sharedReads';
import { closuresOverlapping } from './closureOps';
import { digestRecordsBetween, recordsOfGroupBetween } from './monthlyStats';

/** An occurrence placed from the monthly rows: its record in brief (no notes, no names of who came). */
export type BriefOccurrence = Occurrence<DigestRecord>;

/** What placing a range's meetings needs: live series, closures and the records in brief. */
export interface OccurrenceReads {
  from: string;
  to: string;
  schedules: Schedule[];
  closures: Closure[];
  records: (DigestRecord & { groupId: string })[];
  /** the groups read to leave deleted ones' series out (every group, deleted too, when none were named) */
  groups: Group[];
}

/** The reads for occurrencesBetween; inside the caller's transaction when there is one (with groups). */
export async function readOccurrenceInputs(from: string, to: string, groupIds?: string[]): Promise<OccurrenceReads> {
  const wanted = groupIds ? new Set(groupIds) : undefined;
  const [allSchedules, records, closures, groups] = await Promise.all([
    wanted
      ? db.schedules
          .where('groupId')
          .anyOf([...wanted])
          .toArray()
      : allRows(db.schedules),
    digestRecordsBetween(from, to, wanted),
    closuresOverlapping(from, to),
    wanted ? db.groups.bulkGet([...wanted]).then((found) => found.filter((g) => g !== undefined)) : allRows(db.groups),
  ]);
  return { from, to, schedules: seriesShown(allSchedules, groups), closures, records, groups };
}

export const placeOccurrences = (reads: Omit<OccurrenceReads, 'groups'>, today: string): BriefOccurrence[] =>
  occurrencesInRange({ ...reads, meetings: reads.records, today });

/**
 * Every group's (or some groups') meetings in a range, from the series, the closures and the monthly
 * rows alone: two or three rows of records in brief instead of a read of every record in the range.
 */
export async function occurrencesBetween(
  from: string,
  to: string,
  options: { groupIds?: string[]; today?: string } = {},
): Promise<BriefOccurrence[]> {
  return (await occurrencesAndGroupsBetween(from, to, options)).occurrences;
}

/** occurrencesBetween, with the groups it read (for their names, without reading them again). */
export async function occurrencesAndGroupsBetween(
  from: string,
  to: string,
  options: { groupIds?: string[]; today?: string } = {},
): Promise<{ occurrences: BriefOccurrence[]; groups: Group[] }> {
  const tables = [db.schedules, db.closures, db.monthRecords, db.groups];
  // Inside a read transaction over these tables already (Home's), read in it: a transaction opened
  // inside would read the groups and series again rather than share the outer one's (sharedReads.ts).
  const outer = Dexie.currentTransaction;
  const reads =
    outer && tables.every((table) => outer.storeNames.includes(table.name))
      ? await readOccurrenceInputs(from, to, options.groupIds)
      : await db.transaction('r', tables, () => readOccurrenceInputs(from, to, options.groupIds));
  return { occurrences: placeOccurrences(reads, options.today ?? todayIso()), groups: reads.groups };
}

/** One group's meetings in a range with their whole records (notes, who facilitated), for its own page. */
export async function occurrencesForGroup(
  groupId: string,
  from: string,
  to: string,
  today?: string,
): Promise<Occurrence[]> {
  const { schedules, closures, meetings } = await db.transaction(
    'r',
    [db.schedules, db.closures, db.meetings],
    async () => {
      const [allSchedules, meetings, closures] = await Promise.all([
        db.schedules.where('groupId').equals(groupId).toArray(),
        recordsOfGroupBetween(groupId, from, to),
        closuresOverlapping(from, to),
      ]);
      return { schedules: allSchedules.filter((s) => s.deletedAt === null), closures, meetings };
    },
  );
  return occurrencesInRange({ schedules, meetings, closures, from, to, today: today ?? todayIso() });
}
