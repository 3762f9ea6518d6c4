// Which automatic backups to keep: the last 3 of today, one a day for 14 days, one a month for 12
// months. Pure, so main (a folder) and the browser mode (an IndexedDB store) rotate the same way.
// Safety backups (taken before a restore or a combine) are counted apart from today's others, and writing
// one removes nothing: a restore that is then refused must not have cost the coordinator a backup.

export interface RotationEntry {
  key: string;
  /** when it was written, in milliseconds since 1970 */
  time: number;
  /**
   * a safety backup: the newest is kept whatever its age ("Undo restore" needs it), and today's are
   * counted apart, so they never push today's other backups out (nor those them)
   */
  pinned?: boolean;
}

/** Whether writing a backup for this reason tidies the older ones away (a safety backup never does). */
export const rotatesOnWrite = (reason: string): boolean => reason !== 'safety';

export interface RotationOptions {
  now: number;
  /** the calendar day 'YYYY-MM-DD' of an instant where the coordinator is */
  dayOf?: (time: number) => string;
}

export const KEEP_TODAY = 3;
export const KEEP_DAYS = 14;
export const KEEP_MONTHS = 12;

export function localDayOf(time: number): string {
  const date = new Date(time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const dayNumber = (day: string): number => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
};
const monthNumber = (day: string): number => {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
};

/**
 * Returns the keys to remove; everything else stays. Never removes the newest (nor any written in the
 * same millisecond), nor one from the future.
 */
export function backupsToRemove(entries: readonly RotationEntry[], options: RotationOptions): string[] {
  const dayOf = options.dayOf ?? localDayOf;
  const today = dayOf(options.now);
  const todayNumber = dayNumber(today);
  const thisMonth = monthNumber(today);
  const keep = new Set<string>();
  const newestFirst = [...entries].sort((a, b) => b.time - a.time || (a.key < b.key ? 1 : -1));

  // However old, the newest backup is never the one to go. Backups written in the same millisecond are
  // equally the newest (which came last cannot be told, and the listing order means nothing): all stay.
  const newestTime = newestFirst[0]?.time;
  // Today's backups, counted apart: safety backups and the others.
  const keptToday = { safety: 0, other: 0 };
  const daysSeen = new Set<number>();
  const monthsSeen = new Set<number>();
  let pinnedSeen = false;
  for (const entry of newestFirst) {
    const day = dayOf(entry.time);
    const daysAgo = todayNumber - dayNumber(day);
    const monthsAgo = thisMonth - monthNumber(day);
    if (entry.time === newestTime) keep.add(entry.key);
    // A clock set wrong (or moved back) must not cost the coordinator a backup.
    if (entry.time > options.now || daysAgo < 0) keep.add(entry.key);
    if (entry.pinned && !pinnedSeen) {
      pinnedSeen = true;
      keep.add(entry.key);
    }
    const kind = entry.pinned ? 'safety' : 'other';
    if (daysAgo === 0 && keptToday[kind] < KEEP_TODAY) {
      keptToday[kind] += 1;
      keep.add(entry.key);
    }
    if (daysAgo >= 1 && daysAgo <= KEEP_DAYS && !daysSeen.has(daysAgo)) {
      daysSeen.add(daysAgo);
      keep.add(entry.key);
    }
    if (monthsAgo >= 1 && monthsAgo <= KEEP_MONTHS && !monthsSeen.has(monthsAgo)) {
      monthsSeen.add(monthsAgo);
      keep.add(entry.key);
    }
  }
  return newestFirst.filter((entry) => !keep.has(entry.key)).map((entry) => entry.key);
}
