// Names of groups and venues for showing occurrences. Most screens need them, so they are read once,
// kept (only what the screens show: a few kilobytes), and follow every change to either table.
import { db } from '../../db/database';
import { useSharedQuery, warmQuery } from '../../db/sharedQuery';
import type { Group, Venue } from '@shared/model';
import { compareText } from '../../domain/compareText';

export type GroupName = Pick<Group, 'id' | 'name' | 'affiliateId' | 'deletedAt'>;
export type VenueName = Pick<Venue, 'id' | 'name' | 'deletedAt'>;

export interface Names {
  groups: Map<string, GroupName>;
  venues: Map<string, VenueName>;
  /** the groups not deleted, by name (for choosing one) */
  liveGroups: GroupName[];
  groupName: (id: string) => string;
  venueName: (id: string | null) => string;
}

async function readNames(): Promise<Names> {
  // An explicit transaction: Dexie hands the rows over as read, without its live-query cache's deep copy.
  const [groups, venues] = await db.transaction('r', [db.groups, db.venues], () =>
    Promise.all([db.groups.toArray(), db.venues.toArray()]),
  );
  const groupMap = new Map<string, GroupName>(
    groups.map(({ id, name, affiliateId, deletedAt }) => [id, { id, name, affiliateId, deletedAt }]),
  );
  const venueMap = new Map<string, VenueName>(venues.map(({ id, name, deletedAt }) => [id, { id, name, deletedAt }]));
  return {
    groups: groupMap,
    venues: venueMap,
    liveGroups: [...groupMap.values()].filter((g) => !g.deletedAt).sort((a, b) => compareText(a.name, b.name)),
    groupName: (id: string) => groupMap.get(id)?.name ?? 'Unknown group',
    venueName: (id: string | null) => (id ? (venueMap.get(id)?.name ?? 'Unknown venue') : 'No venue set'),
  };
}

const NAMES = 'names';

export function useNames(): Names | undefined {
  return useSharedQuery(NAMES, readNames, Number.POSITIVE_INFINITY);
}

/** Reads the names ahead of the first screen that shows them, and keeps them while the app runs. */
export function warmNames(): void {
  void warmQuery(NAMES, readNames, Number.POSITIVE_INFINITY);
}
