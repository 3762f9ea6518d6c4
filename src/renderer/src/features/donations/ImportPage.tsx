// Importing donors and gifts from a spreadsheet's CSV: choose the file, match the columns, check every
// row, and only then import. A file with any problem imports nothing; gifts already recorded are left out.
import { useState, type ChangeEvent } from 'react';
import { Link } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import { importDonations, readImportContext, type ImportResult } from '../../db/donationImport';
import { parseCsv, type CsvTable } from '../../domain/csv';
import { guessMapping, mappingProblems, planImport, type ColumnMapping } from '../../domain/donationImport';
import { PageHeader } from '../../ui/PageHeader';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/fields';
import { DonationsNav } from './DonationsNav';
import { ColumnMapper } from './ColumnMapper';
import { ImportPreview } from './ImportPreview';
import { nothingChanged, reasonOf } from '../../ui/forms';

interface Loaded {
  fileName: string;
  table: CsvTable;
  mapping: ColumnMapping;
}

const plural = (count: number, one: string, many: string) => (count === 1 ? `1 ${one}` : `${count} ${many}`);
const rowsWere = (count: number) => plural(count, 'row was', 'rows were');

export function ImportPage() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<(ImportResult & { from: string; to: string }) | null>(null);
  const [busy, setBusy] = useState(false);
  const [addAgain, setAddAgain] = useState(false);

  const plan = useLiveQuery(async () => {
    if (!loaded || mappingProblems(loaded.mapping).length > 0) return null;
    const context = await readImportContext(loaded.table, loaded.mapping);
    return planImport(loaded.table, loaded.mapping, context, { addAgain });
  }, [loaded, addAgain]);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again, once fixed, is noticed.
    input.value = '';
    if (!file) return;
    setDone(null);
    setProblem(null);
    setLoaded(null);
    setAddAgain(false);
    try {
      const parsed = parseCsv(await file.text());
      if (!parsed.ok) {
        setProblem(nothingChanged(`Couldn't read “${file.name}”: ${parsed.message}`));
        return;
      }
      setLoaded({ fileName: file.name, table: parsed.table, mapping: guessMapping(parsed.table.headers) });
    } catch (error) {
      setProblem(nothingChanged(`Couldn't read “${file.name}”: ${reasonOf(error)}`));
    }
  }

  async function confirm() {
    if (!plan) return;
    setBusy(true);
    try {
      const result = await importDonations(plan);
      const dates = plan.rows.flatMap((row) => (row.gift && !row.leftOut ? [row.gift.date] : [])).sort();
      setDone({ ...result, from: dates[0] ?? '', to: dates[dates.length - 1] ?? '' });
      setLoaded(null);
    } catch (error) {
      setProblem(`Nothing was imported: ${reasonOf(error)}`);
    } finally {
      setBusy(false);
    }
  }

  const problems = loaded ? mappingProblems(loaded.mapping) : [];
  const somethingNew = plan && (plan.giftCount > 0 || plan.newDonors.length > 0);
  const ready = plan && plan.errorCount === 0 && somethingNew;

  return (
    <>
      <DonationsNav />
      <PageHeader title="Import from a spreadsheet">
        <p>
          Save your spreadsheet of donors and gifts as a CSV file (in Excel: File, Save As, CSV; in Google Sheets: File,
          Download, CSV), then choose it here. You check the columns and every row before anything is added.
        </p>
      </PageHeader>
      <div className="status-line" role="status">
        {done && (
          <Notice kind="success">
            Imported {plural(done.gifts, 'gift', 'gifts')} and {plural(done.donors, 'new donor', 'new donors')}.{' '}
            {done.leftOut > 0 &&
              `${rowsWere(done.leftOut)} already recorded and ${done.leftOut === 1 ? 'was' : 'were'} left out. `}
            {done.gifts > 0 && <Link to={`/donations?from=${done.from}&to=${done.to}`}>See the imported gifts</Link>}
          </Notice>
        )}
      </div>
      {problem && (
        <Notice kind="problem" role="alert">
          {problem}
        </Notice>
      )}
      <div className="form">
        <TextField
          label="CSV file"
          type="file"
          accept=".csv,text/csv"
          help="The first row should name the columns: Donor, Date, Category, Description, Quantity, Value…"
          onChange={choose}
        />
      </div>
      {loaded && (
        <>
          <ColumnMapper
            fileName={loaded.fileName}
            headers={loaded.table.headers}
            mapping={loaded.mapping}
            problems={problems}
            onChange={(mapping) => setLoaded({ ...loaded, mapping })}
          />
          {plan && (
            <section aria-labelledby="check-heading" className="section">
              <h2 id="check-heading">2. Check the rows</h2>
              <ImportPreview
                plan={plan}
                table={loaded.table}
                mapping={loaded.mapping}
                addAgain={addAgain}
                onAddAgain={setAddAgain}
              />
              <div className="button-row">
                <button className="button primary" type="button" disabled={!ready || busy} onClick={confirm}>
                  {plan.errorCount > 0
                    ? 'Fix the problems to import'
                    : !somethingNew
                      ? 'Nothing new to import'
                      : `Import ${plural(plan.giftCount, 'gift', 'gifts')} and ${plural(plan.newDonors.length, 'new donor', 'new donors')}`}
                </button>
                <button className="button" type="button" onClick={() => setLoaded(null)}>
                  Cancel
                </button>
              </div>
            </section>
          )}
        </>
      )}
    </>
  );
}
