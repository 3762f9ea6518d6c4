// Turns a spreadsheet's rows into donors and gifts to add, with every problem named by its row.
import type { Donation, Donor } from '@shared/model';
import type { CsvRow, CsvTable } from './csv';
import { parseMoney } from './money';
import { ACKNOWLEDGED_BEFORE_RECEIVED, CATEGORY_LABELS, DONOR_KIND_LABELS, VALUATION_LABELS } from './donationLabels';
import {
  VOLUNTEER_TIME,
  categoryOf,
  cellOf,
  donorKeyOf,
  donorKindOf,
  normal,
  parseSheetDate,
  valuationOf,
} from './importCells';
import { markAlreadyRecorded } from './importDuplicates';

export const IMPORT_FIELDS = [
  { key: 'donorName', label: 'Donor name', names: ['donor', 'donor name', 'name', 'given by', 'from'] },
  {
    key: 'donorKind',
    label: 'Person or organisation',
    names: ['kind', 'type', 'donor type', 'person or organisation'],
    help: 'Person, or Organisation (a business, church, library…). A blank cell means Person.',
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

export type RecordedGift = Pick<Donation, 'donorId' | 'date' | 'description' | 'valueCents'>;

export interface ImportContext {
  /** existing donors whose names appear in the file (matched without regard to case or spacing) */
  existingDonors: readonly Pick<Donor, 'id' | 'name'>[];
  groups: readonly { id: string; name: string }[];
  /** the live gifts those donors gave on the dates in the file (see `recordedGiftKeys`) */
  existingGifts: readonly RecordedGift[];
}

export interface ImportOptions {
  /** add rows already recorded all the same (the same gift really was given twice) */
  addAgain?: boolean;
}

export type GiftFields = Omit<Donation, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'changedBy' | 'donorId'>;
export type DonorFields = Omit<Donor, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'changedBy'>;

export interface ImportRow {
  /** the row number the spreadsheet shows (the header is row 1, and blank rows count) */
  row: number;
  donorName: string;
  /** the existing donor's id, or null when the file introduces this donor */
  donorId: string | null;
  /** the key that ties the row to its donor within the file */
  donorKey: string;
  gift: GiftFields | null;
  /** the same gift is recorded already: in the app, or by an earlier row of the file (its number) */
  alreadyRecorded: { in: 'app' } | { in: 'row'; row: number } | null;
  /** whether the import leaves the gift out (it is recorded already and was not asked for again) */
  leftOut: boolean;
  errors: string[];
}

export interface ImportPlan {
  rows: ImportRow[];
  newDonors: { key: string; fields: DonorFields }[];
  /** the gifts the import adds */
  giftCount: number;
  /** the rows whose gift is recorded already and is left out */
  leftOutCount: number;
  errorCount: number;
}

export function planImport(
  table: CsvTable,
  mapping: ColumnMapping,
  context: ImportContext,
  { addAgain = false }: ImportOptions = {},
): ImportPlan {
  const cell = (row: CsvRow, key: ImportField): string => cellOf(row, mapping, key);
  const existing = new Map(context.existingDonors.map((donor) => [donorKeyOf(donor.name), donor.id]));
  const groups = new Map(context.groups.map((group) => [normal(group.name), group.id]));
  const newDonors = new Map<string, DonorFields>();
  const rows: ImportRow[] = table.rows.map((csvRow) => {
    const errors: string[] = [];
    const donorName = cell(csvRow, 'donorName').replace(/\s+/g, ' ');
    const donorKey = donorKeyOf(donorName);
    const base = { row: csvRow.line, donorName, donorId: existing.get(donorKey) ?? null, donorKey };
    const none = { gift: null, alreadyRecorded: null, leftOut: false };
    if (csvRow.width > table.headers.length) {
      // Every cell after the stray comma is in the wrong column: the other checks would only mislead.
      const problem =
        `This row has ${csvRow.width} cells but the first row names ${table.headers.length} columns. ` +
        'A comma inside a value needs quotes ("$1,234.50"): save the sheet as CSV again from the spreadsheet.';
      return { ...base, ...none, errors: [problem] };
    }
    const kindText = cell(csvRow, 'donorKind');
    const kind = donorKindOf(kindText);
    if (donorName === '') errors.push('The donor’s name is missing.');
    else if (donorName.length > 200) errors.push('The donor’s name is longer than 200 characters.');
    if (!kind) {
      const kinds = `${DONOR_KIND_LABELS.person} or ${DONOR_KIND_LABELS.organisation}`;
      errors.push(`“${kindText}” is not a donor type: use ${kinds}.`);
    }
    if (donorName !== '' && donorName.length <= 200 && !existing.has(donorKey) && !newDonors.has(donorKey)) {
      const donor: DonorFields = {
        name: donorName,
        kind: kind ?? 'person',
        address: cell(csvRow, 'donorAddress').replace(/\s*;\s*/g, '\n'),
        email: cell(csvRow, 'donorEmail'),
        phone: cell(csvRow, 'donorPhone'),
        notes: '',
      };
      newDonors.set(donorKey, donor);
      errors.push(...donorDetailProblems(donor));
    }
    const gift = readGift(csvRow, cell, groups, errors);
    return { ...base, ...none, gift: errors.length === 0 ? gift : null, errors };
  });
  markAlreadyRecorded(rows, context.existingGifts, addAgain);
  return {
    rows,
    newDonors: [...newDonors].map(([key, fields]) => ({ key, fields })),
    giftCount: rows.filter((row) => row.gift !== null && !row.leftOut).length,
    leftOutCount: rows.filter((row) => row.leftOut).length,
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
  cells: CsvRow,
  cell: (row: CsvRow, key: ImportField) => string,
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
  // The gift form refuses this too, so a gift imported with it could never be changed.
  else if (acknowledgedOn && date && acknowledgedOn < date) errors.push(`${ACKNOWLEDGED_BEFORE_RECEIVED}.`);

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
