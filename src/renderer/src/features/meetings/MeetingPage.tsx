// One meeting: when and where, what happened, and the ways to change it.
import { useState } from 'react';
import { Link, useParams } from '../../ui/router';
import type { Meeting } from '@shared/model';
import { clearRecord } from '../../db/meetings';
import { describeSeries, clockTime, longDate, timeRange } from '../../domain/wording';
import { PageHeader } from '../../ui/PageHeader';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/Notice';
import { EmptyState } from '../../ui/EmptyState';
import { MeetingStateTag } from './MeetingState';
import { RecordMeetingForm } from './RecordMeetingForm';
import { MoveMeetingForm } from './MoveMeetingForm';
import { useOccurrence } from './useOccurrence';
import { useNames } from './useNames';

/** What clearing a record takes away, in the words of the confirmation: "held, 11 came; its move". */
function recordWords(meeting: Meeting | null, moved: boolean): string {
  const parts: string[] = [];
  if (meeting?.outcome === 'held')
    parts.push(meeting.attendance === null ? 'held' : `held, ${meeting.attendance} came`);
  if (meeting?.outcome === 'cancelled')
    parts.push(meeting.cancelReason ? `cancelled: ${meeting.cancelReason}` : 'cancelled');
  if (moved) parts.push('its move');
  return parts.join('; ');
}

export function MeetingPage() {
  const { scheduleId = '', originalDate = '' } = useParams();
  const bundle = useOccurrence(scheduleId, originalDate);
  const names = useNames();
  const [mode, setMode] = useState<'record' | 'move'>('record');
  const [message, setMessage] = useState<string | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);

  if (bundle === undefined || names === undefined) return <PageHeader title="Meeting" />;
  if (bundle === null || bundle.occurrence === null) {
    return (
      <>
        <PageHeader title="Meeting not found" />
        <EmptyState title="This meeting isn't in the schedule">
          <p>The series may have been changed or deleted. Open the group to see its current meetings.</p>
        </EmptyState>
      </>
    );
  }
  const { occurrence, group, schedule, facilitators } = bundle;
  const saved = (text: string) => setMessage(text);
  const ref = { scheduleId, groupId: group.id, originalDate };

  return (
    <>
      <PageHeader title={`${group.name}: ${longDate(occurrence.date)}`} />
      <section className="panel" aria-label="Meeting details">
        <p>
          <MeetingStateTag occurrence={occurrence} />
        </p>
        <dl className="details">
          <dt>When</dt>
          <dd>
            {longDate(occurrence.date)}, {timeRange(occurrence.startTime, occurrence.durationMinutes)}
            {occurrence.moved && (
              <span className="muted">
                {' '}
                (moved; usually {longDate(occurrence.originalDate)} at {clockTime(schedule.startTime)})
              </span>
            )}
          </dd>
          <dt>Where</dt>
          <dd>
            {names.venueName(occurrence.venueId)}
            {occurrence.room && `, ${occurrence.room}`}
          </dd>
          <dt>Series</dt>
          <dd>{describeSeries(schedule)}</dd>
          <dt>Group</dt>
          <dd>
            <Link to={`/groups/${group.id}`}>{group.name}</Link>
          </dd>
        </dl>
      </section>
      <div role="status" className="status-line">
        {message && <Notice kind="success">{message}</Notice>}
      </div>
      <div className="button-row no-print" role="group" aria-label="What to do">
        <button className="button" type="button" aria-pressed={mode === 'record'} onClick={() => setMode('record')}>
          Record what happened
        </button>
        <button className="button" type="button" aria-pressed={mode === 'move'} onClick={() => setMode('move')}>
          Move only this meeting
        </button>
        <Link
          className="button"
          to={`/groups/${group.id}/schedules/${schedule.id}/edit?from=${occurrence.originalDate}`}
        >
          Change this and later meetings
        </Link>
        <Link className="button" to={`/groups/${group.id}/schedules/${schedule.id}/edit`}>
          Change all meetings
        </Link>
        {occurrence.meeting && (
          <button className="button" type="button" onClick={() => setConfirmClear(true)}>
            Clear this record
          </button>
        )}
      </div>
      <ConfirmDialog
        open={confirmClear}
        title={`Clear the record for ${longDate(occurrence.date)}?`}
        confirmLabel="Clear the record"
        danger
        onCancel={() => setConfirmClear(false)}
        onConfirm={async () => {
          setConfirmClear(false);
          await clearRecord(ref);
          saved('The record was cleared; the meeting is back to its usual date, not yet recorded.');
        }}
      >
        <p>
          This clears what was recorded ({recordWords(occurrence.meeting, occurrence.moved)}). The meeting goes back to
          its usual date, not yet recorded.
        </p>
      </ConfirmDialog>
      <div className="panel">
        {mode === 'record' ? (
          <RecordMeetingForm
            key={occurrence.meeting?.updatedAt ?? 'new'}
            occurrence={occurrence}
            facilitators={facilitators}
            onSaved={saved}
          />
        ) : (
          <MoveMeetingForm occurrence={occurrence} onSaved={saved} />
        )}
      </div>
    </>
  );
}
