// The state-scale dataset's organisation, affiliates and venues.
import type { Affiliate, Settings, Venue } from '@shared/model';
import { baseOn, dayBetween, phoneOf, type DatasetContext } from './stateDatasetBase';
import { COUNTIES, FIRST_NAMES, LAST_NAMES, STREETS, TOWNS, VENUE_KINDS } from './stateDatasetNames';
import { streamFor, type Random } from './stateDatasetRandom';

export const personName = (random: Random): string => `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;

export const addressIn = (random: Random, town: string): string =>
  `${random.int(10, 2999)} ${random.pick(STREETS)}\n${town}, IL ${random.int(60001, 62999)}`;

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z]+/g, '');

export function buildSettings(context: DatasetContext): Settings {
  const random = streamFor(context.seed, 'settings');
  return {
    ...baseOn(context, random, context.start),
    id: 'organisation',
    name: 'NAMI Prairie State',
    address: '200 Capitol Avenue, Suite 400\nSpringdale, IL 62701',
    phone: '(217) 555-0100',
    email: 'groups@namiprairiestate.example.org',
    website: 'https://namiprairiestate.example.org',
    stateOfficePhone: '(217) 555-0100',
    timeZone: context.timeZone,
    language: 'en',
    defaultMeetingMinutes: 90,
    letterSignature: 'Robin Castillo\nState Groups Coordinator, NAMI Prairie State',
  };
}

export function buildAffiliates(context: DatasetContext): Affiliate[] {
  const random = streamFor(context.seed, 'affiliates');
  return Array.from({ length: context.size.affiliates }, (_, index) => {
    const county = COUNTIES[index % COUNTIES.length] as string;
    const neighbour = COUNTIES[(index + 7) % COUNTIES.length] as string;
    const round = Math.floor(index / COUNTIES.length);
    const name = `NAMI ${county} County${round > 0 ? ` ${round + 1}` : ''}`;
    return {
      ...baseOn(context, random, context.start),
      name,
      counties: `${county}, ${neighbour}`,
      contactName: personName(random),
      phone: phoneOf(random),
      email: `info@nami${slug(county)}${round > 0 ? round + 1 : ''}.example.org`,
    };
  });
}

export function buildVenues(context: DatasetContext): Venue[] {
  const random = streamFor(context.seed, 'venues');
  const used = new Set<string>();
  return Array.from({ length: context.size.venues }, () => {
    const town = random.pick(TOWNS);
    const { kind, rooms } = random.pick(VENUE_KINDS);
    let name = `${town} ${kind}`;
    for (let branch = 2; used.has(name); branch += 1) name = `${town} ${kind}, branch ${branch}`;
    used.add(name);
    const logDays = random.int(0, 3);
    const venue: Venue = {
      ...baseOn(context, random, context.start),
      name,
      address: addressIn(random, town),
      rooms: rooms.slice(0, random.int(1, rooms.length)),
      contactName: personName(random),
      contactPhone: phoneOf(random),
      contactEmail: random.chance(0.6) ? `rooms@${slug(name)}.example.org` : '',
      capacity: random.chance(0.8) ? random.pick([12, 15, 20, 25, 30, 40]) : null,
      accessibility: {
        stepFree: random.chance(0.85),
        restroom: random.chance(0.95),
        parking: random.chance(0.8),
        transit: random.chance(0.4),
        notes: random.chance(0.2) ? 'Use the side entrance after 5 PM.' : '',
      },
      costCents: random.chance(0.9) ? 0 : random.pick([1500, 2500, 4000]),
      fairRentalCents: random.pick([2500, 4000, 5000, 6000, 7500, 10000]),
      notes: '',
      contactLog: Array.from({ length: logDays }, () => ({
        id: random.uuid(),
        date: dayBetween(random, context.start, context.today),
        note: random.pick(['Confirmed the room for next year.', 'Asked about the heating.', 'Keys now at the desk.']),
      })).sort((a, b) => (a.date < b.date ? -1 : 1)),
    };
    return venue;
  });
}

/** Each venue's town (the first line after the street), so groups can meet near home. */
export function townOf(venue: Pick<Venue, 'address'>): string {
  const line = venue.address.split('\n')[1] ?? '';
  return line.slice(0, line.indexOf(','));
}
