// What a donated space has given: each meeting held there, at its fair rental value, month by month.
import { useLiveQuery } from 'dexie-react-hooks';
import { format, subMonths } from 'date-fns';
import type { Venue } from '@shared/model';
import { donatedSpaceAtVenue } from '../../db/venues';
import { isDonatedSpace } from '../../domain/donatedSpace';
import { toDate, todayIso } from '../../domain/dates';
import { formatCents } from '../../domain/money';

const monthName = (month: string) => format(toDate(`${month}-01`), 'MMMM yyyy');
const meetingsWord = (n: number) => (n === 1 ? '1 meeting' : `${n} meetings`);

export function DonatedSpacePanel({ venue }: { venue: Venue }) {
  const today = todayIso();
  const toMonth = today.slice(0, 7);
  const fromMonth = format(subMonths(toDate(today), 11), 'yyyy-MM');
  const summary = useLiveQuery(
    () => donatedSpaceAtVenue(venue.id, fromMonth, toMonth),
    [venue.id, venue.costCents, venue.fairRentalCents, fromMonth, toMonth],
  );
  if (!isDonatedSpace(venue)) return null;
  return (
    <section className="panel" aria-labelledby="donated-space">
      <h2 id="donated-space">Donated space</h2>
      <p>
        {venue.name} lends its space free of charge. Each meeting held here counts as an in-kind gift of meeting space
        worth {formatCents(venue.fairRentalCents)} (its fair rental value), with no need to log each one.
      </p>
      {summary && (
        <>
          <p>
            <strong>
              Last 12 months: {meetingsWord(summary.meetingsHeld)} held, {formatCents(summary.valueCents)} of donated
              space.
            </strong>
          </p>
          {summary.months.length > 0 && (
            <div className="table-wrap">
              <table className="data">
                <caption className="visually-hidden">Donated space by month</caption>
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    <th scope="col" className="number">
                      Meetings held
                    </th>
                    <th scope="col" className="number">
                      Value
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...summary.months].reverse().map((month) => (
                    <tr key={month.month}>
                      <td>{monthName(month.month)}</td>
                      <td className="number">{month.meetingsHeld}</td>
                      <td className="number">{formatCents(month.valueCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
