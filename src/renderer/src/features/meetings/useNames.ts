// Names of groups and venues for showing occurrences; both tables are small.
import { db } from '../../db/database';
import { useSharedQuery } from '../../db/sharedQuery';
import type { Group, Venue } from '@shared/model';

export interface Names {
  groups: Map<string, Group>;
  venues: Map<string, Venue>;
  groupName: (id: string) => string;
  venueName: (id: string | null) => string;
}

async function readNames(): Promise<Names> {
  // An explicit transaction: Dexie hands the rows over as read, without its live-query cache's deep copy.
  const [groups, venues] = await db.transaction('r', [db.groups, db.venues], () =>
    Promise.all([db.groups.toArray(), db.venues.toArray()]),
  );
  const groupMap = new Map(groups.map((group) => [group.id, group]));
  const venueMap = new Map(venues.map((venue) => [venue.id, venue]));
  return {
    groups: groupMap,
    venues: venueMap,
    groupName: (id: string) => groupMap.get(id)?.name ?? 'Unknown group',
    venueName: (id: string | null) => (id ? (venueMap.get(id)?.name ?? 'Unknown venue') : 'No venue set'),
  };
}

/** Kept a minute after the last screen that showed names, since most screens show them. */
export function useNames(): Names | undefined {
  return useSharedQuery('names', readNames, 60_000);
}
