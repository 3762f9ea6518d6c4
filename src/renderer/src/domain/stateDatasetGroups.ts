// The state-scale dataset's groups and their series: every kind of rhythm (weekly, every other week,
// monthly on the 1st to 4th or last weekday, twice a week), series changed "this and later", groups
// that started late, paused or ended.
import type { Affiliate, Group, Schedule, Venue } from '@shared/model';
import { daysBetween, plusDays } from './dates';
import { weekdayName } from './wording';
import { baseOn, dayBetween, phoneOf, type DatasetContext } from './stateDatasetBase';
import { townOf } from './stateDatasetPlaces';
import { TOWNS } from './stateDatasetNames';
import { streamFor, type Random } from './stateDatasetRandom';

export type Rhythm =
  'weekly' | 'biweekly' | 'monthly-1' | 'monthly-2' | 'monthly-3' | 'monthly-4' | 'monthly-last' | 'twice';

/** The first groups get one rhythm each, so every kind is always present; the rest are drawn. */
const EVERY_RHYTHM: readonly Rhythm[] = [
  'weekly',
  'biweekly',
  'monthly-1',
  'monthly-2',
  'monthly-3',
  'monthly-4',
  'monthly-last',
  'twice',
];
const RHYTHM_WEIGHTS: readonly (readonly [Rhythm, number])[] = [
  ['weekly', 52],
  ['biweekly', 12],
  ['monthly-1', 2],
  ['monthly-2', 2],
  ['monthly-3', 2],
  ['monthly-4', 1],
  ['monthly-last', 2],
  ['twice', 27],
];

export interface GroupPlan {
  group: Group;
  schedules: Schedule[];
  /** the group's first day */
  opensOn: string;
  /** an ended group's last day */
  closesOn: string | null;
  /** how many facilitators it has now (0–2) */
  wanted: number;
  /** when the current facilitators took over from the former ones, if the group is old enough */
  handover: string | null;
}

const START_TIMES = ['10:00', '13:00', '17:30', '18:00', '18:30', '19:00'] as const;

export function buildGroupPlans(context: DatasetContext, affiliates: Affiliate[], venues: Venue[]): GroupPlan[] {
  const random = streamFor(context.seed, 'groups');
  const venuesByTown = new Map<string, Venue[]>();
  for (const venue of venues) {
    const list = venuesByTown.get(townOf(venue)) ?? [];
    list.push(venue);
    venuesByTown.set(townOf(venue), list);
  }
  const names = new Set<string>();
  const plans: GroupPlan[] = [];
  for (let index = 0; index < context.size.groups; index += 1) {
    const rhythm = index < EVERY_RHYTHM.length ? (EVERY_RHYTHM[index] as Rhythm) : random.weighted(RHYTHM_WEIGHTS);
    const town = random.pick(TOWNS);
    const nearby = venuesByTown.get(town) ?? venues;
    const affiliate = affiliates.length > 0 ? (affiliates[index % affiliates.length] ?? null) : null;
    const status =
      index < EVERY_RHYTHM.length
        ? 'active'
        : random.weighted([
            ['active', 89],
            ['paused', 5],
            ['ended', 6],
          ] as const);
    const opensOn = random.chance(0.85)
      ? context.start
      : dayBetween(random, context.start, plusDays(context.today, -180));
    const closesOn =
      status === 'ended' ? dayBetween(random, plusDays(opensOn, 400), plusDays(context.today, -90)) : null;
    const format = random.weighted([
      ['in-person', 70],
      ['hybrid', 15],
      ['virtual', 15],
    ] as const);
    const weekday = random.int(1, 6);
    const program = random.weighted([
      ['connection', 85],
      ['family-support', 10],
      ['other', 5],
    ] as const);
    const language = random.weighted([
      ['English', 85],
      ['Spanish', 12],
      ['Vietnamese', 3],
    ] as const);
    const name = uniqueName(names, groupName(town, program, language, rhythm, weekday));
    const group: Group = {
      ...baseOn(context, random, opensOn),
      name,
      program,
      affiliateId: affiliate?.id ?? null,
      language,
      format,
      status,
      facilitatorIds: [],
      contactPhone: phoneOf(random),
      contactEmail: random.chance(0.5) ? `groups@${affiliate ? 'affiliate' : 'state'}.example.org` : '',
      flyerText: random.chance(0.3) ? 'Free and confidential. Come as you are; no need to sign up.' : '',
      accessibilityNotes: random.chance(0.3) ? 'Step-free entrance at the side of the building.' : '',
      joinInfo: format === 'in-person' ? '' : 'Call the group phone for the video link.',
      notes: '',
    };
    const venue = format === 'virtual' ? null : random.pick(nearby);
    const schedules = seriesOf(context, random, group, { rhythm, weekday, opensOn, closesOn, venue, venues });
    const oldEnough = daysBetween(opensOn, context.today) > 3 * 365;
    const wanted =
      status === 'active'
        ? random.weighted([
            [2, 92],
            [1, 6],
            [0, 2],
          ] as const)
        : 2;
    const handover = oldEnough
      ? dayBetween(random, plusDays(opensOn, 365), plusDays(closesOn ?? context.today, -365))
      : null;
    plans.push({ group, schedules, opensOn, closesOn, wanted, handover });
  }
  return plans;
}

function groupName(town: string, program: Group['program'], language: string, rhythm: Rhythm, weekday: number) {
  if (language === 'Spanish') return `Conexión de ${town}`;
  if (language === 'Vietnamese') return `${town} Vietnamese Connection`;
  if (program === 'family-support') return `${town} Family Support Group`;
  if (program === 'other') return `${town} Peer Circle`;
  const day = weekdayName(weekday);
  if (rhythm === 'twice') return `${town} ${weekdayName(twiceFirstDay(weekday))} and Saturday Connection`;
  if (rhythm.startsWith('monthly')) return `${town} Monthly ${day} Connection`;
  return `${town} ${day} Connection`;
}

function uniqueName(used: Set<string>, wanted: string): string {
  let name = wanted;
  for (let round = 2; used.has(name); round += 1) name = `${wanted} ${round}`;
  used.add(name);
  return name;
}

interface SeriesPlan {
  rhythm: Rhythm;
  weekday: number;
  opensOn: string;
  closesOn: string | null;
  venue: Venue | null;
  venues: Venue[];
}

/** A twice-a-week group meets on its own day and on Saturday; one drawn for Saturday meets on Tuesday too. */
const twiceFirstDay = (weekday: number): number => (weekday === 6 ? 2 : weekday);

/** One or two series running side by side, some changed "this and later" part way through. */
function seriesOf(context: DatasetContext, random: Random, group: Group, plan: SeriesPlan): Schedule[] {
  const lanes: Pick<Schedule, 'rule' | 'weekday' | 'nth'>[] =
    plan.rhythm === 'twice'
      ? [
          { rule: 'weekly', weekday: twiceFirstDay(plan.weekday), nth: null },
          { rule: 'weekly', weekday: 6, nth: null },
        ]
      : [rhythmRule(plan.rhythm, plan.weekday)];
  const durationMinutes = random.weighted([
    [90, 80],
    [60, 10],
    [120, 10],
  ] as const);
  const schedules: Schedule[] = [];
  for (const lane of lanes) {
    const first: Schedule = {
      ...baseOn(context, random, plan.opensOn),
      groupId: group.id,
      ...lane,
      startTime: lane.weekday === 6 ? '10:00' : random.pick(START_TIMES),
      durationMinutes,
      timeZone: context.timeZone,
      venueId: plan.venue?.id ?? null,
      room: plan.venue ? random.pick(plan.venue.rooms) : '',
      startsOn: plan.opensOn,
      endsOn: plan.closesOn,
    };
    const lastDay = plan.closesOn ?? context.today;
    if (daysBetween(plan.opensOn, lastDay) > 400 && random.chance(0.3)) {
      // Changed "this and later": the first series ends the day before the change, the next starts on it.
      const change = dayBetween(random, plusDays(plan.opensOn, 180), plusDays(lastDay, -60));
      const moved = plan.venue && random.chance(0.5) ? random.pick(plan.venues) : plan.venue;
      schedules.push({ ...first, endsOn: plusDays(change, -1) });
      schedules.push({
        ...first,
        ...baseOn(context, random, change),
        startTime: random.pick(START_TIMES),
        venueId: moved?.id ?? null,
        room: moved ? random.pick(moved.rooms) : '',
        startsOn: change,
      });
    } else {
      schedules.push(first);
    }
  }
  return schedules;
}

function rhythmRule(rhythm: Rhythm, weekday: number): Pick<Schedule, 'rule' | 'weekday' | 'nth'> {
  switch (rhythm) {
    case 'weekly':
    case 'twice':
      return { rule: 'weekly', weekday, nth: null };
    case 'biweekly':
      return { rule: 'biweekly', weekday, nth: null };
    case 'monthly-last':
      return { rule: 'monthly', weekday, nth: -1 };
    default:
      return { rule: 'monthly', weekday, nth: Number(rhythm.slice(-1)) as 1 | 2 | 3 | 4 };
  }
}
