import { describe, expect, it } from 'vitest';
import { parseCsv, type CsvTable } from '../../../../src/renderer/src/domain/csv';
import {
  guessMapping,
  mappingProblems,
  parseSheetDate,
  planImport,
} from '../../../../src/renderer/src/domain/donationImport';

const table = (text: string): CsvTable => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.message);
  return result.table;
};

const context = {
  existingDonors: [{ id: 'bakery-id', name: 'Sunrise Bakery' }],
  groups: [{ id: 'downtown-id', name: 'Downtown Tuesday Connection' }],
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
