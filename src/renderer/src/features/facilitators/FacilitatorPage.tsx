// One facilitator: details, their step and what they wait on, groups, volunteer hours and history.
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { deleteFacilitator, getFacilitator } from '../../db/facilitators';
import { PIPELINE_LABELS, statusSince, WAITING_STEPS } from '../../domain/pipeline';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { fullDateWords } from './dateWords';
import { FacilitatorGroups } from './FacilitatorGroups';
import { FacilitatorHistory } from './FacilitatorHistory';
import { FacilitatorHours } from './FacilitatorHours';
import { MoveForm } from './MoveForm';
import { StatusLine } from './StatusLine';
import { type ActionStatus } from './useAction';
import './facilitators.css';
import { nothingChanged, reasonOf } from '../../ui/forms';

export function FacilitatorPage() {
  const { facilitatorId = '' } = useParams();
  const navigate = useNavigate();
  const flash = (useLocation().state as { message?: string } | null)?.message;
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [problem, setProblem] = useState<ActionStatus | null>(null);
  const person = useLiveQuery(async () => (await getFacilitator(facilitatorId)) ?? null, [facilitatorId]);
  const affiliate = useLiveQuery(
    async () => (person?.affiliateId ? await db.affiliates.get(person.affiliateId) : undefined),
    [person?.affiliateId],
  );

  if (person === undefined) return <PageHeader title="Facilitator" />;
  if (person === null) {
    return (
      <>
        <PageHeader title="Facilitator not found" />
        <p>
          This person was deleted or never existed. <Link to="/facilitators">Back to facilitators</Link>
        </p>
      </>
    );
  }
  const since = statusSince(person);
  const onTheWay = WAITING_STEPS.includes(person.status);

  return (
    <>
      <PageHeader
        title={person.name}
        action={
          <Link className="button" to={`/facilitators/${person.id}/edit`}>
            Edit details
          </Link>
        }
      />
      <p>
        <Link to="/facilitators">All facilitators</Link>
      </p>
      <div role="status" className="status-line">
        {flash && <Notice kind="success">{flash}</Notice>}
      </div>
      <section className="panel" aria-labelledby="person-details">
        <h2 id="person-details">Details</h2>
        <dl className="details">
          <dt>Step</dt>
          <dd>
            {PIPELINE_LABELS[person.status]}
            {since && ` since ${fullDateWords(since)}`}
          </dd>
          <dt>Waiting on</dt>
          <dd>{person.waitingOn || 'Nothing'}</dd>
          <dt>Trained</dt>
          <dd>{person.trainedOn ? fullDateWords(person.trainedOn) : 'Not yet'}</dd>
          <dt>Certified</dt>
          <dd>{person.certifiedOn ? fullDateWords(person.certifiedOn) : 'Not yet'}</dd>
          <dt>Phone</dt>
          <dd>{person.phone || '—'}</dd>
          <dt>Email</dt>
          <dd>{person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : '—'}</dd>
          <dt>Affiliate</dt>
          <dd>{affiliate?.name ?? 'No affiliate'}</dd>
          <dt>Languages</dt>
          <dd>{person.languages.join(', ') || '—'}</dd>
          {person.notes && (
            <>
              <dt>Notes</dt>
              <dd className="pre-line">{person.notes}</dd>
            </>
          )}
        </dl>
      </section>
      {/* Someone on the way is mostly moved on; someone facilitating is mostly looked up for groups and hours. */}
      {onTheWay && <MoveForm person={person} />}
      <FacilitatorGroups person={person} />
      <FacilitatorHours facilitatorId={person.id} />
      {!onTheWay && <MoveForm person={person} />}
      <FacilitatorHistory person={person} />
      <section className="panel" aria-labelledby="person-delete">
        <h2 id="person-delete">Delete</h2>
        <p className="field-help">
          To keep someone's history, move them to Inactive instead. Deleting removes them from every list and group.
        </p>
        <button className="button danger" type="button" onClick={() => setConfirmDelete(true)}>
          Delete {person.name}
        </button>
        <StatusLine status={problem} />
      </section>
      <ConfirmDialog
        open={confirmDelete}
        title={`Delete ${person.name}?`}
        confirmLabel="Delete"
        danger
        onCancel={() => setConfirmDelete(false)}
        onConfirm={async () => {
          setConfirmDelete(false);
          try {
            await deleteFacilitator(person.id);
            navigate('/facilitators', { state: { message: `${person.name} was deleted.` } });
          } catch (error) {
            setProblem({
              kind: 'problem',
              text: nothingChanged(`${person.name} could not be deleted: ${reasonOf(error)}`),
            });
          }
        }}
      >
        <p>
          {person.name} will no longer appear in the pipeline, and will be taken off the groups they facilitate. Meeting
          records that name them as present keep their counts.
        </p>
      </ConfirmDialog>
    </>
  );
}
