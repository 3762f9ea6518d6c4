// What a meeting flyer says, as plain strings: the React page only lays them out, so the content can
// be tested without a DOM and reads the same on screen, on paper and in a PDF.
import type { Group, Schedule, Settings, Venue } from '@shared/model';
import type { Occurrence } from './occurrences';
import { flyerWords, meetingLength } from './flyerText';
import { describeSeries, seriesRhythm, type Language } from './wording';
import { upcomingDates, type FlyerDate, type FlyerOptions } from './flyerDates';

export interface FlyerPlace {
  venue: string;
  room: string;
  address: string[];
  accessibility: string[];
  /**
   * Where the group's other series meet, when that is somewhere else, a line each: "From January 1:
   * Riverbend Public Library, Oak Room" for a series still to start, "Every Thursday: …" for one running
   * alongside.
   */
  otherPlaces: string[];
}

export interface FlyerContent {
  language: Language;
  headings: { when: string; where: string; join: string; contact: string; next: string };
  programName: string;
  groupName: string;
  /** paragraphs: the group's own flyer text as written, or the standard welcome */
  welcome: string[];
  /** whether the welcome is the group's own text (which the coordinator can shorten) */
  ownWelcome: boolean;
  highlights: string[];
  /** one sentence per series that is running or about to start */
  when: string[];
  /** what to say under "When we meet" while the group has no schedule */
  noDates: string;
  where: FlyerPlace | null;
  /** how to join a virtual or hybrid group, line by line */
  join: string[] | null;
  contact: Array<{ label: string; value: string }>;
  dates: FlyerDate[];
  /** what every tear-off tab carries */
  tab: { name: string; phone: string };
  /** where a QR code would lead, with its caption and the address as people would type it */
  qr: { url: string; caption: string; display: string } | null;
  organisation: string;
}

const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

const paragraphs = (text: string): string[] =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((part) => part !== '');

/** The first web address in a piece of text, e.g. a video-call link inside the join instructions. */
export function firstWebAddress(text: string): string | null {
  const match = /https?:\/\/[^\s<>"]+/i.exec(text);
  return match ? match[0].replace(/[.,;:)]+$/, '') : null;
}

/** "namiriverbend.org/groups": a web address the way people type it. */
export function displayAddress(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/** The series a flyer describes: those still running on `today` or starting later, oldest first. */
export function currentSchedules(schedules: readonly Schedule[], groupId: string, today: string): Schedule[] {
  return schedules
    .filter((s) => s.deletedAt === null && s.groupId === groupId && (s.endsOn === null || s.endsOn >= today))
    .sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
}

/** The series whose place the flyer shows: the one running now, else the next to start. */
export function primarySchedule(schedules: readonly Schedule[], groupId: string, today: string): Schedule | null {
  const current = currentSchedules(schedules, groupId, today);
  return current.find((s) => s.startsOn <= today) ?? current[0] ?? null;
}

function whenLines(series: Schedule[], today: string, language: Language): string[] {
  const words = flyerWords(language);
  return series.map((schedule) => {
    const sentence = describeSeries(schedule, language);
    if (schedule.startsOn > today) return `${words.startingOn(schedule.startsOn)}: ${lowerFirst(sentence)}`;
    // A series that ends only needs saying so when another one follows it.
    if (schedule.endsOn !== null && series.length > 1)
      return `${words.until(schedule.endsOn)}: ${lowerFirst(sentence)}`;
    return sentence;
  });
}

// "Starting November 3: every Wednesday…" reads as one sentence, so the series loses its first capital
// (weekday names further in keep theirs).
function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

function place(
  group: Group,
  series: Schedule[],
  primary: Schedule | null,
  venues: ReadonlyMap<string, Venue>,
  today: string,
  language: Language,
): FlyerPlace | null {
  const venue = (primary?.venueId && venues.get(primary.venueId)) || null;
  if (group.format === 'virtual' || venue === null || primary === null) return null;
  const words = flyerWords(language);
  const access = venue.accessibility;
  const accessibility = [
    access.stepFree ? words.accessibility.stepFree : '',
    access.restroom ? words.accessibility.restroom : '',
    access.parking ? words.accessibility.parking : '',
    access.transit ? words.accessibility.transit : '',
  ].filter((item) => item !== '');
  return {
    venue: venue.name,
    room: primary.room,
    address: lines(venue.address),
    // The coordinator's own notes follow the standard items, as written.
    accessibility: [...accessibility, ...lines(access.notes), ...lines(group.accessibilityNotes)],
    otherPlaces: otherPlaces(series, primary, venues, today, language),
  };
}

/** The places of the series other than `primary`, where they differ from its place, once each. */
function otherPlaces(
  series: Schedule[],
  primary: Schedule,
  venues: ReadonlyMap<string, Venue>,
  today: string,
  language: Language,
): string[] {
  const words = flyerWords(language);
  const said = new Set([placeKey(primary)]);
  const result: string[] = [];
  for (const schedule of series) {
    const venue = schedule.venueId ? venues.get(schedule.venueId) : undefined;
    // A series with no place of its own (online only), or at one no longer on file, has nothing to show.
    if (schedule.id === primary.id || !venue || said.has(placeKey(schedule))) continue;
    said.add(placeKey(schedule));
    const when = schedule.startsOn > today ? words.placeFrom(schedule.startsOn) : seriesRhythm(schedule, language);
    result.push(`${when}: ${venue.name}${schedule.room.trim() === '' ? '' : `, ${schedule.room.trim()}`}`);
  }
  return result;
}

const placeKey = (schedule: Schedule): string => `${schedule.venueId ?? ''}|${schedule.room.trim()}`;

/** The venues given to buildFlyer, by id, leaving out any deleted since. */
function venuesById(venues: Venue | readonly Venue[] | null): Map<string, Venue> {
  const list: readonly Venue[] = venues === null ? [] : 'id' in venues ? [venues] : venues;
  return new Map(list.filter((venue) => venue.deletedAt === null).map((venue) => [venue.id, venue]));
}

/**
 * What one group's flyer says. `venues` holds the places of the group's series (the one running now, and
 * any other running or still to start): "Where" shows the first, and names the others where they differ.
 */
export function buildFlyer(
  group: Group,
  schedules: readonly Schedule[],
  venues: Venue | readonly Venue[] | null,
  settings: Settings,
  occurrences: readonly Occurrence[],
  language: Language,
  options: FlyerOptions,
): FlyerContent {
  const words = flyerWords(language);
  const series = currentSchedules(schedules, group.id, options.today);
  const primary = primarySchedule(schedules, group.id, options.today);
  const places = venuesById(venues);
  const length = meetingLength(primary?.durationMinutes ?? settings.defaultMeetingMinutes, language);
  const own = paragraphs(group.flyerText);

  const phone = group.contactPhone.trim() || settings.phone.trim();
  const email = group.contactEmail.trim() || settings.email.trim();
  const website = settings.website.trim();
  const contact = [
    { label: words.phone, value: phone },
    { label: words.email, value: email },
    { label: words.website, value: website === '' ? '' : displayAddress(website) },
  ].filter((row) => row.value !== '');

  const online = group.format === 'virtual' || group.format === 'hybrid';
  const joinLink = online ? firstWebAddress(group.joinInfo) : null;
  const qrUrl = joinLink ?? (website === '' ? null : website);

  return {
    language,
    headings: { when: words.when, where: words.where, join: words.join, contact: words.contact, next: words.next },
    programName: words.programName[group.program],
    groupName: group.name,
    welcome: own.length > 0 ? own : [words.welcome[group.program](length)],
    ownWelcome: own.length > 0,
    highlights: words.highlights(length),
    when: whenLines(series, options.today, language),
    noDates: words.noDates,
    where: place(group, series, primary, places, options.today, language),
    join: online ? (lines(group.joinInfo).length > 0 ? lines(group.joinInfo) : [words.joinAsk]) : null,
    contact,
    dates: series.length === 0 ? [] : upcomingDates(group, series, occurrences, primary, places, options, language),
    tab: { name: group.name, phone: phone || email },
    qr:
      qrUrl === null
        ? null
        : { url: qrUrl, caption: joinLink ? words.scanJoin : words.scanWebsite, display: displayAddress(qrUrl) },
    organisation: settings.name.trim(),
  };
}
