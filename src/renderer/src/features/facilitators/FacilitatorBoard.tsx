// The pipeline as a board: one column per step, each person a card with how long they have waited.
import { Link } from 'react-router-dom';
import { PIPELINE_STATUSES } from '@shared/model';
import { LONG_WAIT_DAYS, PIPELINE_LABELS, WAITING_STEPS } from '../../domain/pipeline';
import { dateWords } from './dateWords';
import type { FacilitatorRow } from './useFacilitatorRows';

export function FacilitatorBoard({ rows }: { rows: FacilitatorRow[] }) {
  return (
    <div className="pipeline-board">
      {PIPELINE_STATUSES.map((status) => {
        const people = rows.filter((row) => row.person.status === status);
        const headingId = `board-${status}`;
        return (
          <section key={status} className="pipeline-column" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {PIPELINE_LABELS[status]} <span className="count">({people.length})</span>
            </h2>
            {people.length === 0 ? (
              <p className="muted">No one</p>
            ) : (
              <ul>
                {people.map((row) => (
                  <Card key={row.person.id} row={row} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

function Card({ row }: { row: FacilitatorRow }) {
  const { person, since, days, groups } = row;
  const waitingLong = WAITING_STEPS.includes(person.status) && days !== null && days > LONG_WAIT_DAYS;
  return (
    <li className="pipeline-card">
      <Link to={`/facilitators/${person.id}`}>{person.name}</Link>
      {since && (
        <span className="muted">
          Since {dateWords(since)}
          {days !== null && days > 0 && ` · ${days} ${days === 1 ? 'day' : 'days'}`}
        </span>
      )}
      {person.waitingOn && <span>Waiting on: {person.waitingOn}</span>}
      {groups.length > 0 && <span>{groups.join(', ')}</span>}
      {waitingLong && <span className="tag warning">⚠ Waiting over {LONG_WAIT_DAYS} days</span>}
    </li>
  );
}
