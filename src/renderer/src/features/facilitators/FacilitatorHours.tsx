// A person's volunteer hours per month, from the meetings recorded as held with them present.
import { useLiveQuery } from 'dexie-react-hooks';
import { volunteerHours } from '../../db/facilitators';
import { formatHours, monthName } from '../../domain/hours';

export function FacilitatorHours({ facilitatorId }: { facilitatorId: string }) {
  const months = useLiveQuery(() => volunteerHours(facilitatorId), [facilitatorId]);
  if (!months) return null;
  const total = months.reduce((sum, month) => sum + month.minutes, 0);
  const meetings = months.reduce((sum, month) => sum + month.meetings, 0);
  return (
    <section className="panel" aria-labelledby="person-hours">
      <h2 id="person-hours">Volunteer hours</h2>
      {months.length === 0 ? (
        <p>No hours yet. Hours count each meeting recorded as held with this person present.</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption className="visually-hidden">Volunteer hours per month</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" className="number">
                  Meetings
                </th>
                <th scope="col" className="number">
                  Hours
                </th>
              </tr>
            </thead>
            <tbody>
              {months.map((month) => (
                <tr key={month.month}>
                  <th scope="row">{monthName(month.month)}</th>
                  <td className="number">{month.meetings}</td>
                  <td className="number">{formatHours(month.minutes)}</td>
                </tr>
              ))}
            </tbody>
            {months.length > 1 && (
              <tfoot>
                <tr>
                  <th scope="row">Total</th>
                  <td className="number">{meetings}</td>
                  <td className="number">{formatHours(total)}</td>
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
    </section>
  );
}
