// One meeting: when and where, what happened, and the ways to change it.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { clearRecord } from '../../db/meetings';
import { describeSeries, clockTime, longDate, timeRange } from '../../domain/wording';
import { PageHeader } from '../../ui/PageHeader';
import { Notice } from '../../ui/Notice';
import { EmptyState } from '../../ui/EmptyState';
import { MeetingStateTag } from './MeetingState';
import { RecordMeetingForm } from './RecordMeetingForm';
import { MoveMeetingForm } from './MoveMeetingForm';
import { useOccurrence } from './useOccurrence';
import { useNames } from './useNames';

export function MeetingPage() {
  const { scheduleId = '', originalDate = '' } = useParams();
  const bundle = useOccurrence(scheduleId, originalDate);
  const names = useNames();
  const [mode, setMode] = useState<'record' | 'move'>('record');
  const [message, setMessage] = useState<string | null>(null);

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
          <button
            className="button"
            type="button"
            onClick={() =>
              void clearRecord(ref).then(() =>
                saved('The record was cleared; the meeting is back to its usual date, not yet recorded.'),
              )
            }
          >
            Clear this record
          </button>
        )}
      </div>
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
