// Turns a spreadsheet's rows into donors and gifts to add, with every problem named by its row.
import { DONATION_CATEGORIES, VALUATION_METHODS, isoDate, type Donation, type Donor } from '@shared/model';
import type { CsvTable } from './csv';
import { parseMoney } from './money';
import { CATEGORY_LABELS, VALUATION_LABELS } from './donationLabels';

export const IMPORT_FIELDS = [
  { key: 'donorName', label: 'Donor name', names: ['donor', 'donor name', 'name', 'given by', 'from'] },
  {
    key: 'donorKind',
    label: 'Person or organisation',
    names: ['kind', 'type', 'donor type', 'person or organisation'],
  },
  { key: 'donorAddress', label: 'Donor address', names: ['address', 'donor address', 'mailing address'] },
  { key: 'donorEmail', label: 'Donor email', names: ['email', 'e-mail', 'donor email'] },
  { key: 'donorPhone', label: 'Donor phone', names: ['phone', 'telephone', 'donor phone'] },
  { key: 'date', label: 'Date of gift', names: ['date', 'date of gift', 'gift date', 'received', 'date received'] },
  { key: 'category', label: 'Category', names: ['category', 'kind of gift', 'gift type'] },
  { key: 'description', label: 'Description', names: ['description', 'what', 'item', 'items', 'gift'] },
  { key: 'quantity', label: 'Quantity', names: ['quantity', 'qty', 'amount given', 'how many'] },
  {
    key: 'value',
    label: 'Estimated value',
    names: ['value', 'estimated value', 'fair market value', 'fmv', 'amount', 'est. value', 'value ($)'],
  },
  { key: 'valuationMethod', label: 'How it was valued', names: ['valued by', 'how valued', 'valuation', 'basis'] },
  { key: 'group', label: 'Group served', names: ['group', 'group served', 'for group'] },
  {
    key: 'acknowledgedOn',
    label: 'Date acknowledged',
    names: ['acknowledged', 'acknowledged on', 'thanked', 'thanked on'],
  },
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number]['key'];
/** Which column (by index) holds each field; a missing key means the file has no such column. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

const normal = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Matches the file's column names to fields, so the coordinator usually only has to confirm. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  for (const field of IMPORT_FIELDS) {
    const candidates: readonly string[] = [normal(field.label), ...field.names];
    const index = headers.findIndex((header, i) => !taken.has(i) && candidates.includes(normal(header)));
    if (index >= 0) {
      mapping[field.key] = index;
      taken.add(index);
    }
  }
  return mapping;
}

export function mappingProblems(mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  if (mapping.donorName === undefined) problems.push('Choose the column that holds the donor’s name.');
  const giftColumns = (['date', 'description', 'value'] as const).filter((key) => mapping[key] === undefined);
  if (giftColumns.length > 0 && giftColumns.length < 3) {
    const names = giftColumns.map((key) => IMPORT_FIELDS.find((field) => field.key === key)?.label ?? key);
    problems.push(`To import gifts, choose the columns for: ${names.join(', ')}.`);
  }
  const used = Object.values(mapping);
  if (new Set(used).size !== used.length) problems.push('Each column can be used for only one field.');
  return problems;
}

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

const categoryOf = lookup(DONATION_CATEGORIES, CATEGORY_LABELS, {
  space: 'meeting-space',
  room: 'meeting-space',
  food: 'refreshments',
  snacks: 'refreshments',
  supplies: 'materials',
  'printing and copies': 'printing',
  copies: 'printing',
});
const valuationOf = lookup(VALUATION_METHODS, VALUATION_LABELS, {
  estimate: 'donor-estimate',
  'donor estimate': 'donor-estimate',
  "donor's estimate": 'donor-estimate',
  comparable: 'comparable-price',
  'rental value': 'fair-rental-value',
  'fair rental': 'fair-rental-value',
});
const VOLUNTEER_TIME = /volunteer|facilitat|hours|time/;
const ORGANISATION = /org|business|company|church|library|agency|shop|store/;

export interface ImportContext {
  /** existing donors whose names appear in the file (matched without regard to case or spacing) */
  existingDonors: readonly Pick<Donor, 'id' | 'name'>[];
  groups: readonly { id: string; name: string }[];
}

export type GiftFields = Omit<Donation, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'changedBy' | 'donorId'>;
export type DonorFields = Omit<Donor, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'changedBy'>;

export interface ImportRow {
  /** the row number the spreadsheet shows (the header is row 1) */
  row: number;
  donorName: string;
  /** the existing donor's id, or null when the file introduces this donor */
  donorId: string | null;
  /** the key that ties the row to its donor within the file */
  donorKey: string;
  gift: GiftFields | null;
  errors: string[];
}

export interface ImportPlan {
  rows: ImportRow[];
  newDonors: { key: string; fields: DonorFields }[];
  giftCount: number;
  errorCount: number;
}

export const donorKeyOf = (name: string): string => normal(name);

export function planImport(table: CsvTable, mapping: ColumnMapping, context: ImportContext): ImportPlan {
  const cell = (row: readonly string[], key: ImportField): string => {
    const index = mapping[key];
    return index === undefined ? '' : (row[index] ?? '').trim();
  };
  const existing = new Map(context.existingDonors.map((donor) => [donorKeyOf(donor.name), donor.id]));
  const groups = new Map(context.groups.map((group) => [normal(group.name), group.id]));
  const newDonors = new Map<string, DonorFields>();
  const rows: ImportRow[] = table.rows.map((cells, index) => {
    const errors: string[] = [];
    const donorName = cell(cells, 'donorName').replace(/\s+/g, ' ');
    const donorKey = donorKeyOf(donorName);
    if (donorName === '') errors.push('The donor’s name is missing.');
    else if (donorName.length > 200) errors.push('The donor’s name is longer than 200 characters.');
    else if (!existing.has(donorKey) && !newDonors.has(donorKey)) {
      const donor: DonorFields = {
        name: donorName,
        kind: ORGANISATION.test(normal(cell(cells, 'donorKind'))) ? 'organisation' : 'person',
        address: cell(cells, 'donorAddress').replace(/\s*;\s*/g, '\n'),
        email: cell(cells, 'donorEmail'),
        phone: cell(cells, 'donorPhone'),
        notes: '',
      };
      newDonors.set(donorKey, donor);
      errors.push(...donorDetailProblems(donor));
    }
    const gift = readGift(cells, cell, groups, errors);
    return {
      row: index + 2,
      donorName,
      donorId: existing.get(donorKey) ?? null,
      donorKey,
      gift: errors.length === 0 ? gift : null,
      errors,
    };
  });
  return {
    rows,
    newDonors: [...newDonors].map(([key, fields]) => ({ key, fields })),
    giftCount: rows.filter((row) => row.gift !== null).length,
    errorCount: rows.filter((row) => row.errors.length > 0).length,
  };
}

function donorDetailProblems(donor: DonorFields): string[] {
  const problems: string[] = [];
  if (donor.address.length > 500) problems.push('The donor’s address is longer than 500 characters.');
  if (donor.email.length > 200) problems.push('The donor’s email is longer than 200 characters.');
  if (donor.phone.length > 40) problems.push('The donor’s phone is longer than 40 characters.');
  return problems;
}

function readGift(
  cells: readonly string[],
  cell: (row: readonly string[], key: ImportField) => string,
  groups: Map<string, string>,
  errors: string[],
): GiftFields | null {
  const dateText = cell(cells, 'date');
  const description = cell(cells, 'description');
  const valueText = cell(cells, 'value');
  // A row with only donor details adds the donor and no gift.
  if (dateText === '' && description === '' && valueText === '') return null;

  const date = parseSheetDate(dateText);
  if (dateText === '') errors.push('The date of the gift is missing.');
  else if (!date) errors.push(`“${dateText}” is not a date: use a date like 2026-10-06 or 10/6/2026.`);
  if (description === '') errors.push('The description of what was given is missing.');
  const money = parseMoney(valueText);
  if (!money.ok) errors.push(valueText === '' ? 'The estimated value is missing (use 0 if unknown).' : money.message);

  const categoryText = cell(cells, 'category');
  let category: Donation['category'] | undefined = categoryText === '' ? 'other' : categoryOf(categoryText);
  if (!category) {
    category = 'other';
    errors.push(
      VOLUNTEER_TIME.test(normal(categoryText))
        ? 'Volunteer facilitation time is not an in-kind donation: leave this row out.'
        : `“${categoryText}” is not a category. Use one of: ${Object.values(CATEGORY_LABELS).join(', ')}.`,
    );
  }
  const methodText = cell(cells, 'valuationMethod');
  const valuationMethod = methodText === '' ? 'donor-estimate' : valuationOf(methodText);
  if (!valuationMethod) {
    errors.push(`“${methodText}” is not a way of valuing: use ${Object.values(VALUATION_LABELS).join(', ')}.`);
  }
  const groupText = cell(cells, 'group');
  const groupId = groupText === '' ? null : (groups.get(normal(groupText)) ?? undefined);
  if (groupId === undefined) errors.push(`There is no group called “${groupText}”.`);
  const ackText = cell(cells, 'acknowledgedOn');
  const acknowledgedOn = ackText === '' ? null : parseSheetDate(ackText);
  if (ackText !== '' && !acknowledgedOn) errors.push(`“${ackText}” is not a date for when it was acknowledged.`);

  if (description.length > 1000) errors.push('The description is longer than 1,000 characters.');
  const quantity = cell(cells, 'quantity');
  if (quantity.length > 100) errors.push('The quantity is longer than 100 characters.');
  if (!date || description === '' || !money.ok || !valuationMethod || groupId === undefined) return null;
  return {
    date,
    category,
    description,
    quantity,
    valueCents: money.cents,
    valuationMethod,
    groupId,
    venueId: null,
    acknowledgedOn: acknowledgedOn ?? null,
  };
}
