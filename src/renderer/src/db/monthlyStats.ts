// The per-group, per-month aggregate: kept in step with meeting records inside their own
// transactions, read by reports, and rebuilt from the records after a load, restore or merge.
import type { Meeting, MonthlyStat } from '@shared/model';
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

async function durationsOf(scheduleIds: Iterable<string>): Promise<(scheduleId: string) => number> {
  const ids = [...new Set(scheduleIds)];
  const schedules = await db.schedules.bulkGet(ids);
  const minutes = new Map<string, number>();
  ids.forEach((id, index) => minutes.set(id, schedules[index]?.durationMinutes ?? DEFAULT_MEETING_MINUTES));
  return (id) => minutes.get(id) ?? DEFAULT_MEETING_MINUTES;
}

/**
 * Recounts the given group-months from their records (one small index range each) and stores the
 * result. Call inside a 'rw' transaction over statsTables(). A recount, not a delta, so it can never drift.
 */
export async function recountGroupMonths(pairs: Iterable<GroupMonth>): Promise<void> {
  const seen = new Set<string>();
  for (const { groupId, month } of pairs) {
    const key = statKey(groupId, month);
    if (seen.has(key)) continue;
    seen.add(key);
    const { first, last } = monthBounds(month);
    const meetings = await db.meetings
      .where('[groupId+date]')
      .between([groupId, first], [groupId, last], true, true)
      .toArray();
    const totals = new Map<string, MonthlyStat>();
    accumulateStats(totals, meetings, await durationsOf(meetings.map((m) => m.scheduleId)));
    const stat = totals.get(key);
    if (stat) await db.monthlyStats.put(stat);
    else await db.monthlyStats.delete([groupId, month]);
  }
}

const CHUNK = 2000;

/** Recounts every group and month from all meeting records, reading them in chunks. */
export async function rebuildMonthlyStats(): Promise<void> {
  await db.transaction('rw', statsTables(), async () => {
    const schedules = await db.schedules.toArray();
    const minutes = new Map(schedules.map((s) => [s.id, s.durationMinutes]));
    const durationOf = (id: string) => minutes.get(id) ?? DEFAULT_MEETING_MINUTES;
    const totals = new Map<string, MonthlyStat>();
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
    await db.monthlyStats.clear();
    await db.monthlyStats.bulkPut([...totals.values()]);
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
