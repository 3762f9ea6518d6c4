// The facilitator pipeline: a board with a column per step, or a list with filters.
import { useState } from 'react';
import { Link, useLocation } from '../../ui/router';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { FacilitatorBoard } from './FacilitatorBoard';
import { FacilitatorList } from './FacilitatorList';
import { useFacilitatorRows } from './useFacilitatorRows';
import './facilitators.css';

type View = 'board' | 'list';

export function FacilitatorsPage() {
  const data = useFacilitatorRows();
  const flash = (useLocation().state as { message?: string } | null)?.message;
  const [view, setView] = useState<View>('board');
  const addApplicant = (
    <Link className="button primary" to="/facilitators/new">
      Add applicant
    </Link>
  );
  if (!data) return <PageHeader title="Facilitators" action={addApplicant} />;
  return (
    <>
      <PageHeader title="Facilitators" action={addApplicant}>
        <p>Volunteers from application through screening and training to leading a group.</p>
      </PageHeader>
      <div role="status" className="status-line">
        {flash && <Notice kind="success">{flash}</Notice>}
      </div>
      {data.rows.length === 0 ? (
        <EmptyState
          title="No facilitators yet"
          action={
            <>
              {addApplicant}
              <Link className="button" to="/facilitators/trainings">
                Trainings
              </Link>
            </>
          }
        >
          <p>
            Add the first person who would like to facilitate. You will move them through screening and training here.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="view-bar">
            <div className="segmented" role="group" aria-label="Show as">
              {(['board', 'list'] as const).map((option) => (
                <button
                  key={option}
                  className="button"
                  type="button"
                  aria-pressed={view === option}
                  onClick={() => setView(option)}
                >
                  {option === 'board' ? 'Board' : 'List'}
                </button>
              ))}
            </div>
            <Link to="/facilitators/trainings">Trainings</Link>
          </div>
          {view === 'board' ? (
            <FacilitatorBoard rows={data.rows} />
          ) : (
            <FacilitatorList rows={data.rows} affiliates={data.affiliates} />
          )}
        </>
      )}
    </>
  );
}
