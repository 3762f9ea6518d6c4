// What a flyer says: built from a group, its series, venue, settings and the meetings ahead.
import { describe, expect, it } from 'vitest';
import type { Closure, Meeting, Schedule } from '@shared/model';
import { buildFlyer, displayAddress, firstWebAddress } from '../../../../src/renderer/src/domain/flyer';
import { occurrencesInRange } from '../../../../src/renderer/src/domain/occurrences';
import { plusDays } from '../../../../src/renderer/src/domain/dates';
import { OPEN_END, PAUSE_REASON } from '../../../../src/renderer/src/domain/closures';
import type { Language } from '../../../../src/renderer/src/domain/wording';
import { closure, meeting, schedule } from './meetingFixtures';
import { group, settings, venue } from './flyerFixtures';

const TODAY = '2026-12-01';
// Every other Thursday from Thanksgiving: Nov 26, Dec 10, Dec 24, Jan 7, Jan 21, Feb 4, Feb 18, Mar 4.
const thursdays = schedule({
  rule: 'biweekly',
  weekday: 4,
  startTime: '19:00',
  startsOn: '2026-11-26',
  room: 'Fellowship Hall',
});
const christmasEve = closure({ startDate: '2026-12-24', reason: 'Christmas Eve' });

function occurrences(options: { schedules?: Schedule[]; meetings?: Meeting[]; closures?: Closure[] } = {}) {
  return occurrencesInRange({
    schedules: options.schedules ?? [thursdays],
    meetings: options.meetings ?? [],
    closures: options.closures ?? [christmasEve],
    from: plusDays(TODAY, -30),
    to: plusDays(TODAY, 180),
    today: TODAY,
  });
}

function flyer(
  language: Language = 'en',
  fields: Parameters<typeof group>[0] = {},
  extra: Parameters<typeof occurrences>[0] = {},
) {
  const schedules = extra.schedules ?? [thursdays];
  return buildFlyer(group(fields), schedules, venue(), settings(), occurrences(extra), language, { today: TODAY });
}

describe('buildFlyer', () => {
  it('gives a Connection group its program name, the standard welcome and when it meets', () => {
    const content = flyer();
    expect(content.programName).toBe('NAMI Connection Recovery Support Group');
    expect(content.groupName).toBe('Grove Avenue Thursday Connection');
    expect(content.welcome).toHaveLength(1);
    expect(content.welcome[0]).toContain(
      'free, confidential support group for adults living with a mental health condition',
    );
    expect(content.welcome[0]).toContain('90 minutes');
    expect(content.ownWelcome).toBe(false);
    expect(content.highlights).toEqual(['Free', 'Confidential', '90 minutes', 'Led by peers']);
    expect(content.when).toEqual(['Every other Thursday, 7:00–8:30 PM']);
    expect(content.organisation).toBe('NAMI Riverbend');
  });

  it('lists the next six meetings from today with the closure called out in its place', () => {
    expect(flyer().dates.map((d) => [d.kind, d.text])).toEqual([
      ['meeting', 'Thursday, December 10'],
      ['no-meeting', 'No meeting on December 24 (Christmas Eve)'],
      ['meeting', 'Thursday, January 7'],
      ['meeting', 'Thursday, January 21'],
      ['meeting', 'Thursday, February 4'],
      ['meeting', 'Thursday, February 18'],
      ['meeting', 'Thursday, March 4'],
    ]);
  });

  it('gives a closure over several meeting dates one line, so the meetings after it still fit', () => {
    const renovation = closure({
      startDate: '2026-12-07',
      endDate: '2027-01-31',
      scope: 'venue',
      venueId: thursdays.venueId,
      reason: 'Library closed for renovation',
    });
    const lines = (language: Language) =>
      flyer(language, {}, { closures: [christmasEve, renovation] }).dates.map((d) => [d.kind, d.text]);
    expect(lines('en')).toEqual([
      ['no-meeting', 'No meetings from December 10 to January 21 (Library closed for renovation)'],
      ['meeting', 'Thursday, February 4'],
      ['meeting', 'Thursday, February 18'],
      ['meeting', 'Thursday, March 4'],
      ['meeting', 'Thursday, March 18'],
      ['meeting', 'Thursday, April 1'],
      ['meeting', 'Thursday, April 15'],
    ]);
    expect(lines('es')[0]).toEqual([
      'no-meeting',
      'No hay reuniones del 10 de diciembre al 21 de enero (Library closed for renovation)',
    ]);
  });

  it('says a paused group meets again "until further notice" in one line, not a line per week', () => {
    const pause = closure({
      startDate: '2026-12-02',
      endDate: OPEN_END,
      scope: 'group',
      groupId: thursdays.groupId,
      reason: PAUSE_REASON,
    });
    expect(flyer('en', {}, { closures: [christmasEve, pause] }).dates.map((d) => d.text)).toEqual([
      'No meetings from December 10 until further notice (Group paused)',
    ]);
    expect(flyer('es', {}, { closures: [pause] }).dates.map((d) => d.text)).toEqual([
      'No hay reuniones a partir del 10 de diciembre hasta nuevo aviso (Group paused)',
    ]);
    // A dated break that goes on past the dates looked at ends on its own last day.
    const longBreak = { ...pause, endDate: '2027-12-31' };
    expect(flyer('en', {}, { closures: [longBreak] }).dates.map((d) => d.text)).toEqual([
      'No meetings from December 10 to December 31 (Group paused)',
    ]);
  });

  it('says where, with the room, the address line by line and every accessibility note', () => {
    const content = flyer('en', { accessibilityNotes: 'Large-print handouts on request.' });
    expect(content.where).toEqual({
      venue: 'First Community Church',
      room: 'Fellowship Hall',
      address: ['88 Grove Avenue', 'Riverbend, IL 61103'],
      accessibility: [
        'Step-free entrance',
        'Accessible restroom',
        'Ramp at the side door.',
        'Large-print handouts on request.',
      ],
      otherPlaces: [],
    });
    expect(content.join).toBeNull();
  });

  describe('a series that meets somewhere else', () => {
    const library = venue({ id: 'v2', name: 'Riverbend Public Library', address: '120 Elm Street' });
    const ending = schedule({ ...thursdays, endsOn: '2026-12-31' });
    const moving = schedule({
      id: 's2',
      rule: 'biweekly',
      weekday: 4,
      startTime: '19:00',
      startsOn: '2027-01-01',
      venueId: 'v2',
      room: 'Oak Room',
    });
    const build = (language: Language, schedules: Schedule[], venues = [venue(), library]) =>
      buildFlyer(group(), schedules, venues, settings(), occurrences({ schedules }), language, { today: TODAY });

    it('says under "Where" from when the next series meets at its new place, in English and Spanish', () => {
      const en = build('en', [ending, moving]);
      expect(en.where?.venue).toBe('First Community Church');
      expect(en.where?.otherPlaces).toEqual(['From January 1: Riverbend Public Library, Oak Room']);
      expect(build('es', [ending, moving]).where?.otherPlaces).toEqual([
        'A partir del 1 de enero: Riverbend Public Library, Oak Room',
      ]);
      // A date at the new place names it, rather than "a different place: call us".
      expect(en.dates.map((d) => d.text)).toContain('Thursday, January 7, 7:00–8:30 PM, Riverbend Public Library');
      expect(JSON.stringify(en.dates)).not.toContain('different place');
    });

    it('names a series running alongside by its rhythm, and a new room in the same venue', () => {
      const alongside = schedule({ ...moving, rule: 'weekly', weekday: 1, startsOn: '2026-11-30' });
      expect(build('en', [thursdays, alongside]).where?.otherPlaces).toEqual([
        'Every Monday: Riverbend Public Library, Oak Room',
      ]);
      const upstairs = schedule({ ...moving, venueId: 'v1', room: 'Room 2' });
      expect(build('en', [ending, upstairs]).where?.otherPlaces).toEqual([
        'From January 1: First Community Church, Room 2',
      ]);
    });

    it('says nothing more when the next series meets in the same place, or its venue is gone', () => {
      const same = schedule({ ...moving, venueId: 'v1', room: 'Fellowship Hall' });
      expect(build('en', [ending, same]).where?.otherPlaces).toEqual([]);
      expect(build('en', [ending, moving], [venue()]).where?.otherPlaces).toEqual([]);
      expect(
        build('en', [ending, moving], [venue(), { ...library, deletedAt: '2026-11-01T00:00:00.000Z' }]).where
          ?.otherPlaces,
      ).toEqual([]);
    });
  });

  it("reaches the organisation when the group has no contact of its own, and the group's when it has", () => {
    expect(flyer().contact).toEqual([
      { label: 'Phone', value: '(815) 555-0142' },
      { label: 'Email', value: 'groups@namiriverbend.example.org' },
      { label: 'Website', value: 'namiriverbend.example.org' },
    ]);
    const own = flyer('en', { contactPhone: '(815) 555-0199', contactEmail: 'grove@example.org' });
    expect(own.contact.slice(0, 2).map((row) => row.value)).toEqual(['(815) 555-0199', 'grove@example.org']);
    expect(own.tab).toEqual({ name: 'Grove Avenue Thursday Connection', phone: '(815) 555-0199' });
  });

  it("prints the coordinator's own flyer text as written, paragraph by paragraph, in either language", () => {
    const text = 'Bring a friend if you like.\nCoffee is on us.\n\nWe start on time.';
    for (const language of ['en', 'es'] as const) {
      expect(flyer(language, { flyerText: text }).welcome).toEqual([
        'Bring a friend if you like. Coffee is on us.',
        'We start on time.',
      ]);
      expect(flyer(language, { flyerText: text }).ownWelcome).toBe(true);
    }
  });

  it('translates the fixed wording into Spanish and keeps names and reasons as written', () => {
    const content = flyer('es');
    expect(content.programName).toBe('Grupo de Apoyo para la Recuperación NAMI Conexión');
    expect(content.headings).toEqual({
      when: 'Cuándo nos reunimos',
      where: 'Dónde',
      join: 'Cómo unirse en línea',
      contact: '¿Preguntas? Comuníquese con nosotros',
      next: 'Próximas reuniones',
    });
    expect(content.welcome[0]).toContain('gratuito y confidencial');
    expect(content.welcome[0]).toContain('90 minutos');
    expect(content.when).toEqual(['Cada dos jueves, 7:00–8:30 p. m.']);
    expect(content.dates.slice(0, 2).map((d) => d.text)).toEqual([
      'Jueves, 10 de diciembre',
      'No hay reunión el 24 de diciembre (Christmas Eve)',
    ]);
    expect(content.where?.accessibility).toEqual(['Entrada sin escalones', 'Baño accesible', 'Ramp at the side door.']);
    expect(content.contact.map((row) => row.label)).toEqual(['Teléfono', 'Correo electrónico', 'Sitio web']);
    expect(content.groupName).toBe('Grove Avenue Thursday Connection');
  });

  it('tells a virtual group how to join, points the QR code at its link and prints no address', () => {
    const content = flyer('en', {
      format: 'virtual',
      joinInfo: 'Join on Zoom: https://zoom.example.org/j/123.\nMeeting ID 123',
    });
    expect(content.where).toBeNull();
    expect(content.join).toEqual(['Join on Zoom: https://zoom.example.org/j/123.', 'Meeting ID 123']);
    expect(content.qr).toEqual({
      url: 'https://zoom.example.org/j/123',
      caption: 'Scan to join online',
      display: 'zoom.example.org/j/123',
    });
    const noLink = flyer('es', { format: 'virtual' });
    expect(noLink.join).toEqual(['Llámenos o escríbanos para recibir el enlace.']);
    expect(noLink.qr?.caption).toBe('Escanee para más información');
  });

  it('gives a hybrid group both the place and the way to join', () => {
    const content = flyer('en', { format: 'hybrid', joinInfo: 'https://meet.example.org/grove' });
    expect(content.where?.venue).toBe('First Community Church');
    expect(content.join).toEqual(['https://meet.example.org/grove']);
    expect(content.qr?.url).toBe('https://meet.example.org/grove');
  });

  it('points the QR code at the website, or leaves it out when there is none', () => {
    expect(flyer().qr).toEqual({
      url: 'https://namiriverbend.example.org/',
      caption: 'Scan for more information',
      display: 'namiriverbend.example.org',
    });
    const none = buildFlyer(group(), [thursdays], venue(), settings({ website: '' }), occurrences(), 'en', {
      today: TODAY,
    });
    expect(none.qr).toBeNull();
  });

  it("keeps a cancelled meeting's own reason and long closure reasons off the flyer", () => {
    const content = flyer(
      'en',
      {},
      {
        meetings: [
          meeting({
            scheduleId: thursdays.id,
            originalDate: '2026-12-10',
            outcome: 'cancelled',
            cancelReason: 'Facilitator unwell',
          }),
        ],
        closures: [
          closure({ startDate: '2026-12-24', reason: 'The church is closed for its annual end-of-year deep cleaning' }),
        ],
      },
    );
    expect(content.dates.slice(0, 3).map((d) => d.text)).toEqual([
      'No meeting on December 10',
      'No meeting on December 24',
      'Thursday, January 7',
    ]);
    expect(JSON.stringify(content)).not.toContain('unwell');
  });

  it('says when a meeting moved, with its new time, and leaves past meetings off', () => {
    const content = flyer(
      'en',
      {},
      {
        meetings: [
          meeting({
            scheduleId: thursdays.id,
            originalDate: '2027-01-07',
            date: '2027-01-08',
            startTime: '18:00',
            venueId: 'v1',
            room: 'Fellowship Hall',
          }),
        ],
      },
    );
    const moved = content.dates.find((d) => d.kind === 'moved');
    expect(moved?.text).toBe('Friday, January 8, 6:00–7:30 PM (moved from January 7)');
    expect(content.dates.some((d) => d.text.includes('November 26'))).toBe(false);
  });

  it('announces a change of day that starts later, next to the series running now', () => {
    const ending = schedule({ ...thursdays, endsOn: '2027-01-06' });
    const next = schedule({
      id: 's2',
      rule: 'weekly',
      weekday: 3,
      startTime: '18:30',
      startsOn: '2027-01-06',
      room: 'Fellowship Hall',
    });
    const content = flyer('en', {}, { schedules: [next, ending] });
    expect(content.when).toEqual([
      'Until January 6: every other Thursday, 7:00–8:30 PM',
      'Starting January 6: every Wednesday, 6:30–8:00 PM',
    ]);
    // Two series at different times: every date carries its time.
    expect(content.dates[0]?.text).toBe('Thursday, December 10, 7:00–8:30 PM');
    expect(content.dates.map((d) => d.text)).toContain('Wednesday, January 6, 6:30–8:00 PM');
    expect(flyer('es', {}, { schedules: [next, ending] }).when[1]).toBe(
      'A partir del 6 de enero: todos los miércoles, 6:30–8:00 p. m.',
    );
  });

  it('says nothing about dates for a group with no schedule yet', () => {
    const content = flyer('en', {}, { schedules: [] });
    expect(content.when).toEqual([]);
    expect(content.dates).toEqual([]);
  });

  it('writes the family support program and its own welcome', () => {
    const content = flyer('en', { program: 'family-support' });
    expect(content.programName).toBe('NAMI Family Support Group');
    expect(content.welcome[0]).toContain('family members, partners and friends');
  });
});

describe('web addresses', () => {
  it('finds the first link in join instructions, without trailing punctuation', () => {
    expect(firstWebAddress('Zoom (https://zoom.example.org/j/9), ID 9')).toBe('https://zoom.example.org/j/9');
    expect(firstWebAddress('Call us for the link')).toBeNull();
  });

  it('writes an address the way people type it', () => {
    expect(displayAddress('https://namiriverbend.example.org/')).toBe('namiriverbend.example.org');
    expect(displayAddress('http://example.org/groups')).toBe('example.org/groups');
  });
});
