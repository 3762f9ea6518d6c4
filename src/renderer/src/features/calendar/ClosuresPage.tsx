// Dates with no meetings: holidays and closed venues, for all groups, one venue or one group.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { deleteClosure } from '../../db/closures';
import { isPause } from '../../domain/closures';
import { longDate } from '../../domain/wording';
import type { Closure } from '@shared/model';
import { PageHeader } from '../../ui/PageHeader';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/Notice';
import { useNames } from '../meetings/useNames';
import { AddClosureForm } from './AddClosureForm';
import { HolidayPicker } from './HolidayPicker';

/** "Thursday, December 24, 2026", "… to …", or a pause's "From …, until the group is made active again". */
function datesWords(closure: Closure): string {
  if (isPause(closure)) return `From ${longDate(closure.startDate)}, until the group is made active again`;
  if (closure.endDate === closure.startDate) return longDate(closure.startDate);
  return `${longDate(closure.startDate)} to ${longDate(closure.endDate)}`;
}

export function ClosuresPage() {
  const names = useNames();
  const [message, setMessage] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Closure | null>(null);
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
                    <td>{datesWords(closure)}</td>
                    <td>{scopeWords(closure)}</td>
                    <td>{closure.reason}</td>
                    <td>
                      <button
                        className="button"
                        type="button"
                        aria-label={`Remove the closure on ${longDate(closure.startDate)}: ${closure.reason}`}
                        onClick={() => setRemoving(closure)}
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
      <ConfirmDialog
        open={removing !== null}
        title={removing ? `Remove the closure “${removing.reason}”?` : ''}
        confirmLabel="Remove the closure"
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return;
          setRemoving(null);
          await deleteClosure(removing.id);
          setMessage(`Closure removed: ${removing.reason}.`);
        }}
      >
        <p>
          {removing && `${scopeWords(removing)}, ${datesWords(removing)}. `}
          The meetings it called off are expected again, and show as not yet recorded once their day has passed.
        </p>
      </ConfirmDialog>
    </>
  );
}
