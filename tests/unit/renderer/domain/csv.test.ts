import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/renderer/src/domain/csv';

describe('reading a CSV from a spreadsheet', () => {
  it('reads headers and rows, with quoted commas, line breaks and a byte-order mark', () => {
    const result = parseCsv(
      '\uFEFFDonor,Address,Value\r\n"Sunrise Bakery","15 Market St\nRiverbend, IL","$1,234.50"\r\nHelen Marsh,,20\r\n\r\n',
    );
    expect(result).toEqual({
      ok: true,
      table: {
        headers: ['Donor', 'Address', 'Value'],
        rows: [
          { line: 2, cells: ['Sunrise Bakery', '15 Market St\nRiverbend, IL', '$1,234.50'], width: 3 },
          // The address's line break is inside one cell: the spreadsheet shows Helen on row 3.
          { line: 3, cells: ['Helen Marsh', '', '20'], width: 3 },
        ],
      },
    });
  });

  it('keeps a quoted amount with a comma in one cell', () => {
    const result = parseCsv('Donor,Value\nSunrise Bakery,"$1,234.50"\n');
    expect(result.ok && result.table.rows.map((row) => row.cells)).toEqual([['Sunrise Bakery', '$1,234.50']]);
  });

  it('numbers rows as the spreadsheet does, blank rows included, and leaves the blank ones out', () => {
    const result = parseCsv('Donor,Value\r\nAnn Lee,5\r\n\r\n,\r\n   \r\nHelen Marsh,6\r\n');
    expect(result.ok && result.table.rows.map((row) => [row.line, row.cells[0]])).toEqual([
      [2, 'Ann Lee'],
      [6, 'Helen Marsh'],
    ]);
  });

  it('invents no columns for a row longer than the header, and says how wide the row really is', () => {
    const result = parseCsv('Donor,Date,Description,Value\nAnn Lee,2026-01-06,Laptop,$1,234.50\n');
    expect(result).toEqual({
      ok: true,
      table: {
        headers: ['Donor', 'Date', 'Description', 'Value'],
        rows: [{ line: 2, cells: ['Ann Lee', '2026-01-06', 'Laptop', '$1'], width: 5 }],
      },
    });
  });

  it('keeps the blank columns Excel writes after the last named one, on the header and every row', () => {
    const result = parseCsv('Donor,Value,,\r\nAnn Lee,5,,\r\nHelen Marsh,6,,\r\n');
    expect(result.ok && result.table.headers).toEqual(['Donor', 'Value', 'Column 3', 'Column 4']);
    expect(result.ok && result.table.rows.map((row) => row.width)).toEqual([4, 4]);
  });

  it('refuses an empty file, a file with only headers, and a broken quote, saying why', () => {
    expect(parseCsv('')).toEqual({ ok: false, message: 'The file is empty.' });
    expect(parseCsv('Donor,Value\n')).toMatchObject({ ok: false, message: expect.stringMatching(/no rows/) });
    expect(parseCsv('Donor,Value\n\n,\n')).toMatchObject({ ok: false, message: expect.stringMatching(/no rows/) });
    expect(parseCsv('Donor,Value\n"Sunrise Bakery,20\n')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/quoted cell is never closed/),
    });
  });
});
