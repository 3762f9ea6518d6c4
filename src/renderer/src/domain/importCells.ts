// Reads one cell of an imported spreadsheet: a date, a category, a way of valuing, a donor's kind or name.
import { DONATION_CATEGORIES, VALUATION_METHODS, isoDate, type Donor } from '@shared/model';
import type { CsvRow } from './csv';
import type { ColumnMapping, ImportField } from './donationImport';
import { CATEGORY_LABELS, VALUATION_LABELS } from './donationLabels';
import { normal } from './donorKey';

export { donorKeyOf, normal } from './donorKey';

/** The cell of `row` the mapping chose for `key`, or '' when the file has no such column. */
export const cellOf = (row: CsvRow, mapping: ColumnMapping, key: ImportField): string => {
  const index = mapping[key];
  return index === undefined ? '' : (row.cells[index] ?? '').trim();
};

/** '2026-10-06', '10/6/2026', '10/06/26' (US month first, as US spreadsheets export). */
export function parseSheetDate(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(value);
  const parts = iso ? { y: iso[1], m: iso[2], d: iso[3] } : us ? { y: us[3], m: us[1], d: us[2] } : null;
  if (!parts?.y || !parts.m || !parts.d) return null;
  const year = parts.y.length === 2 ? `20${parts.y}` : parts.y;
  const candidate = `${year}-${parts.m.padStart(2, '0')}-${parts.d.padStart(2, '0')}`;
  return isoDate.safeParse(candidate).success ? candidate : null;
}

function lookup<T extends string>(codes: readonly T[], labels: Record<T, string>, extra: Record<string, T>) {
  const table = new Map<string, T>(Object.entries(extra) as [string, T][]);
  for (const code of codes) {
    table.set(code, code);
    table.set(normal(labels[code]), code);
    table.set(code.replace(/-/g, ' '), code);
  }
  return (text: string): T | undefined => table.get(normal(text).replace(/’/g, "'"));
}

export const categoryOf = lookup(DONATION_CATEGORIES, CATEGORY_LABELS, {
  space: 'meeting-space',
  room: 'meeting-space',
  food: 'refreshments',
  snacks: 'refreshments',
  supplies: 'materials',
  'printing and copies': 'printing',
  copies: 'printing',
});
export const valuationOf = lookup(VALUATION_METHODS, VALUATION_LABELS, {
  estimate: 'donor-estimate',
  'donor estimate': 'donor-estimate',
  "donor's estimate": 'donor-estimate',
  comparable: 'comparable-price',
  'rental value': 'fair-rental-value',
  'fair rental': 'fair-rental-value',
});
export const VOLUNTEER_TIME = /volunteer|facilitat|hours|time/;

// Spreadsheets say what a donor is in many words. Anything else (a typo, a category put in the wrong
// column) is asked about rather than guessed: the letter greets a person and an organisation differently.
const ORGANISATION_WORDS = [
  'organisation',
  'organization',
  'org',
  'business',
  'company',
  'corporation',
  'shop',
  'store',
  'restaurant',
  'church',
  'congregation',
  'temple',
  'mosque',
  'synagogue',
  'library',
  'school',
  'college',
  'university',
  'clinic',
  'hospital',
  'agency',
  'government',
  'foundation',
  'trust',
  'nonprofit',
  'non-profit',
  'charity',
  'association',
  'society',
  'club',
];
const DONOR_KINDS = new Map<string, Donor['kind']>([
  ['person', 'person'],
  ['individual', 'person'],
  ...ORGANISATION_WORDS.map((word) => [word, 'organisation'] as const),
]);

/**
 * A donor's kind from the file. Blank is a person: a person's greeting ("Dear Helen Marsh,") still reads
 * well to an organisation, while "Dear friends at Helen Marsh," would not to a person.
 */
export function donorKindOf(text: string): Donor['kind'] | undefined {
  const words = normal(text).replace(/\.$/, '');
  return words === '' ? 'person' : DONOR_KINDS.get(words);
}
