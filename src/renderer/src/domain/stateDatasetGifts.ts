// The state-scale dataset's donors and their in-kind gifts over ten years. A few donors give often
// (the bakery every month), most give once or twice; nearly every gift has been thanked.
import type { Donation, Donor, Venue } from '@shared/model';
import { minDate, plusDays } from './dates';
import { baseOn, dayBetween, phoneOf, type DatasetContext } from './stateDatasetBase';
import type { GroupPlan } from './stateDatasetGroups';
import { ORGANISATION_KINDS, TOWNS } from './stateDatasetNames';
import { addressIn, personName } from './stateDatasetPlaces';
import { streamFor, type Random } from './stateDatasetRandom';

export function buildDonors(context: DatasetContext): Donor[] {
  const random = streamFor(context.seed, 'donors');
  const names = new Set<string>();
  return Array.from({ length: context.size.donors }, () => {
    const town = random.pick(TOWNS);
    const organisation = random.chance(0.4);
    let name = organisation ? `${town} ${random.pick(ORGANISATION_KINDS)}` : personName(random);
    for (let round = 2; names.has(name); round += 1) name = `${name.replace(/ \(\d+\)$/, '')} (${round})`;
    names.add(name);
    return {
      ...baseOn(context, random, dayBetween(random, context.start, context.today)),
      name,
      kind: organisation ? ('organisation' as const) : ('person' as const),
      address: addressIn(random, town),
      email: random.chance(0.5) ? `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@mail.example.com` : '',
      phone: random.chance(0.5) ? phoneOf(random) : '',
      notes: '',
    };
  });
}

interface Kind {
  category: Donation['category'];
  descriptions: readonly string[];
  quantity: readonly string[];
  cents: readonly [number, number];
  method: Donation['valuationMethod'];
  weight: number;
}

const KINDS: readonly Kind[] = [
  {
    category: 'refreshments',
    descriptions: ['Coffee, tea and pastries', 'Cookies and juice for the holiday meeting', 'Fruit and bottled water'],
    quantity: ['2 trays', '4 trays', '1 box'],
    cents: [1500, 15000],
    method: 'donor-estimate',
    weight: 40,
  },
  {
    category: 'meeting-space',
    descriptions: ['Room for the weekly meeting, one quarter', 'Meeting room for a year of meetings'],
    quantity: ['13 meetings', '52 meetings', '26 meetings'],
    cents: [20000, 390000],
    method: 'fair-rental-value',
    weight: 12,
  },
  {
    category: 'printing',
    descriptions: ['Color flyers and brochures', 'Posters for the library board', 'Handouts on local resources'],
    quantity: ['200 pieces', '500 pieces', '50 posters'],
    cents: [3000, 40000],
    method: 'receipt',
    weight: 18,
  },
  {
    category: 'materials',
    descriptions: ['Notebooks and pens', 'Welcome folders', 'Tissues and hand sanitizer'],
    quantity: ['20 sets', '40 sets', '1 case'],
    cents: [1000, 12000],
    method: 'comparable-price',
    weight: 15,
  },
  {
    category: 'training',
    descriptions: ['Lunch for the facilitator training', 'Training room for two days'],
    quantity: ['2 days', '30 lunches'],
    cents: [15000, 120000],
    method: 'receipt',
    weight: 5,
  },
  {
    category: 'services',
    descriptions: ['Website updates', 'Translation of the flyer into Spanish', 'Accounting review'],
    quantity: ['5 hours', '10 hours'],
    cents: [10000, 80000],
    method: 'comparable-price',
    weight: 6,
  },
  {
    category: 'other',
    descriptions: ['Folding chairs', 'A coffee maker', 'Bus passes for getting to meetings'],
    quantity: ['12 chairs', '1', '20 passes'],
    cents: [2000, 30000],
    method: 'donor-estimate',
    weight: 4,
  },
];

/** Gifts in no particular order of date (as a coordinator enters them), one at a time. */
export function* donationRecords(
  context: DatasetContext,
  donors: Donor[],
  plans: GroupPlan[],
  venues: Venue[],
): Generator<Donation> {
  const random = streamFor(context.seed, 'donations');
  const weights = KINDS.map((kind) => [kind, kind.weight] as const);
  const recently = plusDays(context.today, -45);
  for (let index = 0; index < context.size.donations && donors.length > 0; index += 1) {
    const kind = random.weighted(weights);
    const date = dayBetween(random, context.start, context.today);
    const plan = random.chance(0.6) && plans.length > 0 ? random.pick(plans) : null;
    const venueId = kind.category === 'meeting-space' ? venueFor(random, plan, venues) : null;
    const acknowledged = date < recently ? random.chance(0.998) : random.chance(0.4);
    yield {
      ...baseOn(context, random, date),
      donorId: frequentDonor(random, donors).id,
      date,
      category: kind.category,
      description: random.pick(kind.descriptions),
      quantity: random.pick(kind.quantity),
      valueCents: Math.round(random.int(kind.cents[0], kind.cents[1]) / 100) * 100,
      valuationMethod: kind.method,
      groupId: plan?.group.id ?? null,
      venueId,
      acknowledgedOn: acknowledged ? minDate(plusDays(date, random.int(2, 21)), context.today) : null,
    };
  }
}

/** Squaring the roll favours the first donors, so some give many times and most give once. */
function frequentDonor(random: Random, donors: Donor[]): Donor {
  const roll = random.next();
  return donors[Math.floor(roll * roll * donors.length)] as Donor;
}

function venueFor(random: Random, plan: GroupPlan | null, venues: Venue[]): string | null {
  const own = plan?.schedules.find((schedule) => schedule.venueId !== null)?.venueId;
  if (own) return own;
  return venues.length > 0 ? random.pick(venues).id : null;
}
