// After a meeting: was it held (how many came, who facilitated) or cancelled (why)? Counts, never names.
import { useState, type FormEvent } from 'react';
import type { Facilitator, Meeting } from '@shared/model';
import { recordCancelled, recordHeld, type OccurrenceRef } from '../../db/meetings';
import { cancelFormSchema, heldFormSchema } from '../../domain/meetingForm';
import { CheckboxField, ErrorSummary, TextArea, TextField } from '../../ui/fields';
import { nothingChanged, fieldErrorsOf, type FieldErrors, reasonOf } from '../../ui/forms';
import { NameWarning } from '../../ui/NameWarning';
import type { Occurrence } from '../../domain/occurrences';
import { todayIso } from '../../domain/dates';
import { longDate } from '../../domain/wording';

export function RecordMeetingForm({
  occurrence,
  facilitators,
  onSaved,
}: {
  occurrence: Occurrence<Meeting>;
  facilitators: Facilitator[];
  onSaved: (message: string) => void;
}) {
  const meeting = occurrence.meeting;
  // A meeting still to come can be called off ahead, but not recorded as held until its day.
  const ahead = occurrence.date > todayIso();
  const [outcome, setOutcome] = useState<'held' | 'cancelled'>(
    meeting?.outcome === 'cancelled' || (ahead && meeting?.outcome !== 'held') ? 'cancelled' : 'held',
  );
  const [attendance, setAttendance] = useState(meeting?.attendance?.toString() ?? '');
  const [firstTime, setFirstTime] = useState(meeting?.firstTime?.toString() ?? '0');
  const [present, setPresent] = useState<string[]>(
    // A new record starts with the group's active facilitators ticked: not someone on a break or declined.
    meeting?.outcome === 'held'
      ? meeting.facilitatorsPresent
      : facilitators.filter((person) => person.status === 'active').map((person) => person.id),
  );
  const [notes, setNotes] = useState(meeting?.notes ?? '');
  const [reason, setReason] = useState(meeting?.cancelReason || occurrence.cancelReason || '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const ref: OccurrenceRef = {
    scheduleId: occurrence.scheduleId,
    groupId: occurrence.groupId,
    originalDate: occurrence.originalDate,
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    try {
      if (outcome === 'held') {
        const parsed = heldFormSchema.safeParse({ attendance, firstTime, facilitatorsPresent: present, notes });
        if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
        setErrors({});
        await recordHeld(ref, parsed.data);
      } else {
        const parsed = cancelFormSchema.safeParse({ reason });
        if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
        setErrors({});
        await recordCancelled(ref, parsed.data.reason);
      }
      onSaved('Meeting recorded.');
    } catch (error) {
      setProblem(nothingChanged(`The record could not be saved: ${reasonOf(error)}`));
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="record-heading">
      <h2 id="record-heading">Record what happened</h2>
      <ErrorSummary errors={errors} />
      {problem && (
        <p className="notice problem" role="alert">
          {problem}
        </p>
      )}
      <fieldset className="field">
        <legend>What happened?</legend>
        <label className="checkbox">
          <input
            type="radio"
            name="outcome"
            checked={outcome === 'held'}
            disabled={ahead}
            aria-describedby={ahead ? 'not-yet-held' : undefined}
            onChange={() => setOutcome('held')}
          />
          The meeting was held
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name="outcome"
            checked={outcome === 'cancelled'}
            onChange={() => setOutcome('cancelled')}
          />
          The meeting was cancelled
        </label>
        {ahead && (
          <p className="field-help" id="not-yet-held">
            This meeting is on {longDate(occurrence.date)}: you can record how it went from that day. You can call it
            off now.
          </p>
        )}
      </fieldset>
      {outcome === 'held' ? (
        <>
          <div className="form-grid">
            <TextField
              label="Attendance (total)"
              inputMode="numeric"
              value={attendance}
              error={errors.attendance}
              help="Everyone who came, facilitators not counted."
              onChange={(e) => setAttendance(e.target.value)}
            />
            <TextField
              label="First-time attendees"
              inputMode="numeric"
              value={firstTime}
              error={errors.firstTime}
              help="How many of them came for the first time."
              onChange={(e) => setFirstTime(e.target.value)}
            />
          </div>
          <fieldset className="field">
            <legend>Facilitators present</legend>
            {facilitators.length === 0 && <p className="muted">This group has no facilitators assigned yet.</p>}
            {facilitators.map((person) => (
              <CheckboxField
                key={person.id}
                label={person.name}
                checked={present.includes(person.id)}
                onChange={(e) =>
                  setPresent(e.target.checked ? [...present, person.id] : present.filter((id) => id !== person.id))
                }
              />
            ))}
          </fieldset>
          <TextArea
            label="Notes"
            value={notes}
            error={errors.notes}
            rows={3}
            onChange={(e) => setNotes(e.target.value)}
            help="Optional. Topics or room issues, never who came or what they shared."
          />
          <NameWarning text={notes} />
        </>
      ) : (
        <TextField
          label="Reason for cancelling"
          value={reason}
          error={errors.reason}
          help="For example: severe weather, the venue was closed."
          onChange={(e) => setReason(e.target.value)}
        />
      )}
      <div className="button-row">
        <button className="button primary" type="submit">
          Save meeting record
        </button>
      </div>
    </form>
  );
}
