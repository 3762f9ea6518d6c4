import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvDocument } from '../../../../src/renderer/src/domain/csvExport';
import { safeText } from '../../../../src/renderer/src/domain/reportCsv';
import { parseCsv } from '../../../../src/renderer/src/domain/csv';
import {
  averageText,
  dollarsText,
  hoursShown,
  hoursText,
  oneDecimal,
} from '../../../../src/renderer/src/domain/reportFormat';

describe('CSV cells (RFC 4180)', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Downtown Tuesday Connection')).toBe('Downtown Tuesday Connection');
    expect(csvCell('Conexión en Español')).toBe('Conexión en Español');
    expect(csvCell('')).toBe('');
  });

  it('quotes names with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('Grove Avenue, Church Hall')).toBe('"Grove Avenue, Church Hall"');
    expect(csvCell('The "Thursday" group')).toBe('"The ""Thursday"" group"');
    expect(csvCell('Two\nlines')).toBe('"Two\nlines"');
    expect(csvCell('Carriage\rreturn')).toBe('"Carriage\rreturn"');
  });
});

describe('a CSV document', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    const text = csvDocument(['a', 'b'], [['1', 'x, y']]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toBe('\uFEFFa,b\r\n1,"x, y"\r\n');
  });

  it('reads back exactly as written by a CSV reader', () => {
    const rows = [['Grove "Every Other", Hall', 'Conexión', 'plain']];
    const parsed = parseCsv(csvDocument(['one', 'two', 'three'], rows));
    expect(parsed).toEqual({
      ok: true,
      table: { headers: ['one', 'two', 'three'], rows: rows.map((cells) => ({ line: 2, cells, width: 3 })) },
    });
  });

  it('refuses a row whose width differs from the header', () => {
    expect(() => csvDocument(['a', 'b'], [['1']])).toThrow(RangeError);
  });

  it('keeps a name that starts like a formula from running in a spreadsheet', () => {
    expect(safeText('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(safeText('+1 group')).toBe("'+1 group");
    expect(safeText('@home')).toBe("'@home");
    expect(safeText('-minus')).toBe("'-minus");
    expect(safeText('Downtown')).toBe('Downtown');
  });
});

describe('report decimals', () => {
  it('gives one decimal with a dot, rounding halves up', () => {
    expect(oneDecimal(19, 3)).toBe('6.3');
    expect(oneDecimal(2, 3)).toBe('0.7');
    expect(oneDecimal(1, 4)).toBe('0.3');
    expect(oneDecimal(3, 4)).toBe('0.8');
    expect(oneDecimal(14, 2)).toBe('7.0');
    expect(oneDecimal(1049, 100)).toBe('10.5');
    expect(oneDecimal(1, 0)).toBeNull();
  });

  it('leaves the average blank when no meeting was held', () => {
    expect(averageText(0, 0)).toBeNull();
    expect(averageText(0, 2)).toBe('0.0');
  });

  it('writes facilitator hours from minutes', () => {
    expect(hoursText(0)).toBe('0.0');
    expect(hoursText(90)).toBe('1.5');
    expect(hoursText(45)).toBe('0.8');
    expect(hoursText(100)).toBe('1.7');
    expect(hoursText(90 * 2 * 650)).toBe('1950.0');
  });

  it('shows facilitator hours on screen and paper with thousands grouped, the file’s digits otherwise', () => {
    expect(hoursShown(0)).toBe('0.0');
    expect(hoursShown(45)).toBe('0.8');
    expect(hoursShown(90 * 2 * 650)).toBe('1,950.0');
    expect(hoursShown(1_198_470)).toBe('19,974.5');
    expect(hoursShown(60_000_000)).toBe('1,000,000.0');
    expect(hoursShown(-30)).toBe('-0.5');
    expect(hoursShown(-90_000)).toBe('-1,500.0');
  });

  it('writes dollars with two decimals and no thousands separator', () => {
    expect(dollarsText(0)).toBe('0.00');
    expect(dollarsText(5)).toBe('0.05');
    expect(dollarsText(1250)).toBe('12.50');
    expect(dollarsText(123456789)).toBe('1234567.89');
    expect(() => dollarsText(0.5)).toThrow(RangeError);
  });
});
