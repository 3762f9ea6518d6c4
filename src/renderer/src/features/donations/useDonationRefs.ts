// The groups and venues a gift can be for, by name (small tables: a state has about 150 and 300).
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { isLive } from '../../db/records';

export interface DonationRefs {
  groups: { id: string; name: string }[];
  venues: { id: string; name: string }[];
  groupNames: Map<string, string>;
  venueNames: Map<string, string>;
}

export function useDonationRefs(): DonationRefs | undefined {
  return useLiveQuery(async () => {
    const [groups, venues] = await Promise.all([
      db.groups.orderBy('name').toArray(),
      db.venues.orderBy('name').toArray(),
    ]);
    const liveGroups = groups.filter((group) => isLive(group)).map(({ id, name }) => ({ id, name }));
    const liveVenues = venues.filter((venue) => isLive(venue)).map(({ id, name }) => ({ id, name }));
    return {
      groups: liveGroups,
      venues: liveVenues,
      // Deleted groups and venues keep their names here, so older gifts still say whom they served.
      groupNames: new Map(groups.map((group) => [group.id, group.name])),
      venueNames: new Map(venues.map((venue) => [venue.id, venue.name])),
    };
  });
}

/** "Downtown Tuesday Connection", "First Church (venue)", or "" when the gift served no one in particular. */
export function servedName(refs: DonationRefs | undefined, gift: { groupId: string | null; venueId: string | null }) {
  const group = gift.groupId ? refs?.groupNames.get(gift.groupId) : undefined;
  const venue = gift.venueId ? refs?.venueNames.get(gift.venueId) : undefined;
  return [group, venue].filter(Boolean).join(', ');
}
