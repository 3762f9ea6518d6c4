// The pipeline as a board: one column per step, each person a card with how long they have waited.
// At state scale the Active and Inactive columns hold hundreds of people, so each column renders only
// the cards near the view (ui/useVirtualWindow); its heading says how many there are in all.
import { useCallback, useMemo } from 'react';
import { Link } from '../../ui/router';
import { PIPELINE_STATUSES, type PipelineStatus } from '@shared/model';
import { LONG_WAIT_DAYS, PIPELINE_LABELS, WAITING_STEPS } from '../../domain/pipeline';
import { useVirtualWindow } from '../../ui/useVirtualWindow';
import { dateWords } from './dateWords';
import type { FacilitatorRow } from './useFacilitatorRows';

export function FacilitatorBoard({ rows }: { rows: FacilitatorRow[] }) {
  const byStatus = useMemo(() => {
    const columns = new Map<PipelineStatus, FacilitatorRow[]>(PIPELINE_STATUSES.map((status) => [status, []]));
    for (const row of rows) columns.get(row.person.status)?.push(row);
    return columns;
  }, [rows]);
  return (
    <div className="pipeline-board">
      {PIPELINE_STATUSES.map((status) => (
        <Column key={status} status={status} people={byStatus.get(status) ?? []} />
      ))}
    </div>
  );
}

function Column({ status, people }: { status: PipelineStatus; people: FacilitatorRow[] }) {
  const headingId = `board-${status}`;
  return (
    <section className="pipeline-column" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {PIPELINE_LABELS[status]} <span className="count">({people.length})</span>
      </h2>
      {people.length === 0 ? <p className="muted">No one</p> : <Cards people={people} />}
    </section>
  );
}

function Cards({ people }: { people: FacilitatorRow[] }) {
  const getKey = useCallback((index: number) => people[index]?.person.id ?? index, [people]);
  const { slots, listRef, measure, onFocus, onBlur } = useVirtualWindow<HTMLUListElement>({
    count: people.length,
    estimateSize: 118,
    getKey,
  });
  return (
    <ul ref={listRef} onFocus={onFocus} onBlur={onBlur}>
      {slots.map((slot) => {
        if (slot.kind === 'gap') {
          return <li key={slot.key} className="virtual-gap" aria-hidden="true" style={{ height: slot.size }} />;
        }
        const row = people[slot.index];
        return (
          row && (
            <li
              key={slot.key}
              ref={measure}
              data-index={slot.index}
              aria-posinset={slot.index + 1}
              aria-setsize={people.length}
              className="pipeline-slot"
            >
              <Card row={row} />
            </li>
          )
        );
      })}
    </ul>
  );
}

function Card({ row }: { row: FacilitatorRow }) {
  const { person, since, days, groups } = row;
  const waitingLong = WAITING_STEPS.includes(person.status) && days !== null && days > LONG_WAIT_DAYS;
  return (
    <div className="pipeline-card">
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
    </div>
  );
}
