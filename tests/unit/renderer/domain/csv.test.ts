import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/renderer/src/domain/csv';

describe('reading a CSV from a spreadsheet', () => {
  it('reads headers and rows, with quoted commas, line breaks and a byte-order mark', () => {
    const result = parseCsv(
      '\uFEFFDonor,Address,Value\r\n"Sunrise Bakery","15 Market St\nRiverbend, IL",$1,234.50\r\nHelen Marsh,,20\r\n\r\n',
    );
    expect(result).toEqual({
      ok: true,
      table: {
        headers: ['Donor', 'Address', 'Value', 'Column 4'],
        rows: [
          ['Sunrise Bakery', '15 Market St\nRiverbend, IL', '$1', '234.50'],
          ['Helen Marsh', '', '20', ''],
        ],
      },
    });
  });

  it('keeps a quoted amount with a comma in one cell', () => {
    const result = parseCsv('Donor,Value\nSunrise Bakery,"$1,234.50"\n');
    expect(result.ok && result.table.rows).toEqual([['Sunrise Bakery', '$1,234.50']]);
  });

  it('refuses an empty file, a file with only headers, and a broken quote, saying why', () => {
    expect(parseCsv('')).toEqual({ ok: false, message: 'The file is empty.' });
    expect(parseCsv('Donor,Value\n')).toMatchObject({ ok: false, message: expect.stringMatching(/no rows/) });
    expect(parseCsv('Donor,Value\n"Sunrise Bakery,20\n')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/quoted cell is never closed/),
    });
  });
});
