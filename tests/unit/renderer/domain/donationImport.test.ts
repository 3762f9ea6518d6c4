import { describe, expect, it } from 'vitest';
import { parseCsv, type CsvTable } from '../../../../src/renderer/src/domain/csv';
import {
  guessMapping,
  mappingProblems,
  planImport,
  type ImportContext,
} from '../../../../src/renderer/src/domain/donationImport';
import { donorKindOf, parseSheetDate } from '../../../../src/renderer/src/domain/importCells';
import { recordedGiftKeys } from '../../../../src/renderer/src/domain/importDuplicates';

const table = (text: string): CsvTable => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.message);
  return result.table;
};

const context: ImportContext = {
  existingDonors: [{ id: 'bakery-id', name: 'Sunrise Bakery' }],
  groups: [{ id: 'downtown-id', name: 'Downtown Tuesday Connection' }],
  existingGifts: [],
};

const HEADER = 'Donor,Type,Address,Email,Date,Category,Description,Quantity,Value,Valued by,Group\n';

describe('column mapping', () => {
  it('guesses the usual spreadsheet column names, whatever their case', () => {
    expect(guessMapping(['DONOR', 'Date received', 'What', 'Fair Market Value', 'Notes', 'group served'])).toEqual({
      donorName: 0,
      date: 1,
      description: 2,
      value: 3,
      group: 5,
    });
  });

  it('asks for the donor column and for all three gift columns together', () => {
    expect(mappingProblems({ date: 1 })).toEqual([
      'Choose the column that holds the donor’s name.',
      'To import gifts, choose the columns for: Description, Estimated value.',
    ]);
    expect(mappingProblems({ donorName: 0 })).toEqual([]);
    expect(mappingProblems({ donorName: 0, date: 0, description: 1, value: 2 })).toEqual([
      'Each column can be used for only one field.',
    ]);
  });
});

describe('dates from spreadsheets', () => {
  it('reads ISO and US month-first dates, and refuses dates that do not exist', () => {
    expect(parseSheetDate('2026-10-06')).toBe('2026-10-06');
    expect(parseSheetDate('10/6/2026')).toBe('2026-10-06');
    expect(parseSheetDate('1/5/26')).toBe('2026-01-05');
    expect(parseSheetDate('2026-02-30')).toBeNull();
    expect(parseSheetDate('13/01/2026')).toBeNull();
    expect(parseSheetDate('March 3')).toBeNull();
  });
});

describe('planning an import', () => {
  it('matches known donors, adds new ones once, and reads every gift exactly', () => {
    const rows = table(
      HEADER +
        'sunrise bakery,,,,3/14/2026,Refreshments,Coffee for four meetings,4 trays,"$1,234.50",Receipt,Downtown Tuesday Connection\n' +
        'Helen Marsh,Person,42 Linden Lane; Riverbend IL,helen@example.org,2026-04-01,materials,Notebooks,40,85,,\n' +
        'Helen  Marsh,,,,2026-05-01,,Pens,,12.5,comparable,\n' +
        'First Church,Organisation,1 Church St,,,,,,,,\n',
    );
    const plan = planImport(rows, guessMapping(rows.headers), context);
    expect(plan.errorCount).toBe(0);
    expect(plan.giftCount).toBe(3);
    expect(plan.newDonors).toEqual([
      {
        key: 'helen marsh',
        fields: {
          name: 'Helen Marsh',
          kind: 'person',
          address: '42 Linden Lane\nRiverbend IL',
          email: 'helen@example.org',
          phone: '',
          notes: '',
        },
      },
      {
        key: 'first church',
        fields: { name: 'First Church', kind: 'organisation', address: '1 Church St', email: '', phone: '', notes: '' },
      },
    ]);
    const [bakeryRow, helenRow, pensRow, churchRow] = plan.rows;
    expect(bakeryRow).toMatchObject({ row: 2, donorId: 'bakery-id' });
    expect(bakeryRow?.gift).toEqual({
      date: '2026-03-14',
      category: 'refreshments',
      description: 'Coffee for four meetings',
      quantity: '4 trays',
      valueCents: 123450,
      valuationMethod: 'receipt',
      groupId: 'downtown-id',
      venueId: null,
      acknowledgedOn: null,
    });
    expect(helenRow?.gift).toMatchObject({
      category: 'materials',
      valueCents: 8500,
      valuationMethod: 'donor-estimate',
    });
    expect(pensRow).toMatchObject({ donorId: null, donorKey: 'helen marsh' });
    expect(pensRow?.gift).toMatchObject({ category: 'other', valueCents: 1250, valuationMethod: 'comparable-price' });
    expect(churchRow?.gift).toBeNull();
  });

  it('names each bad row’s problems: a bad date, a bad amount, a missing donor', () => {
    const rows = table(
      HEADER +
        'Sunrise Bakery,,,,2026-13-01,refreshments,Coffee,,20,,\n' +
        'Sunrise Bakery,,,,2026-03-01,refreshments,Tea,,twenty,,\n' +
        ',,,,2026-03-01,printing,Flyers,,50,,\n' +
        'Sunrise Bakery,,,,2026-03-02,refreshments,Cookies,,15,,\n' +
        'Sunrise Bakery,,,,2026-03-03,Volunteer time,Facilitating,,100,,Nowhere Group\n',
    );
    const plan = planImport(rows, guessMapping(rows.headers), context);
    expect(plan.errorCount).toBe(4);
    expect(plan.rows.map((row) => [row.row, row.errors])).toEqual([
      [2, ['“2026-13-01” is not a date: use a date like 2026-10-06 or 10/6/2026.']],
      [3, ['“twenty” is not an amount: use dollars and cents, like 1,234.50']],
      [4, ['The donor’s name is missing.']],
      [5, []],
      [
        6,
        [
          'Volunteer facilitation time is not an in-kind donation: leave this row out.',
          'There is no group called “Nowhere Group”.',
        ],
      ],
    ]);
    // Only good rows carry a gift; the import is refused anyway while any row has a problem.
    expect(plan.rows.map((row) => row.gift !== null)).toEqual([false, false, false, true, false]);
  });

  it('asks for a value rather than guessing one', () => {
    const rows = table(HEADER + 'Sunrise Bakery,,,,2026-03-01,refreshments,Coffee,,,,\n');
    expect(planImport(rows, guessMapping(rows.headers), context).rows[0]?.errors).toEqual([
      'The estimated value is missing (use 0 if unknown).',
    ]);
  });
});

describe('rows that do not line up with the header', () => {
  it('refuses a row with more cells than the header: an unquoted comma, not $1.00 or a cut description', () => {
    const rows = table(
      'Donor,Date,Description,Value\n' +
        'Ann Lee,2026-01-06,Laptop,$1,234.50\n' +
        'Ann Lee,2026-01-07,Pens, paper and folders,12\n' +
        'Ann Lee,2026-01-08,Toner,40\n',
    );
    const plan = planImport(rows, guessMapping(rows.headers), context);
    const problem = (cells: number) =>
      `This row has ${cells} cells but the first row names 4 columns. ` +
      'A comma inside a value needs quotes ("$1,234.50"): save the sheet as CSV again from the spreadsheet.';
    expect(plan.rows.map((row) => [row.row, row.errors])).toEqual([
      [2, [problem(5)]],
      [3, [problem(5)]],
      [4, []],
    ]);
    expect(plan.rows.map((row) => row.gift?.valueCents ?? null)).toEqual([null, null, 4000]);
    expect(plan.errorCount).toBe(2);
  });

  it('takes the blank columns Excel adds after the last named one as columns, not stray commas', () => {
    const rows = table('Donor,Date,Description,Value,,\r\nAnn Lee,2026-01-06,Laptop,"$1,234.50",,\r\n');
    const plan = planImport(rows, guessMapping(rows.headers), context);
    expect(plan.errorCount).toBe(0);
    expect(plan.rows[0]?.gift?.valueCents).toBe(123450);
  });

  it('names a problem by the row the spreadsheet shows, even after blank rows', () => {
    const rows = table(HEADER + '\n,,,,,,,,,,\nSunrise Bakery,,,,2026-13-01,refreshments,Coffee,,20,,\n');
    expect(planImport(rows, guessMapping(rows.headers), context).rows.map((row) => row.row)).toEqual([4]);
  });
});

describe('the donor’s type', () => {
  it('takes person, individual, organisation in either spelling, and the usual kinds of organisation', () => {
    expect(['Person', ' individual ', 'Organisation', 'ORGANIZATION', 'Org.', 'Nonprofit'].map(donorKindOf)).toEqual([
      'person',
      'person',
      'organisation',
      'organisation',
      'organisation',
      'organisation',
    ]);
    expect(['Clinic', 'Foundation', 'Hospital', 'Corporation', 'Church', 'Library'].map(donorKindOf)).toEqual(
      Array(6).fill('organisation'),
    );
  });

  it('reads a blank type as a person, whose greeting suits an organisation too', () => {
    expect(donorKindOf('')).toBe('person');
  });

  it('asks about any other word instead of making the donor a person', () => {
    const rows = table(
      HEADER +
        'Northside Clinic,Clinic,,,2026-03-01,materials,Gauze,,20,,\n' +
        'Helen Marsh,Persn,,,2026-03-01,materials,Pens,,5,,\n' +
        'Ray Ortiz,Refreshments,,,2026-03-01,materials,Cups,,5,,\n',
    );
    const plan = planImport(rows, guessMapping(rows.headers), context);
    expect(plan.newDonors[0]?.fields.kind).toBe('organisation');
    expect(plan.rows.map((row) => row.errors)).toEqual([
      [],
      ['“Persn” is not a donor type: use Person or Organisation.'],
      ['“Refreshments” is not a donor type: use Person or Organisation.'],
    ]);
  });
});

describe('the date acknowledged', () => {
  it('refuses one before the gift was received, in the gift form’s words', () => {
    const rows = table(
      'Donor,Date,Description,Value,Acknowledged\n' +
        'Sunrise Bakery,2026-03-14,Coffee,20,2026-03-01\n' +
        'Sunrise Bakery,2026-03-14,Tea,20,3/14/2026\n',
    );
    const plan = planImport(rows, guessMapping(rows.headers), context);
    expect(plan.rows.map((row) => row.errors)).toEqual([
      ['The gift cannot be acknowledged before it was received.'],
      [],
    ]);
    expect(plan.rows[1]?.gift?.acknowledgedOn).toBe('2026-03-14');
  });
});

describe('gifts already recorded', () => {
  const file = table(
    'Donor,Date,Description,Value\n' +
      'Sunrise Bakery,2026-03-14,Coffee for four meetings,20\n' +
      'Sunrise Bakery,2026-03-14,Coffee for four meetings,25\n' +
      'Helen Marsh,2026-03-15,Pens,5\n' +
      'helen  marsh,2026-03-15,pens,5.00\n' +
      'Sunrise Bakery,2026-03-14,Tea,20\n',
  );
  const withGifts: ImportContext = {
    ...context,
    existingGifts: [
      { donorId: 'bakery-id', date: '2026-03-14', description: 'Coffee  for four Meetings', valueCents: 2000 },
      { donorId: 'bakery-id', date: '2026-03-15', description: 'Tea', valueCents: 2000 },
    ],
  };

  it('leaves out a row matching a gift in the app or an earlier row: same donor, date, description, value', () => {
    const plan = planImport(file, guessMapping(file.headers), withGifts);
    expect(plan.rows.map((row) => [row.row, row.alreadyRecorded, row.leftOut])).toEqual([
      [2, { in: 'app' }, true],
      [3, null, false], // another value
      [4, null, false],
      [5, { in: 'row', row: 4 }, true],
      [6, null, false], // the app's Tea is of another day
    ]);
    expect(plan).toMatchObject({ giftCount: 3, leftOutCount: 2, errorCount: 0 });
    expect(plan.newDonors.map((donor) => donor.fields.name)).toEqual(['Helen Marsh']);
  });

  it('adds them all the same when asked, and still says which they are', () => {
    const plan = planImport(file, guessMapping(file.headers), withGifts, { addAgain: true });
    expect(plan.rows.map((row) => [row.alreadyRecorded !== null, row.leftOut])).toEqual([
      [true, false],
      [false, false],
      [false, false],
      [true, false],
      [false, false],
    ]);
    expect(plan).toMatchObject({ giftCount: 5, leftOutCount: 0 });
  });

  it('looks only where a gift could be recorded already: the known donors on the file’s dates', () => {
    expect(recordedGiftKeys(file, guessMapping(file.headers), context.existingDonors)).toEqual([
      ['bakery-id', '2026-03-14'],
    ]);
  });
});
