// Writing CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order mark so that
// Excel reads accented names (Conexión en Español) correctly.

export const BOM = '\uFEFF';

/** A cell quoted only when it must be: when it holds a comma, a quote, or a line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

/** The whole file: BOM, a header line, then the rows, every line ending in CRLF. */
export function csvDocument(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = header.length;
  for (const row of rows) {
    if (row.length !== width) throw new RangeError(`A CSV row has ${row.length} cells; the header has ${width}`);
  }
  return BOM + [header, ...rows].map((cells) => `${csvLine(cells)}\r\n`).join('');
}
