// Decides what combining another coordinator's file does to this copy, table by table, over plain
// records: what is added, updated, deleted or brought back, where both copies changed the same record
// since they last exchanged (conflicts), and exactly which versions to store.
//
// Every record is a last-writer-wins register: the newer change wins, ties broken by device id
// (exchangeVersions.compareVersions). That makes a merge idempotent, independent of the order files
// arrive in, and unable to bring back a record deleted after its last change. A coordinator who
// picks the older side of a conflict makes a new change (restamp), so the choice travels on.
//
// Keyed tables (meetings: one record per series and original date) may hold two records, made on two
// copies, for one key. Only the newer is stored in the table; the other is kept out of sight (hidden),
// as deleted (exchangeVersions.absorbed), so that every copy ends with the same versions and shows
// the same one, and a duplicate never comes back as a second meeting.
import {
  absorbed,
  compareInstants,
  compareVersions,
  newerOf,
  restamp,
  sameContent,
  sameVersion,
  stampAfter,
  type Versioned,
} from './exchangeVersions';

export type { Versioned } from './exchangeVersions';

export interface MergeContext {
  /** this copy's device id */
  localDevice: string;
  /** the newest change of the other copy's that this copy had already merged ('' for never) */
  theirsSeen: string;
  /** the newest change of this copy's that the other copy had already merged, as their file says ('' for never) */
  oursSeen: string;
}

export type Side = 'local' | 'incoming';

/** What the coordinator sees change at one record (or, for meetings, one occurrence). */
export type ChangeKind = 'add' | 'update' | 'delete' | 'restore' | 'quiet';

export interface TableInput<R extends Versioned> {
  /**
   * This copy's stored records: at least every one sharing an id or a key with an incoming record.
   * Extra records change nothing.
   */
  local: readonly R[];
  /** versions this copy keeps out of sight because a newer record holds their key */
  hidden?: readonly R[];
  incoming: readonly R[];
  /** for tables that store one record per key; the id otherwise */
  keyOf?: (record: R) => string;
  /**
   * Ids of local or hidden records given here in another form than the one stored (a meeting moved to
   * the series that now holds its date): their occurrence is decided again and they are written.
   */
  restated?: ReadonlySet<string>;
}

export interface VisibleChange<R> {
  key: string;
  kind: ChangeKind;
  before: R | undefined;
  after: R | undefined;
}

export interface MergeConflict<R> {
  key: string;
  local: R;
  incoming: R;
  /** the side that wins unless the coordinator picks the other */
  newer: Side;
}

/** One version to store, and whether it is the one shown (in the table) or kept out of sight. */
export interface StoredVersion<R> {
  record: R;
  visible: boolean;
}

export interface TableMerge<R> {
  changes: VisibleChange<R>[];
  conflicts: MergeConflict<R>[];
  /** versions whose content or visibility differ from what this copy stores now */
  writes: StoredVersion<R>[];
}

export interface Resolution {
  /** by conflict key; a conflict not listed goes to the newer side */
  choices: ReadonlyMap<string, Side>;
  /** now, on this copy (a chosen older side is stamped after this or after every version it beat) */
  stamp: string;
}

const byId = (record: Versioned) => record.id;

export function mergeTable<R extends Versioned>(
  input: TableInput<R>,
  context: MergeContext,
  resolution?: Resolution,
): TableMerge<R> {
  const keyOf = input.keyOf ?? byId;
  const before = new Map<string, StoredVersion<R>>();
  const visibleAt = new Map<string, R>();
  const hiddenAt = new Map<string, R[]>();
  for (const record of input.hidden ?? []) {
    before.set(record.id, { record, visible: false });
    const list = hiddenAt.get(keyOf(record)) ?? [];
    list.push(record);
    hiddenAt.set(keyOf(record), list);
  }
  for (const record of input.local) {
    before.set(record.id, { record, visible: true });
    const current = visibleAt.get(keyOf(record));
    visibleAt.set(keyOf(record), current ? newerOf(current, record) : record);
  }

  const next = new Map<string, R>();
  const touched = new Set<string>();
  const restated = input.restated ?? new Set<string>();
  for (const id of restated) {
    const was = before.get(id);
    if (was) touched.add(keyOf(was.record));
  }
  const incomingAt = new Map<string, R>();
  for (const record of input.incoming) {
    const key = keyOf(record);
    touched.add(key);
    const newest = incomingAt.get(key);
    incomingAt.set(key, newest ? newerOf(newest, record) : record);
    const previous = before.get(record.id)?.record;
    if (previous) touched.add(keyOf(previous));
    const merged = previous ? newerOf(previous, record) : record;
    if (!previous || !sameVersion(merged, previous)) next.set(record.id, merged);
  }

  const conflicts = findConflicts(touched, visibleAt, incomingAt, context);
  /** this copy's versions at a key that the file leaves as they are */
  const stored = (key: string): R[] => {
    const shown = visibleAt.get(key);
    return [...(shown ? [shown] : []), ...(hiddenAt.get(key) ?? [])].filter((record) => !next.has(record.id));
  };
  if (resolution) {
    const mergedAt = groupByKey(next.values(), keyOf);
    for (const conflict of conflicts) {
      const choice = resolution.choices.get(conflict.key) ?? conflict.newer;
      if (choice === conflict.newer) continue;
      const chosen = choice === 'local' ? conflict.local : conflict.incoming;
      const rivals = [
        ...stored(conflict.key),
        ...(mergedAt.get(conflict.key) ?? []),
        conflict.local,
        conflict.incoming,
      ];
      const stamp = stampAfter(
        resolution.stamp,
        rivals.map((record) => record.updatedAt),
      );
      next.set(chosen.id, restamp(chosen, stamp, context.localDevice));
    }
  }

  const mergedAt = groupByKey(next.values(), keyOf);
  const writes: StoredVersion<R>[] = [];
  const shownAt = new Map<string, R>();
  const shownIds = new Set<string>();
  for (const key of touched) {
    const candidates = [...stored(key), ...(mergedAt.get(key) ?? [])];
    const shown = candidates.reduce<R | undefined>((best, r) => (best ? newerOf(best, r) : r), undefined);
    if (shown) {
      shownAt.set(key, shown);
      shownIds.add(shown.id);
    }
    for (const candidate of candidates) {
      const visible = candidate === shown;
      // A record out of sight is a duplicate of the one shown: it is kept as deleted, so it can never
      // reappear (as a second meeting) when the one shown moves to another series.
      const record = visible ? candidate : absorbed(candidate);
      const was = before.get(record.id);
      if (!was || next.has(record.id) || was.visible !== visible || record !== candidate || restated.has(record.id)) {
        writes.push({ record, visible });
      }
    }
  }
  const wasShown = (id: string) => before.get(id)?.visible === true;
  const changes: VisibleChange<R>[] = [];
  for (const key of touched) {
    const shown = shownAt.get(key);
    // A record that moved to another key (a series split) is a change where it went, nothing where it was.
    const stayed = visibleAt.get(key);
    const previous = stayed && shownIds.has(stayed.id) && shown?.id !== stayed.id ? undefined : stayed;
    if (previous && shown && sameVersion(previous, shown)) continue;
    const kind = kindOf(previous, shown, wasShown);
    if (kind) changes.push({ key, kind, before: previous, after: shown });
  }
  // A record written only to move it under the series that now holds its date changes nothing a
  // coordinator would see: it is kept in step quietly, and the review says so.
  const listed = new Set(changes.map((change) => change.key));
  for (const { record } of writes) {
    const key = keyOf(record);
    if (!restated.has(record.id) || listed.has(key)) continue;
    listed.add(key);
    changes.push({ key, kind: 'quiet', before: visibleAt.get(key), after: shownAt.get(key) });
  }
  return { changes, conflicts, writes };
}

function groupByKey<R>(records: Iterable<R>, keyOf: (record: R) => string): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const record of records) {
    const list = groups.get(keyOf(record));
    if (list) list.push(record);
    else groups.set(keyOf(record), [record]);
  }
  return groups;
}

function findConflicts<R extends Versioned>(
  keys: Iterable<string>,
  visibleAt: ReadonlyMap<string, R>,
  incomingAt: ReadonlyMap<string, R>,
  context: MergeContext,
): MergeConflict<R>[] {
  const conflicts: MergeConflict<R>[] = [];
  for (const key of keys) {
    const local = visibleAt.get(key);
    const incoming = incomingAt.get(key);
    if (!local || !incoming || sameVersion(local, incoming)) continue;
    if (local.deletedAt !== null && incoming.deletedAt !== null) continue;
    if (sameContent(local, incoming)) continue;
    const localChanged =
      local.changedBy === context.localDevice && compareInstants(local.updatedAt, context.oursSeen) > 0;
    const incomingChanged =
      incoming.changedBy !== context.localDevice && compareInstants(incoming.updatedAt, context.theirsSeen) > 0;
    if (!localChanged || !incomingChanged) continue;
    conflicts.push({ key, local, incoming, newer: compareVersions(local, incoming) > 0 ? 'local' : 'incoming' });
  }
  return conflicts;
}

function kindOf<R extends Versioned>(
  before: R | undefined,
  after: R | undefined,
  wasShown: (id: string) => boolean,
): ChangeKind | null {
  const liveBefore = before !== undefined && before.deletedAt === null;
  const liveAfter = after !== undefined && after.deletedAt === null;
  if (!before) return after ? (!liveAfter ? 'quiet' : wasShown(after.id) ? 'update' : 'add') : null;
  if (!after) return liveBefore ? 'delete' : 'quiet';
  if (liveBefore && liveAfter) return sameContent(before, after) ? 'quiet' : 'update';
  if (liveBefore) return 'delete';
  return liveAfter ? 'restore' : 'quiet';
}
