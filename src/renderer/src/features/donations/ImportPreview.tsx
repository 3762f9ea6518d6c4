// Step 2 of an import: every row as it will be added, and every problem, by the spreadsheet's row number.
import type { CsvTable } from '../../domain/csv';
import type { ColumnMapping, ImportPlan, ImportRow } from '../../domain/donationImport';
import { CATEGORY_LABELS } from '../../domain/donationLabels';
import { formatCents } from '../../domain/money';
import { CheckboxField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { shortDate } from './dates';

/** Rows shown in the preview besides every row with a problem. */
const PREVIEW_ROWS = 100;

const rowsWere = (count: number) => (count === 1 ? '1 row was' : `${count} rows were`);

function checkOf(row: ImportRow): string {
  if (row.alreadyRecorded) {
    const where = row.alreadyRecorded.in === 'app' ? 'Already recorded' : `Same as row ${row.alreadyRecorded.row}`;
    return `${where}: ${row.leftOut ? 'left out' : 'added again'}`;
  }
  return row.gift ? 'Ready' : 'Donor only';
}

export function ImportPreview({
  plan,
  table,
  mapping,
  addAgain,
  onAddAgain,
}: {
  plan: ImportPlan;
  table: CsvTable;
  mapping: ColumnMapping;
  addAgain: boolean;
  onAddAgain: (addAgain: boolean) => void;
}) {
  const bad = plan.rows.filter((row) => row.errors.length > 0);
  const recorded = plan.rows.filter((row) => row.alreadyRecorded !== null).length;
  const somethingNew = plan.giftCount > 0 || plan.newDonors.length > 0;
  // The plan's rows are the table's rows, in order: the cells as written, for rows that could not be read.
  const shown = plan.rows.flatMap((row, index) =>
    index < PREVIEW_ROWS || row.errors.length > 0 ? [{ row, cells: table.rows[index]?.cells ?? [] }] : [],
  );
  const raw = (cells: readonly string[], column: number | undefined) =>
    column === undefined ? '' : (cells[column] ?? '');
  return (
    <>
      {bad.length > 0 ? (
        <div role="alert">
          <Notice kind="problem">
            <p>
              <strong>
                {bad.length === 1 ? '1 row has a problem' : `${bad.length} rows have problems`}, so nothing can be
                imported yet.
              </strong>{' '}
              Fix {bad.length === 1 ? 'it' : 'them'} in your spreadsheet, save it as CSV again and choose it above.
              Nothing has been changed.
            </p>
            <ul>
              {bad.map((row) => (
                <li key={row.row}>
                  Row {row.row}: {row.errors.join(' ')}
                </li>
              ))}
            </ul>
          </Notice>
        </div>
      ) : recorded === 0 ? (
        <Notice kind="info">
          All {plan.rows.length} rows are ready: {plan.giftCount} gifts and {plan.newDonors.length} new donors. Nothing
          is added until you press Import.
        </Notice>
      ) : (
        <Notice kind="warning">
          <p>
            {addAgain
              ? `${rowsWere(recorded)} already recorded: they will be added again, as you asked.`
              : `${rowsWere(recorded)} already recorded and will be left out.`}{' '}
            {somethingNew
              ? `${plan.giftCount} gifts and ${plan.newDonors.length} new donors are ready. Nothing is added until you press Import.`
              : 'There is nothing new to import. Nothing has been changed.'}
          </p>
          <CheckboxField
            label="Add the rows already recorded again (only if those gifts really were given twice)"
            checked={addAgain}
            onChange={(event) => onAddAgain(event.target.checked)}
          />
        </Notice>
      )}
      <div className="table-wrap">
        <table className="data">
          <caption className="visually-hidden">Rows of the file, as they will be imported</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Donor</th>
              <th scope="col">Date</th>
              <th scope="col">Category</th>
              <th scope="col">What was given</th>
              <th scope="col" className="number">
                Value
              </th>
              <th scope="col">Check</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ row, cells }) => (
              <tr key={row.row} className={row.errors.length > 0 ? 'row-problem' : undefined}>
                <th scope="row">{row.row}</th>
                <td>
                  {row.donorName || <span className="muted">(none)</span>}
                  {row.donorName && row.donorId === null && (
                    <>
                      {' '}
                      <span className="tag">New donor</span>
                    </>
                  )}
                </td>
                <td>{row.gift ? shortDate(row.gift.date) : raw(cells, mapping.date)}</td>
                <td>{row.gift ? CATEGORY_LABELS[row.gift.category] : raw(cells, mapping.category)}</td>
                <td>{row.gift ? row.gift.description : raw(cells, mapping.description)}</td>
                <td className="number">{row.gift ? formatCents(row.gift.valueCents) : raw(cells, mapping.value)}</td>
                <td>
                  {row.errors.length > 0 ? (
                    <span className="row-errors">
                      <span aria-hidden="true">✖ </span>
                      {row.errors.join(' ')}
                    </span>
                  ) : (
                    checkOf(row)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length < plan.rows.length && (
        <p className="muted">
          Showing the first {PREVIEW_ROWS} rows and every row with a problem, of {plan.rows.length}.
        </p>
      )}
    </>
  );
}
