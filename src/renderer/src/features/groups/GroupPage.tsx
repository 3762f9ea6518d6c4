// One group: its details, its meeting series, its meetings and its facilitators.
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { deleteGroup, getGroup, updateGroup } from '../../db/groups';
import { FORMAT_LABELS, PROGRAM_LABELS, STATUS_LABELS } from '../../domain/labels';
import { PageHeader } from '../../ui/PageHeader';
import { Notice } from '../../ui/Notice';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { GroupSchedules } from './GroupSchedules';
import { GroupMeetings } from './GroupMeetings';
import { GroupFacilitatorsPanel } from '../facilitators/GroupFacilitatorsPanel';

export function GroupPage() {
  const { groupId = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const flash = (location.state as { message?: string } | null)?.message;
  const [message, setMessage] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const group = useLiveQuery(async () => (await getGroup(groupId)) ?? null, [groupId]);
  const affiliate = useLiveQuery(
    async () => (group?.affiliateId ? await db.affiliates.get(group.affiliateId) : undefined),
    [group?.affiliateId],
  );

  if (group === undefined) return <PageHeader title="Group" />;
  if (group === null) {
    return (
      <>
        <PageHeader title="Group not found" />
        <p>
          This group was deleted or never existed. <Link to="/groups">Back to all groups</Link>
        </p>
      </>
    );
  }

  const setStatus = async (status: 'active' | 'paused' | 'ended', words: string) => {
    await updateGroup(group.id, { status });
    setMessage(words);
  };

  return (
    <>
      <PageHeader
        title={group.name}
        action={
          <div className="button-row">
            <Link className="button" to={`/print/flyer/${group.id}`}>
              Flyer
            </Link>
            <Link className="button primary" to={`/groups/${group.id}/edit`}>
              Edit group
            </Link>
          </div>
        }
      />
      <div role="status" className="status-line">
        {(message ?? flash) && <Notice kind="success">{message ?? flash}</Notice>}
      </div>
      <section className="panel" aria-labelledby="group-details">
        <h2 id="group-details">Details</h2>
        <dl className="details">
          <dt>Status</dt>
          <dd>{STATUS_LABELS[group.status]}</dd>
          <dt>Program</dt>
          <dd>{PROGRAM_LABELS[group.program]}</dd>
          <dt>Affiliate</dt>
          <dd>{affiliate?.name ?? 'No affiliate'}</dd>
          <dt>Language</dt>
          <dd>{group.language}</dd>
          <dt>Format</dt>
          <dd>{FORMAT_LABELS[group.format]}</dd>
          <dt>Public contact</dt>
          <dd>{[group.contactPhone, group.contactEmail].filter(Boolean).join(', ') || 'None yet'}</dd>
        </dl>
      </section>
      <GroupSchedules group={group} />
      <GroupFacilitatorsPanel groupId={group.id} />
      <GroupMeetings group={group} />
      <section className="panel" aria-labelledby="group-status">
        <h2 id="group-status">Pause, end or delete</h2>
        <div className="button-row">
          {group.status === 'active' && (
            <button
              className="button"
              type="button"
              onClick={() =>
                void setStatus(
                  'paused',
                  'Group paused. Its meetings from tomorrow are called off ("Group paused") until you make it active again.',
                )
              }
            >
              Pause group
            </button>
          )}
          {group.status !== 'active' && (
            <button
              className="button"
              type="button"
              onClick={() =>
                void setStatus(
                  'active',
                  group.status === 'ended'
                    ? 'Group is active again. Its meeting series ended with it: add a schedule, or change a series, to plan its meetings.'
                    : 'Group is active again. Its meetings from today are back on the calendar.',
                )
              }
            >
              Make group active
            </button>
          )}
          {group.status !== 'ended' && (
            <button
              className="button"
              type="button"
              onClick={() => void setStatus('ended', 'Group ended. Its meetings after today are off the calendar.')}
            >
              End group
            </button>
          )}
          <button className="button danger" type="button" onClick={() => setConfirmDelete(true)}>
            Delete group
          </button>
        </div>
        <p className="field-help">
          Pausing calls off the group's meetings from tomorrow until you make it active again: they show as cancelled,
          "Group paused", on the calendar and in reports. Ending also ends its meeting series today. Both keep the
          group's history in reports. Deleting removes it from every list.
        </p>
      </section>
      <ConfirmDialog
        open={confirmDelete}
        title={`Delete ${group.name}?`}
        confirmLabel="Delete"
        danger
        onCancel={() => setConfirmDelete(false)}
        onConfirm={async () => {
          setConfirmDelete(false);
          await deleteGroup(group.id);
          navigate('/groups', { state: { message: `${group.name} was deleted.` } });
        }}
      >
        <p>
          {group.name}, its schedule and its room bookings will no longer appear in lists, the calendar or reports. Its
          meeting records are kept in backups. To keep its history in reports, end the group instead.
        </p>
      </ConfirmDialog>
    </>
  );
}
