// What combining would change, in a few lines of counts, with every change listed underneath for
// those who want to look (the first few hundred: a whole state's first exchange is tens of thousands).
import { RECORD_TABLES, type RecordOf, type RecordTable } from '@shared/model';
import type { ExchangePlan, PlanSummary } from '../../domain/exchangePlan';
import { CHANGE_LABELS, changeLines, describeRecord, nounFor, sortKeyOf } from '../../domain/exchangeWords';
import type { TableMerge } from '../../domain/merge';

const LISTED = 300;

export function ChangeList({
  plan,
  summary,
  names,
}: {
  plan: ExchangePlan;
  summary: PlanSummary;
  names: ReadonlyMap<string, string>;
}) {
  const lines = changeLines(summary.counts);
  const rows: { key: string; noun: string; what: string; change: string }[] = [];
  for (const table of RECORD_TABLES) {
    const part: (typeof rows)[number][] = [];
    const order = new Map<string, string>();
    for (const change of (plan[table] as TableMerge<RecordOf<RecordTable>>).changes) {
      if (change.kind === 'quiet') continue;
      const record = change.after ?? change.before;
      if (!record) continue;
      const key = `${table}:${change.key}`;
      order.set(key, sortKeyOf(table, record, names));
      part.push({
        key,
        noun: nounFor(table),
        what: describeRecord(table, record, names),
        change: CHANGE_LABELS[change.kind],
      });
    }
    part.sort((a, b) => ((order.get(a.key) ?? '') < (order.get(b.key) ?? '') ? -1 : 1));
    rows.push(...part);
  }
  return (
    <>
      {lines.length === 0 ? (
        <p>
          No records are added, updated or deleted{summary.conflicts.length > 0 ? ' unless you choose so below' : ''}.
        </p>
      ) : (
        <ul className="exchange-summary">
          {lines.map(({ kind, label, words }) => (
            <li key={kind}>
              <strong>{label}:</strong> {words}
            </li>
          ))}
        </ul>
      )}
      {summary.quiet > 0 && (
        <p className="muted">
          Also kept in step, with nothing to see: {summary.quiet.toLocaleString('en-US')}{' '}
          {summary.quiet === 1 ? 'record' : 'records'} (such as deletions of records this computer never had, noted so
          they never come back).
        </p>
      )}
      {rows.length > 0 && (
        <details className="exchange-details">
          <summary>See each change</summary>
          <div className="table-wrap">
            <table className="data compact">
              <thead>
                <tr>
                  <th scope="col">Record</th>
                  <th scope="col">Which</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, LISTED).map((row) => (
                  <tr key={row.key}>
                    <td>{row.noun}</td>
                    <td>{row.what}</td>
                    <td>{row.change}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length > LISTED && (
            <p className="table-more">And {(rows.length - LISTED).toLocaleString('en-US')} more, counted above.</p>
          )}
        </details>
      )}
    </>
  );
}
