// Dates with no meetings: holidays and closed venues, for all groups, one venue or one group.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { deleteClosure } from '../../db/closures';
import { isPause } from '../../domain/closures';
import { longDate } from '../../domain/wording';
import { PageHeader } from '../../ui/PageHeader';
import { Notice } from '../../ui/Notice';
import { useNames } from '../meetings/useNames';
import { AddClosureForm } from './AddClosureForm';
import { HolidayPicker } from './HolidayPicker';

export function ClosuresPage() {
  const names = useNames();
  const [message, setMessage] = useState<string | null>(null);
  const closures = useLiveQuery(
    () =>
      db.closures
        .orderBy('startDate')
        .reverse()
        .filter((closure) => !closure.deletedAt)
        .toArray(),
    [],
  );
  const scopeWords = (closure: NonNullable<typeof closures>[number]) =>
    closure.scope === 'all'
      ? 'All groups'
      : closure.scope === 'venue'
        ? `Venue: ${names?.venueName(closure.venueId) ?? ''}`
        : `Group: ${closure.groupId ? (names?.groupName(closure.groupId) ?? '') : ''}`;

  return (
    <>
      <PageHeader title="Closures and holidays">
        <p>
          Meetings that fall on a closure show as cancelled, with its reason, on the calendar, on flyers and in reports.
        </p>
      </PageHeader>
      <div role="status" className="status-line">
        {message && <Notice kind="success">{message}</Notice>}
      </div>
      <AddClosureForm onSaved={setMessage} />
      <HolidayPicker onSaved={setMessage} />
      <section className="panel" aria-labelledby="closure-list">
        <h2 id="closure-list">All closures</h2>
        {closures && closures.length === 0 && <p>No closures yet.</p>}
        {closures && closures.length > 0 && (
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">Closures</caption>
              <thead>
                <tr>
                  <th scope="col">Dates</th>
                  <th scope="col">Applies to</th>
                  <th scope="col">Reason</th>
                  <th scope="col">
                    <span className="visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {closures.map((closure) => (
                  <tr key={closure.id}>
                    <td>
                      {isPause(closure)
                        ? `From ${longDate(closure.startDate)}, until the group is made active again`
                        : longDate(closure.startDate)}
                      {!isPause(closure) &&
                        closure.endDate !== closure.startDate &&
                        ` to ${longDate(closure.endDate)}`}
                    </td>
                    <td>{scopeWords(closure)}</td>
                    <td>{closure.reason}</td>
                    <td>
                      <button
                        className="button"
                        type="button"
                        aria-label={`Remove the closure on ${longDate(closure.startDate)}: ${closure.reason}`}
                        onClick={() =>
                          void deleteClosure(closure.id).then(() => setMessage(`Closure removed: ${closure.reason}.`))
                        }
                      >
                        Remove
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
