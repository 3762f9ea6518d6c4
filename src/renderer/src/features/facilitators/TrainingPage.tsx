// One training: its details, who is enrolled and attended, completing it, and certifying those trained.
import { Link, useLocation, useParams } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { facilitatorsAt } from '../../db/facilitators';
import { getTraining } from '../../db/trainings';
import { PageHeader } from '../../ui/PageHeader';
import { Notice } from '../../ui/Notice';
import { fullDateWords } from './dateWords';
import { OpenTrainees } from './OpenTrainees';
import { CompletedTrainees } from './CompletedTrainees';
import { trainingDates } from './TrainingsPage';
import { StatusLine } from './StatusLine';
import { useAction } from './useAction';
import './facilitators.css';

export function TrainingPage() {
  const { trainingId = '' } = useParams();
  const flash = (useLocation().state as { message?: string } | null)?.message;
  // One status line for both halves, so "Training completed" stays in view as the page changes.
  const action = useAction();
  const data = useLiveQuery(async () => {
    const training = await getTraining(trainingId);
    if (!training) return null;
    const [enrolled, approved] = await Promise.all([
      db.facilitators.bulkGet(training.traineeIds),
      facilitatorsAt(['approved']),
    ]);
    return {
      training,
      trainees: enrolled.flatMap((person) => (person && !person.deletedAt ? [person] : [])),
      candidates: approved.filter((person) => !training.traineeIds.includes(person.id)),
    };
  }, [trainingId]);

  if (data === undefined) return <PageHeader title="Training" />;
  if (data === null) {
    return (
      <>
        <PageHeader title="Training not found" />
        <p>
          This training was deleted or never existed. <Link to="/facilitators/trainings">Back to trainings</Link>
        </p>
      </>
    );
  }
  const { training, trainees, candidates } = data;

  return (
    <>
      <PageHeader title={`Training, ${trainingDates(training)}`} />
      <p>
        <Link to="/facilitators/trainings">All trainings</Link>
      </p>
      <div role="status" className="status-line">
        {flash && !action.status && <Notice kind="success">{flash}</Notice>}
      </div>
      <section className="panel" aria-labelledby="training-details">
        <h2 id="training-details">Details</h2>
        <dl className="details">
          <dt>Dates</dt>
          <dd>
            {training.startDate === training.endDate
              ? fullDateWords(training.startDate)
              : `${fullDateWords(training.startDate)} to ${fullDateWords(training.endDate)}`}
          </dd>
          <dt>Place</dt>
          <dd>{training.place}</dd>
          <dt>Trainer</dt>
          <dd>{training.trainer || '—'}</dd>
          <dt>Completed</dt>
          <dd>{training.completedOn ? fullDateWords(training.completedOn) : 'Not yet'}</dd>
        </dl>
      </section>
      {training.completedOn ? (
        <CompletedTrainees training={training} trainees={trainees} action={action} />
      ) : (
        <OpenTrainees training={training} trainees={trainees} candidates={candidates} action={action} />
      )}
      <StatusLine status={action.status} />
    </>
  );
}
