// Names of groups and venues for showing occurrences; both tables are small.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import type { Group, Venue } from '@shared/model';

export interface Names {
  groups: Map<string, Group>;
  venues: Map<string, Venue>;
  groupName: (id: string) => string;
  venueName: (id: string | null) => string;
}

export function useNames(): Names | undefined {
  return useLiveQuery(async () => {
    const [groups, venues] = await Promise.all([db.groups.toArray(), db.venues.toArray()]);
    const groupMap = new Map(groups.map((group) => [group.id, group]));
    const venueMap = new Map(venues.map((venue) => [venue.id, venue]));
    return {
      groups: groupMap,
      venues: venueMap,
      groupName: (id: string) => groupMap.get(id)?.name ?? 'Unknown group',
      venueName: (id: string | null) => (id ? (venueMap.get(id)?.name ?? 'Unknown venue') : 'No venue set'),
    };
  }, []);
}
