// A flyer's choices (layout, paper, language, QR code) as they travel in the address, so the preview,
// the Flyers screen and the Back button all agree on them.
import type { Group, Settings } from '@shared/model';
import type { Language } from '../../domain/wording';

export const LAYOUTS = ['standard', 'tearoff', 'large'] as const;
export type FlyerLayout = (typeof LAYOUTS)[number];
export const SIZES = ['letter', 'a4'] as const;
export type FlyerSize = (typeof SIZES)[number];
/** 'group' means each group's own language (Spanish for a Spanish-speaking group) */
export type FlyerLanguageChoice = Language | 'group';

export interface FlyerChoices {
  layout: FlyerLayout;
  size: FlyerSize;
  lang: FlyerLanguageChoice;
  qr: boolean;
}

export const DEFAULT_CHOICES: FlyerChoices = { layout: 'standard', size: 'letter', lang: 'group', qr: false };

export const LAYOUT_OPTIONS: ReadonlyArray<{ value: FlyerLayout; label: string }> = [
  { value: 'standard', label: 'Standard page' },
  { value: 'tearoff', label: 'With tear-off tabs' },
  { value: 'large', label: 'Large print' },
];
export const SIZE_OPTIONS: ReadonlyArray<{ value: FlyerSize; label: string }> = [
  { value: 'letter', label: 'Letter (8.5 × 11 in)' },
  { value: 'a4', label: 'A4 (210 × 297 mm)' },
];
export const LANGUAGE_OPTIONS: ReadonlyArray<{ value: FlyerLanguageChoice; label: string }> = [
  { value: 'group', label: "Each group's own language" },
  { value: 'en', label: 'English' },
  { value: 'es', label: 'Spanish (Español)' },
];

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  values.includes(value as T) ? (value as T) : fallback;

export function choicesFrom(params: URLSearchParams): FlyerChoices {
  return {
    layout: oneOf(LAYOUTS, params.get('layout'), DEFAULT_CHOICES.layout),
    size: oneOf(SIZES, params.get('size'), DEFAULT_CHOICES.size),
    lang: oneOf<FlyerLanguageChoice>(['group', 'en', 'es'], params.get('lang'), DEFAULT_CHOICES.lang),
    qr: params.get('qr') === '1',
  };
}

export function choicesQuery(choices: FlyerChoices): string {
  const params = new URLSearchParams({ layout: choices.layout, size: choices.size });
  if (choices.lang !== 'group') params.set('lang', choices.lang);
  if (choices.qr) params.set('qr', '1');
  return params.toString();
}

/** Spanish for a group held in Spanish, otherwise the organisation's language for printed material. */
export function languageFor(choice: FlyerLanguageChoice, group: Group, settings: Settings): Language {
  if (choice !== 'group') return choice;
  return /spanish|espa[nñ]ol/i.test(group.language) ? 'es' : settings.language;
}

export const pageSizeOf = (size: FlyerSize): 'Letter' | 'A4' => (size === 'a4' ? 'A4' : 'Letter');

/** How many meetings ahead each layout lists: fewer where tabs or large type need the room. */
export const DATES_FOR_LAYOUT: Record<FlyerLayout, number> = { standard: 6, tearoff: 4, large: 4 };

export const fileSafe = (text: string): string =>
  text
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
