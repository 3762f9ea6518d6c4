// Only this meeting: a new date, time or place for one occurrence; the series is untouched.
import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { moveOccurrence } from '../../db/meetings';
import { moveFormSchema } from '../../domain/meetingForm';
import type { Occurrence } from '../../domain/occurrences';
import { ErrorSummary, SelectField, TextField } from '../../ui/fields';
import { fieldErrorsOf, type FieldErrors } from '../../ui/forms';

export function MoveMeetingForm({
  occurrence,
  onSaved,
}: {
  occurrence: Occurrence;
  onSaved: (message: string) => void;
}) {
  const [date, setDate] = useState(occurrence.date);
  const [startTime, setStartTime] = useState(occurrence.startTime);
  const [venueId, setVenueId] = useState(occurrence.venueId ?? '');
  const [room, setRoom] = useState(occurrence.room);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const venues = useLiveQuery(
    () =>
      db.venues
        .orderBy('name')
        .filter((v) => !v.deletedAt)
        .toArray(),
    [],
  );

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = moveFormSchema.safeParse({ date, startTime, venueId: venueId || null, room });
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
    setErrors({});
    try {
      await moveOccurrence(
        { scheduleId: occurrence.scheduleId, groupId: occurrence.groupId, originalDate: occurrence.originalDate },
        parsed.data,
      );
      onSaved('Meeting moved.');
    } catch (error) {
      setProblem(
        `The meeting could not be moved: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`,
      );
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="move-heading">
      <h2 id="move-heading">Move only this meeting</h2>
      <p className="muted">The rest of the series stays as it is.</p>
      <ErrorSummary errors={errors} />
      {problem && (
        <p className="notice problem" role="alert">
          {problem}
        </p>
      )}
      <div className="form-grid">
        <TextField
          label="New date"
          type="date"
          value={date}
          error={errors.date}
          onChange={(e) => setDate(e.target.value)}
        />
        <TextField
          label="New start time"
          type="time"
          value={startTime}
          error={errors.startTime}
          onChange={(e) => setStartTime(e.target.value)}
        />
        <SelectField
          label="Venue"
          value={venueId}
          // Until the venues are read (a moment), the meeting's venue shows but cannot be changed.
          disabled={venues === undefined}
          options={[
            { value: '', label: 'No venue (online)' },
            ...(venues === undefined && venueId ? [{ value: venueId, label: 'Loading venues…' }] : []),
            ...(venues ?? []).map((v) => ({ value: v.id, label: v.name })),
          ]}
          onChange={(e) => setVenueId(e.target.value)}
        />
        <TextField label="Room" value={room} error={errors.room} onChange={(e) => setRoom(e.target.value)} />
      </div>
      <div className="button-row">
        <button className="button primary" type="submit">
          Move meeting
        </button>
      </div>
    </form>
  );
}
