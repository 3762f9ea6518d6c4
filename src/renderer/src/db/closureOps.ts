// Closures (holidays, a venue shut, a group's break): adding them with checks, and reading the ones
// that touch a range of days. The closures table is small, so a range read is cheap.
import type { Closure, NewRecord } from '@shared/model';
import type { Holiday } from '../domain/holidays';
import { isPause, OPEN_END, PAUSE_REASON } from '../domain/closures';
import { maxDate, minDate, plusDays } from '../domain/dates';
import { db } from './database';
import { getDevice } from './device';
import { newId, nowStamp, tombstoned } from './records';
import { loadModel } from './schemas';

function validClosure(fields: NewRecord<Closure>): NewRecord<Closure> {
  const problems: string[] = [];
  if (fields.startDate > fields.endDate) problems.push('The last day must be on or after the first day');
  if (fields.scope === 'venue' && !fields.venueId) problems.push('Choose the venue that is closed');
  if (fields.scope === 'group' && !fields.groupId) problems.push('Choose the group that is taking a break');
  if (!fields.reason.trim()) problems.push('Say why, for example "Thanksgiving" or "Library closed"');
  if (problems.length > 0) throw new Error(problems.join('. '));
  return {
    ...fields,
    reason: fields.reason.trim(),
    // Only the id that matches the scope is kept, so a closure never hits more than it says.
    venueId: fields.scope === 'venue' ? fields.venueId : null,
    groupId: fields.scope === 'group' ? fields.groupId : null,
  };
}

function stampClosure(
  { closureSchema }: Awaited<ReturnType<typeof loadModel>>,
  fields: NewRecord<Closure>,
  deviceId: string,
): Closure {
  const stamp = nowStamp();
  const parsed = closureSchema.safeParse({
    ...fields,
    id: newId(),
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
    changedBy: deviceId,
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('. '));
  return parsed.data;
}

export async function addClosure(fields: NewRecord<Closure>): Promise<Closure> {
  const [{ id: deviceId }, model] = await Promise.all([getDevice(), loadModel()]);
  const closure = stampClosure(model, validClosure(fields), deviceId);
  await db.closures.add(closure);
  return closure;
}

/** One 'all' closure per chosen holiday, skipping days an 'all' closure already covers. */
export async function addHolidayClosures(year: number, holidays: Holiday[]): Promise<number> {
  const [{ id: deviceId }, model] = await Promise.all([getDevice(), loadModel()]);
  return db.transaction('rw', db.closures, async () => {
    // The chosen days normally fall in `year`, but a caller may pass a neighbouring year's list.
    const dates = holidays.map((h) => h.date).sort();
    const from = minDate(`${year}-01-01`, dates[0] ?? `${year}-01-01`);
    const to = maxDate(`${year}-12-31`, dates.at(-1) ?? `${year}-12-31`);
    const existing = (await closuresOverlapping(from, to)).filter((c) => c.scope === 'all');
    const covered = (date: string) => existing.some((c) => c.startDate <= date && date <= c.endDate);
    const fresh: Closure[] = [];
    for (const holiday of holidays) {
      if (covered(holiday.date) || fresh.some((c) => c.startDate === holiday.date)) continue;
      fresh.push(
        stampClosure(
          model,
          validClosure({
            startDate: holiday.date,
            endDate: holiday.date,
            scope: 'all',
            venueId: null,
            groupId: null,
            reason: holiday.name,
          }),
          deviceId,
        ),
      );
    }
    await db.closures.bulkAdd(fresh);
    return fresh.length;
  });
}

/** A group's live closures with no last day yet: its pause (two, if it was paused on two computers). */
async function openPauses(groupId: string): Promise<Closure[]> {
  const open = await db.closures.where('endDate').equals(OPEN_END).toArray();
  return open.filter((c) => c.deletedAt === null && isPause(c) && c.groupId === groupId);
}

/**
 * Pauses a group's meetings from `from` on, until endGroupPause: one group closure with no last day.
 * Nothing is added when the group already has one. Runs inside the caller's transaction when there is one.
 */
export async function startGroupPause(groupId: string, from: string): Promise<void> {
  const [{ id: deviceId }, model] = await Promise.all([getDevice(), loadModel()]);
  await db.transaction('rw', db.closures, async () => {
    if ((await openPauses(groupId)).length > 0) return;
    const fields = { startDate: from, endDate: OPEN_END, scope: 'group' as const, venueId: null, groupId };
    await db.closures.add(stampClosure(model, validClosure({ ...fields, reason: PAUSE_REASON }), deviceId));
  });
}

/**
 * Ends a group's pause on `lastDate`: its meetings after that day are expected again. A pause that would
 * not have begun by then is removed, and so is every pause when `lastDate` is null (the group is deleted).
 */
export async function endGroupPause(groupId: string, lastDate: string | null): Promise<number> {
  const { id: deviceId } = await getDevice();
  return db.transaction('rw', db.closures, async () => {
    const stamp = nowStamp();
    const changed = (await openPauses(groupId)).map((pause) =>
      lastDate === null || pause.startDate > lastDate
        ? tombstoned(pause, stamp, deviceId)
        : { ...pause, endDate: lastDate, updatedAt: stamp, changedBy: deviceId },
    );
    await db.closures.bulkPut(changed);
    return changed.length;
  });
}

/**
 * Brings each group's pause in line with its status after records arrived from another computer: a
 * group's status and its pause are two records, and a merge may keep one side's status and the other
 * side's pause (paused on one computer, edited while still active on the other). A paused group gets a
 * pause from tomorrow if it has none; a group no longer paused has its pause ended as making it active
 * (or ending it) would. Runs inside the caller's transaction, which must hold groups, closures and local.
 */
export async function matchPausesToStatus(groupIds: Iterable<string>, today: string): Promise<void> {
  for (const groupId of new Set(groupIds)) {
    const group = await db.groups.get(groupId);
    if (!group || group.deletedAt !== null) continue;
    const paused = (await openPauses(groupId)).length > 0;
    if (group.status === 'paused' && !paused) await startGroupPause(groupId, plusDays(today, 1));
    if (group.status !== 'paused' && paused) {
      await endGroupPause(groupId, group.status === 'ended' ? today : plusDays(today, -1));
    }
  }
}

/** Live closures that cover at least one day of from..to (inclusive). */
export async function closuresOverlapping(from: string, to: string): Promise<Closure[]> {
  // By end date: past closures pile up over the years, those still running at `from` stay few.
  return overlapping(await db.closures.where('endDate').aboveOrEqual(from).toArray(), from, to);
}

/** The live closures among `closures` that touch the days from..to, in the order closuresOverlapping gives. */
export function overlapping(closures: readonly Closure[], from: string, to: string): Closure[] {
  return closures
    .filter((c) => c.deletedAt === null && c.endDate >= from && c.startDate <= to)
    .sort((a, b) => compare(a.startDate, b.startDate) || compare(a.createdAt, b.createdAt) || compare(a.id, b.id));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
