// The groups list's rows: each group with its affiliate, next meeting, venue and facilitator count.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Group } from '@shared/model';
import { db } from '../../db/database';
import { occurrencesBetween } from '../../db/meetings';
import { activeFacilitatorCount } from '../../domain/facilitatorCoverage';
import { plusDays, todayIso } from '../../domain/dates';
import type { Occurrence } from '../../domain/occurrences';

export interface GroupRow {
  group: Group;
  affiliate: string;
  next: Occurrence | null;
  venue: string;
  activeFacilitators: number;
}

export function useGroupRows(): { rows: GroupRow[]; affiliates: { id: string; name: string }[] } | undefined {
  return useLiveQuery(async () => {
    const today = todayIso();
    const [groups, affiliates, facilitators, schedules, venues, coming] = await Promise.all([
      db.groups
        .orderBy('name')
        .filter((group) => !group.deletedAt)
        .toArray(),
      db.affiliates
        .orderBy('name')
        .filter((affiliate) => !affiliate.deletedAt)
        .toArray(),
      db.facilitators.where('status').equals('active').toArray(),
      db.schedules.toArray(),
      db.venues.toArray(),
      occurrencesBetween(today, plusDays(today, 62), { today }),
    ]);
    const affiliateName = new Map(affiliates.map((a) => [a.id, a.name]));
    const venueName = new Map(venues.map((v) => [v.id, v.name]));
    const active = new Set(facilitators.filter((f) => !f.deletedAt).map((f) => f.id));
    const next = new Map<string, Occurrence>();
    for (const occurrence of coming) {
      if (occurrence.state === 'cancelled' || next.has(occurrence.groupId)) continue;
      next.set(occurrence.groupId, occurrence);
    }
    const currentVenue = new Map<string, string>();
    for (const schedule of schedules) {
      if (schedule.deletedAt || (schedule.endsOn !== null && schedule.endsOn < today) || !schedule.venueId) continue;
      currentVenue.set(schedule.groupId, venueName.get(schedule.venueId) ?? '');
    }
    const rows = groups.map((group) => {
      const upcoming = next.get(group.id) ?? null;
      return {
        group,
        affiliate: (group.affiliateId && affiliateName.get(group.affiliateId)) || '',
        next: upcoming,
        venue: (upcoming?.venueId && venueName.get(upcoming.venueId)) || currentVenue.get(group.id) || '',
        activeFacilitators: activeFacilitatorCount(group, active),
      };
    });
    return { rows, affiliates };
  }, []);
}
