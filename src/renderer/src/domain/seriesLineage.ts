// Where a meeting record belongs once its series has been split. Changing "this and later" meetings
// ends a series and starts a new one that `continues` it from a date; the copy that made the change
// moves its own records from that date on to the new series. Records of those dates made on other
// copies, before they heard of the change, still name the old series. Every copy follows the same
// links to the same series, so a record lands under the series that holds its date whatever order
// files arrive in, and two records made for one meeting meet at one occurrence (see domain/merge.ts).
import type { Meeting, Schedule } from '@shared/model';
import type { TableInput, Versioned } from './merge';
import { plusDays } from './dates';

type Link = Pick<Schedule, 'id' | 'continues'>;

/** The series split from each series (latest split first), and the series each was split from. */
export interface Lineage {
  splits: ReadonlyMap<string, readonly { id: string; from: string }[]>;
  parent: ReadonlyMap<string, string>;
}

/** The links between series, from every version of them at hand (a series' link never changes). */
export function lineageOf(schedules: Iterable<Link>): Lineage {
  const parent = new Map<string, string>();
  const splits = new Map<string, { id: string; from: string }[]>();
  for (const schedule of schedules) {
    if (!schedule.continues || parent.has(schedule.id)) continue;
    parent.set(schedule.id, schedule.continues.scheduleId);
    const list = splits.get(schedule.continues.scheduleId) ?? [];
    list.push({ id: schedule.id, from: schedule.continues.from });
    splits.set(schedule.continues.scheduleId, list);
  }
  const later = (a: { id: string; from: string }, b: { id: string; from: string }) =>
    a.from !== b.from ? (a.from < b.from ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
  for (const list of splits.values()) list.sort(later);
  return { splits, parent };
}

/**
 * The series that holds a series date: from the first series of its line, the latest split at or
 * before the date, followed down every split. Starting from the first series, not the one a record
 * names, gives every record of a date the same answer, even when two copies split one series on the
 * same day (the split with the larger id holds it).
 */
export function seriesHolding(lineage: Lineage, scheduleId: string, originalDate: string): string {
  const path = [scheduleId];
  for (let up = lineage.parent.get(scheduleId); up !== undefined; up = lineage.parent.get(up)) {
    const seen = path.indexOf(up);
    // A loop can only come from a damaged file: its smallest id stands for the first series.
    if (seen >= 0) {
      path.push(path.slice(seen).reduce((a, b) => (b < a ? b : a)));
      break;
    }
    path.push(up);
  }
  let current = path[path.length - 1]!;
  const visited = new Set([current]);
  for (;;) {
    const successor = lineage.splits.get(current)?.find((split) => split.from <= originalDate);
    if (!successor || visited.has(successor.id)) return current;
    visited.add(successor.id);
    current = successor.id;
  }
}

/** The record under the series that holds its date: the same object when it is there already. */
export function followSplits<M extends Pick<Meeting, 'scheduleId' | 'originalDate'>>(meeting: M, lineage: Lineage): M {
  const holder = seriesHolding(lineage, meeting.scheduleId, meeting.originalDate);
  return holder === meeting.scheduleId ? meeting : { ...meeting, scheduleId: holder };
}

/** Every series linked to the given ones by splits, either way (the given ones included). */
export function familiesOf(lineage: Lineage, scheduleIds: Iterable<string>): Set<string> {
  const linked = new Map<string, string[]>();
  const link = (a: string, b: string) => linked.set(a, [...(linked.get(a) ?? []), b]);
  for (const [child, parent] of lineage.parent) {
    link(parent, child);
    link(child, parent);
  }
  const found = new Set<string>();
  const queue = [...scheduleIds];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    queue.push(...(linked.get(id) ?? []));
  }
  return found;
}

type Placed = Versioned & Pick<Meeting, 'scheduleId' | 'originalDate'>;

/**
 * Both sides of a merge of meeting records under the series that hold their dates, by every split
 * either copy knows of (`links`: both sides' series): a record made before its series was split meets
 * the records the split moved. Local and hidden records that move are restated, so they are written
 * where they now belong.
 */
export function underTheirSeries<M extends Placed>(
  sides: { local: readonly M[]; hidden: readonly M[]; incoming: readonly M[] },
  links: Iterable<Link>,
): TableInput<M> {
  const lineage = lineageOf(links);
  const restated = new Set<string>();
  const follow = (meeting: M, stored: boolean) => {
    const placed = followSplits(meeting, lineage);
    if (stored && placed !== meeting) restated.add(meeting.id);
    return placed;
  };
  return {
    local: sides.local.map((meeting) => follow(meeting, true)),
    hidden: sides.hidden.map((meeting) => follow(meeting, true)),
    incoming: sides.incoming.map((meeting) => follow(meeting, false)),
    restated,
  };
}

type Bounded = Pick<Schedule, 'id' | 'continues' | 'startsOn' | 'endsOn' | 'deletedAt'>;

/** What settling a line's series changes: new ends, and series that hold no dates at all. */
export interface SettledLines {
  /** series id → its new last date */
  ends: Map<string, string>;
  /** split series that hold no date (another split of the same day holds them all) */
  removed: string[];
}

/**
 * Series that run on into dates a later split of their line holds. Two copies that split one series on
 * different days, before hearing of each other, leave the earlier split (and the series both split, as
 * the other copy ended it) running on: two meetings a week from the later split. Each series of a line
 * ends the day before the first date seriesHolding gives to another series of it, or earlier if it
 * already did; an end is never moved later, nor before the series' start. Two copies that split one
 * series from the same day leave two series for the same dates: the one that holds none (the smaller
 * id, as seriesHolding decides) is removed, as a series that has no meetings left is when a group ends.
 * Only live series count.
 */
export function settleSplitLines(schedules: readonly Bounded[]): SettledLines {
  const live = schedules.filter((schedule) => schedule.deletedAt === null);
  const lineage = lineageOf(live);
  // Where any line changes hands: the holder of a date can only change at a split's first date.
  const boundaries = [
    ...new Set(live.flatMap((schedule) => (schedule.continues ? [schedule.continues.from] : []))),
  ].sort();
  const ends = new Map<string, string>();
  const removed: string[] = [];
  for (const schedule of live) {
    if (!schedule.continues && !lineage.splits.has(schedule.id)) continue;
    const start = schedule.continues?.from ?? schedule.startsOn;
    if (schedule.continues && seriesHolding(lineage, schedule.id, start) !== schedule.id) {
      removed.push(schedule.id);
      continue;
    }
    const handedOn = boundaries.find(
      (date) => date > start && seriesHolding(lineage, schedule.id, date) !== schedule.id,
    );
    if (handedOn === undefined) continue;
    const last = plusDays(handedOn, -1);
    if (last < schedule.startsOn || (schedule.endsOn !== null && schedule.endsOn <= last)) continue;
    ends.set(schedule.id, last);
  }
  return { ends, removed };
}
