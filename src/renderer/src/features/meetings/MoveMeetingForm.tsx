// Only this meeting: a new date, time or place for one occurrence; the series is untouched. A move to a
// venue is checked first against the other groups' bookings and moved meetings there, like a booking.
import { useRef, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { moveOccurrence } from '../../db/meetings';
import { moveFormSchema, type MoveForm } from '../../domain/meetingForm';
import type { Occurrence } from '../../domain/occurrences';
import { ErrorSummary, SelectField, TextField } from '../../ui/fields';
import { nothingChanged, fieldErrorsOf, type FieldErrors, reasonOf } from '../../ui/forms';
import { Notice } from '../../ui/Notice';
import { ConflictChoices } from '../venues/ConflictList';
import { RoomField, roomForVenue } from '../venues/RoomField';
import { useConflictCheck } from '../venues/useConflictCheck';

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
  const [room, setRoom] = useState<string | null>(occurrence.room);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<MoveForm | null>(null);
  const { state: check, checkMove, reset } = useConflictCheck();
  const formRef = useRef<HTMLFormElement>(null);
  const venues = useLiveQuery(
    () =>
      db.venues
        .orderBy('name')
        .filter((v) => !v.deletedAt)
        .toArray(),
    [],
  );
  const venue = venues?.find((v) => v.id === venueId);
  const ref = { scheduleId: occurrence.scheduleId, groupId: occurrence.groupId, originalDate: occurrence.originalDate };

  async function save(move: MoveForm) {
    try {
      await moveOccurrence(ref, move);
      onSaved('Meeting moved.');
    } catch (error) {
      setProblem(nothingChanged(`The meeting could not be moved: ${reasonOf(error)}`));
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const parsed = moveFormSchema.safeParse({ date, startTime, venueId: venueId || null, room: room ?? '' });
    const roomError: FieldErrors = room === null ? { room: 'Choose the room, or the whole venue' } : {};
    if (!parsed.success || room === null) {
      return setErrors({ ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...roomError });
    }
    setErrors({});
    const move = parsed.data;
    if (move.venueId !== null) {
      const conflicts = await checkMove({ ...ref, ...move, venueId: move.venueId });
      if (conflicts === null) return;
      if (conflicts.length > 0) return setPending(move);
    }
    await save(move);
  }

  function changeMove() {
    reset();
    setPending(null);
    // Back to the fields as they were filled in, once they are shown again.
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('input, select')?.focus());
  }

  function leaveAsItWas() {
    reset();
    setPending(null);
    setDate(occurrence.date);
    setStartTime(occurrence.startTime);
    setVenueId(occurrence.venueId ?? '');
    setRoom(occurrence.room);
  }

  const conflicts = check.kind === 'conflicts' && pending ? check.conflicts : null;

  const shownProblem = problem ?? (check.kind === 'failed' ? check.message : null);

  return (
    <form className="form" ref={formRef} onSubmit={onSubmit} noValidate aria-labelledby="move-heading">
      <h2 id="move-heading">Move only this meeting</h2>
      <p className="muted">The rest of the series stays as it is.</p>
      <ErrorSummary errors={errors} />
      {shownProblem && (
        <Notice kind="problem" role="alert">
          {shownProblem}
        </Notice>
      )}
      {conflicts !== null ? (
        <ConflictChoices
          conflicts={conflicts}
          what="This meeting"
          changeLabel="Change the move"
          onChange={changeMove}
          onCancel={leaveAsItWas}
        />
      ) : (
        <>
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
              onChange={(e) => {
                setVenueId(e.target.value);
                setRoom(roomForVenue(venues?.find((v) => v.id === e.target.value)));
              }}
            />
            <RoomField
              venue={venue}
              loading={venues === undefined && venueId !== ''}
              value={room}
              error={errors.room}
              onChange={setRoom}
            />
          </div>
          <div className="button-row">
            <button className="button primary" type="submit" disabled={check.kind === 'checking'}>
              {check.kind === 'checking' ? 'Checking the room…' : 'Move meeting'}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
