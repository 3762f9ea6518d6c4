// Totals for the gifts the list shows: overall, by category, by month and by group.
import type { Donation } from '@shared/model';
import { CATEGORY_LABELS } from '../../domain/donationLabels';
import {
  grandTotal,
  monthLabel,
  NO_GROUP,
  totalsByCategory,
  totalsByGroup,
  totalsByMonth,
  type KeyedTotal,
} from '../../domain/donationTotals';
import { formatCents } from '../../domain/money';
import type { DonationRefs } from './useDonationRefs';

const giftsWord = (count: number): string => (count === 1 ? '1 gift' : `${count.toLocaleString('en-US')} gifts`);

function TotalsTable({
  caption,
  column,
  rows,
}: {
  caption: string;
  column: string;
  rows: { key: string; label: string; total: KeyedTotal<string> }[];
}) {
  return (
    <div className="table-wrap">
      <table className="data compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{column}</th>
            <th scope="col" className="number">
              Gifts
            </th>
            <th scope="col" className="number">
              Value
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, total }) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td className="number">{total.count}</td>
              <td className="number">{formatCents(total.cents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DonationTotals({ gifts, refs }: { gifts: Donation[]; refs: DonationRefs }) {
  const total = grandTotal(gifts);
  return (
    <section className="panel" aria-labelledby="totals-heading">
      <h2 id="totals-heading">Totals</h2>
      <p className="total-line">
        <strong>{giftsWord(total.count)}</strong>, estimated value <strong>{formatCents(total.cents)}</strong>
      </p>
      {total.count > 0 && (
        <div className="totals-grid">
          <TotalsTable
            caption="By category"
            column="Category"
            rows={totalsByCategory(gifts).map((row) => ({ key: row.key, label: CATEGORY_LABELS[row.key], total: row }))}
          />
          <TotalsTable
            caption="By month"
            column="Month"
            rows={totalsByMonth(gifts).map((row) => ({ key: row.key, label: monthLabel(row.key), total: row }))}
          />
          <TotalsTable
            caption="By group"
            column="Group"
            rows={totalsByGroup(gifts).map((row) => ({
              key: row.key,
              label: row.key === NO_GROUP ? 'No particular group' : (refs.groupNames.get(row.key) ?? 'A removed group'),
              total: row,
            }))}
          />
        </div>
      )}
    </section>
  );
}
