// Reads CSV text saved from a spreadsheet (Excel, Google Sheets, LibreOffice) into a header row and rows.
import Papa from 'papaparse';

export interface CsvRow {
  /** the row number the spreadsheet shows: blank rows count, so it is the number the coordinator looks for */
  line: number;
  /** one cell per header (a row with fewer cells gets blank ones, one with more is cut: see `width`) */
  cells: string[];
  /** how many cells the row really has; more than there are headers means a comma was not in quotes */
  width: number;
}

export interface CsvTable {
  /** the first row's cells; a blank one is called "Column N" so that it can still be chosen */
  headers: string[];
  /** the rows under the header, blank ones left out */
  rows: CsvRow[];
}

export type CsvParse = { ok: true; table: CsvTable } | { ok: false; message: string };

/** More rows than any coordinator's spreadsheet of gifts; beyond this the file is probably not one. */
export const MAX_CSV_ROWS = 20_000;

const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

export function parseCsv(text: string): CsvParse {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return { ok: false, message: 'The file is empty.' };
  // Blank rows are kept until every row has its number, or rows after a blank one would be misnumbered.
  const result = Papa.parse<string[]>(clean, { skipEmptyLines: false });
  const broken = result.errors.find((error) => error.type === 'Quotes');
  if (broken) {
    const row = broken.row === undefined ? '' : ` near row ${broken.row + 1}`;
    return { ok: false, message: `A quoted cell is never closed${row}. Save it from the spreadsheet as CSV again.` };
  }
  const filled = result.data.flatMap((cells, index) => (isBlank(cells) ? [] : [{ line: index + 1, cells }]));
  const [header, ...rows] = filled;
  if (!header) return { ok: false, message: 'The file is empty.' };
  if (rows.length === 0) return { ok: false, message: 'The file has column names but no rows under them.' };
  if (rows.length > MAX_CSV_ROWS) {
    return { ok: false, message: `The file has ${rows.length} rows; at most ${MAX_CSV_ROWS} can be read at once.` };
  }
  // Excel writes every row, the header too, as wide as the widest column ever used, so blank cells at
  // the end of the header are columns like any other: a row as wide as the header is never too wide.
  const headers = header.cells.map((cell, index) => cell.trim() || `Column ${index + 1}`);
  return {
    ok: true,
    table: {
      headers,
      rows: rows.map(({ line, cells }) => ({
        line,
        cells: headers.map((_, index) => (cells[index] ?? '').trim()),
        width: cells.length,
      })),
    },
  };
}
