// Reads CSV text saved from a spreadsheet (Excel, Google Sheets, LibreOffice) into a header row and rows.
import Papa from 'papaparse';

export interface CsvTable {
  headers: string[];
  /** every row has exactly as many cells as there are headers */
  rows: string[][];
}

export type CsvParse = { ok: true; table: CsvTable } | { ok: false; message: string };

/** More rows than any coordinator's spreadsheet of gifts; beyond this the file is probably not one. */
export const MAX_CSV_ROWS = 20_000;

export function parseCsv(text: string): CsvParse {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return { ok: false, message: 'The file is empty.' };
  const result = Papa.parse<string[]>(clean, { skipEmptyLines: 'greedy' });
  const broken = result.errors.find((error) => error.type === 'Quotes');
  if (broken) {
    const row = broken.row === undefined ? '' : ` near row ${broken.row + 1}`;
    return { ok: false, message: `A quoted cell is never closed${row}. Save it from the spreadsheet as CSV again.` };
  }
  const [header, ...rows] = result.data;
  if (!header || header.every((cell) => cell.trim() === '')) {
    return { ok: false, message: 'The first row should name the columns, but it is blank.' };
  }
  if (rows.length === 0) return { ok: false, message: 'The file has column names but no rows under them.' };
  if (rows.length > MAX_CSV_ROWS) {
    return { ok: false, message: `The file has ${rows.length} rows; at most ${MAX_CSV_ROWS} can be read at once.` };
  }
  const headers = header.map((cell, index) => cell.trim() || `Column ${index + 1}`);
  const width = Math.max(headers.length, ...rows.map((row) => row.length));
  while (headers.length < width) headers.push(`Column ${headers.length + 1}`);
  return {
    ok: true,
    table: {
      headers,
      rows: rows.map((row) => Array.from({ length: width }, (_, index) => (row[index] ?? '').trim())),
    },
  };
}
