// The fixed wording of a flyer in English and Spanish. The coordinator's own text is never translated.
import type { Group } from '@shared/model';
import { dayAndMonth, durationIn, type Language } from './wording';

export interface FlyerWords {
  programName: Record<Group['program'], string>;
  /** the standard welcome, used when the group has no flyer text of its own */
  welcome: Record<Group['program'], (duration: string) => string>;
  highlights: (duration: string) => string[];
  when: string;
  where: string;
  join: string;
  joinAsk: string;
  contact: string;
  next: string;
  phone: string;
  email: string;
  website: string;
  startingOn: (isoDate: string) => string;
  until: (isoDate: string) => string;
  noMeeting: (isoDate: string) => string;
  /** a closure over several meeting dates, on one line */
  noMeetingsBetween: (first: string, last: string) => string;
  /** a closure with no last day yet (a paused group) */
  noMeetingsFrom: (first: string) => string;
  movedFrom: (isoDate: string) => string;
  otherPlace: string;
  /** under "Where", the place of a series still to start: "From January 1: Riverbend Public Library" */
  placeFrom: (isoDate: string) => string;
  noDates: string;
  scanWebsite: string;
  scanJoin: string;
  accessibility: { stepFree: string; restroom: string; parking: string; transit: string };
}

const EN: FlyerWords = {
  programName: {
    connection: 'NAMI Connection Recovery Support Group',
    'family-support': 'NAMI Family Support Group',
    other: 'Support Group',
  },
  welcome: {
    connection: (duration) =>
      `A free, confidential support group for adults living with a mental health condition. ` +
      `Meetings last ${duration} and are led by trained peers who have been there too. ` +
      `Come as you are: share, or simply listen.`,
    'family-support': (duration) =>
      `A free, confidential support group for family members, partners and friends of people ` +
      `living with a mental health condition. Meetings last ${duration} and are led by trained peers.`,
    other: (duration) => `A free, confidential support group. Meetings last ${duration}.`,
  },
  highlights: (duration) => ['Free', 'Confidential', duration, 'Led by peers'],
  when: 'When we meet',
  where: 'Where',
  join: 'How to join online',
  joinAsk: 'Call or email us for the link.',
  contact: 'Questions? Get in touch',
  next: 'Next meetings',
  phone: 'Phone',
  email: 'Email',
  website: 'Website',
  startingOn: (date) => `Starting ${dayAndMonth(date, 'en')}`,
  until: (date) => `Until ${dayAndMonth(date, 'en')}`,
  noMeeting: (date) => `No meeting on ${dayAndMonth(date, 'en')}`,
  noMeetingsBetween: (first, last) => `No meetings from ${dayAndMonth(first, 'en')} to ${dayAndMonth(last, 'en')}`,
  noMeetingsFrom: (first) => `No meetings from ${dayAndMonth(first, 'en')} until further notice`,
  movedFrom: (date) => `moved from ${dayAndMonth(date, 'en')}`,
  otherPlace: 'at a different place: call us for details',
  placeFrom: (date) => `From ${dayAndMonth(date, 'en')}`,
  noDates: 'Call or email us for the next dates.',
  scanWebsite: 'Scan for more information',
  scanJoin: 'Scan to join online',
  accessibility: {
    stepFree: 'Step-free entrance',
    restroom: 'Accessible restroom',
    parking: 'Parking',
    transit: 'Near public transit',
  },
};

const ES: FlyerWords = {
  programName: {
    connection: 'Grupo de Apoyo para la Recuperación NAMI Conexión',
    'family-support': 'Grupo de Apoyo Familiar de NAMI',
    other: 'Grupo de apoyo',
  },
  welcome: {
    connection: (duration) =>
      `Un grupo de apoyo gratuito y confidencial para adultos que viven con una condición de salud mental. ` +
      `Las reuniones duran ${duration} y las dirigen compañeros capacitados que también han pasado por esto. ` +
      `Venga tal como es: puede compartir o solo escuchar.`,
    'family-support': (duration) =>
      `Un grupo de apoyo gratuito y confidencial para familiares, parejas y amistades de personas que ` +
      `viven con una condición de salud mental. Las reuniones duran ${duration} y las dirigen compañeros capacitados.`,
    other: (duration) => `Un grupo de apoyo gratuito y confidencial. Las reuniones duran ${duration}.`,
  },
  highlights: (duration) => ['Gratuito', 'Confidencial', duration, 'Dirigido por compañeros'],
  when: 'Cuándo nos reunimos',
  where: 'Dónde',
  join: 'Cómo unirse en línea',
  joinAsk: 'Llámenos o escríbanos para recibir el enlace.',
  contact: '¿Preguntas? Comuníquese con nosotros',
  next: 'Próximas reuniones',
  phone: 'Teléfono',
  email: 'Correo electrónico',
  website: 'Sitio web',
  startingOn: (date) => `A partir del ${dayAndMonth(date, 'es')}`,
  until: (date) => `Hasta el ${dayAndMonth(date, 'es')}`,
  noMeeting: (date) => `No hay reunión el ${dayAndMonth(date, 'es')}`,
  noMeetingsBetween: (first, last) => `No hay reuniones del ${dayAndMonth(first, 'es')} al ${dayAndMonth(last, 'es')}`,
  noMeetingsFrom: (first) => `No hay reuniones a partir del ${dayAndMonth(first, 'es')} hasta nuevo aviso`,
  movedFrom: (date) => `cambiada del ${dayAndMonth(date, 'es')}`,
  otherPlace: 'en otro lugar: llámenos para más detalles',
  placeFrom: (date) => `A partir del ${dayAndMonth(date, 'es')}`,
  noDates: 'Llámenos o escríbanos para saber las próximas fechas.',
  scanWebsite: 'Escanee para más información',
  scanJoin: 'Escanee para unirse en línea',
  accessibility: {
    stepFree: 'Entrada sin escalones',
    restroom: 'Baño accesible',
    parking: 'Estacionamiento',
    transit: 'Cerca del transporte público',
  },
};

export const FLYER_WORDS: Record<Language, FlyerWords> = { en: EN, es: ES };

export const flyerWords = (language: Language): FlyerWords => FLYER_WORDS[language];

/** "90 minutes" / "90 minutos", for the welcome and the highlights. */
export const meetingLength = (minutes: number, language: Language): string => durationIn(minutes, language);
