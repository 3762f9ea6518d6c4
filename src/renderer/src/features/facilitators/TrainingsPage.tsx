// Trainings: the two-day events that take people approved for training to trained.
import { Link, useLocation } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import { listTrainings } from '../../db/trainings';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { dateWords } from './dateWords';

export function trainingDates(training: { startDate: string; endDate: string }): string {
  return training.startDate === training.endDate
    ? dateWords(training.startDate)
    : `${dateWords(training.startDate)} to ${dateWords(training.endDate)}`;
}

export function TrainingsPage() {
  const trainings = useLiveQuery(listTrainings);
  const flash = (useLocation().state as { message?: string } | null)?.message;
  const plan = (
    <Link className="button primary" to="/facilitators/trainings/new">
      Plan a training
    </Link>
  );
  return (
    <>
      <PageHeader title="Trainings" action={plan}>
        <p>
          Enroll people approved for training. When you mark a training completed, everyone who attended moves to
          Trained.
        </p>
      </PageHeader>
      <p>
        <Link to="/facilitators">All facilitators</Link>
      </p>
      <div role="status" className="status-line">
        {flash && <Notice kind="success">{flash}</Notice>}
      </div>
      {trainings === undefined ? null : trainings.length === 0 ? (
        <EmptyState title="No trainings yet" action={plan}>
          <p>Plan the next facilitator training: its dates, place and trainer. Then enroll the people who are ready.</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption className="visually-hidden">Trainings, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Dates</th>
                <th scope="col">Place</th>
                <th scope="col">Trainer</th>
                <th scope="col" className="number">
                  Trainees
                </th>
                <th scope="col">Completed</th>
              </tr>
            </thead>
            <tbody>
              {trainings.map((training) => (
                <tr key={training.id}>
                  <td>
                    <Link to={`/facilitators/trainings/${training.id}`}>{trainingDates(training)}</Link>
                  </td>
                  <td>{training.place}</td>
                  <td>{training.trainer || '—'}</td>
                  <td className="number">{training.traineeIds.length}</td>
                  <td>{training.completedOn ? dateWords(training.completedOn) : 'Not yet'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
