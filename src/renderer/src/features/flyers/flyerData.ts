// Reads what flyers need for a few groups, through indexes only: their series, venues, the
// organisation, and the meetings of the next six months.
import type { Group, Settings, Venue } from '@shared/model';
import { db } from '../../db/database';
import { occurrencesBetween } from '../../db/meetings';
import { getSettings } from '../../db/settings';
import { plusDays, todayIso } from '../../domain/dates';
import { buildFlyer, currentSchedules, type FlyerContent } from '../../domain/flyer';
import { DATES_FOR_LAYOUT, languageFor, type FlyerChoices } from './flyerOptions';

/** Far enough ahead for six monthly meetings and the closures between them. */
const HORIZON_DAYS = 200;

export interface GroupFlyer {
  group: Group;
  content: FlyerContent;
}

export interface FlyerSet {
  settings: Settings;
  flyers: GroupFlyer[];
}

export async function loadFlyers(groups: Group[], choices: FlyerChoices): Promise<FlyerSet> {
  const settings = await getSettings();
  const today = todayIso(settings.timeZone);
  const ids = groups.map((group) => group.id);
  if (ids.length === 0) return { settings, flyers: [] };
  const [schedules, occurrences] = await Promise.all([
    db.schedules.where('groupId').anyOf(ids).toArray(),
    occurrencesBetween(today, plusDays(today, HORIZON_DAYS), { groupIds: ids, today }),
  ]);
  const live = schedules.filter((s) => s.deletedAt === null);
  // The places of every series a flyer names: the one running now, and any running alongside or to come.
  const current = ids.flatMap((id) => currentSchedules(live, id, today));
  const venueIds = [...new Set(current.map((s) => s.venueId).filter((id): id is string => !!id))];
  const venues = (await db.venues.bulkGet(venueIds)).filter(
    (venue): venue is Venue => venue !== undefined && venue.deletedAt === null,
  );

  const flyers = groups.map((group) => {
    const content = buildFlyer(
      group,
      live.filter((s) => s.groupId === group.id),
      venues,
      settings,
      occurrences.filter((o) => o.groupId === group.id),
      languageFor(choices.lang, group, settings),
      { today, maxDates: DATES_FOR_LAYOUT[choices.layout] },
    );
    return { group, content };
  });
  return { settings, flyers };
}

export async function loadGroupFlyer(groupId: string, choices: FlyerChoices): Promise<FlyerSet | null> {
  const group = await db.groups.get(groupId);
  if (!group || group.deletedAt !== null) return null;
  return loadFlyers([group], choices);
}

/** The active groups of an affiliate, by name. */
export async function activeGroupsOf(affiliateId: string): Promise<Group[]> {
  const groups = await db.groups.where('affiliateId').equals(affiliateId).toArray();
  return groups
    .filter((group) => group.deletedAt === null && group.status === 'active')
    .sort((a, b) => a.name.localeCompare(b.name));
}
