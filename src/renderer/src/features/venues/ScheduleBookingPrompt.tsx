// Offered after a series is given a venue: "Create a booking for <venue>", checked for room conflicts
// first. Mount it anywhere with a saved schedule's id; it shows nothing when the series is booked.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { isLive } from '../../db/records';
import { bookingsForSchedule, saveBooking, type BookingFields } from '../../db/bookings';
import { conflictRefs } from '../../db/bookingConflicts';
import { HOLDS_ROOM } from '../../domain/conflicts';
import { Notice } from '../../ui/Notice';
import { ConflictChoices } from './ConflictList';
import { useConflictCheck } from './useConflictCheck';

export function ScheduleBookingPrompt({ scheduleId }: { scheduleId: string }) {
  const navigate = useNavigate();
  const [done, setDone] = useState<{ kind: 'success' | 'problem'; text: string; bookingId?: string } | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const [busy, setBusy] = useState(false);
  const { state, checkBooking, reset } = useConflictCheck();
  const data = useLiveQuery(async () => {
    const schedule = await db.schedules.get(scheduleId);
    if (!isLive(schedule) || schedule.venueId === null) return null;
    const [venue, bookings] = await Promise.all([db.venues.get(schedule.venueId), bookingsForSchedule(scheduleId)]);
    if (!isLive(venue)) return null;
    const booked = bookings.some((b) => b.venueId === venue.id && HOLDS_ROOM.has(b.status));
    return { schedule, venue, booked };
  }, [scheduleId]);

  if (done) {
    return (
      <div className="status-line" role="status">
        <Notice kind={done.kind}>
          {done.text}{' '}
          {done.bookingId && data && (
            <Link to={`/venues/${data.venue.id}/bookings/${done.bookingId}`}>Open booking</Link>
          )}
        </Notice>
      </div>
    );
  }
  if (!data || data.booked || dismissed) return null;
  const { schedule, venue } = data;
  const fields: BookingFields = {
    venueId: venue.id,
    room: venue.rooms.includes(schedule.room) ? schedule.room : '',
    groupId: schedule.groupId,
    scheduleId: schedule.id,
    date: null,
    startTime: null,
    durationMinutes: null,
    status: 'requested',
    agreementEndsOn: null,
    notes: '',
  };

  async function create(skip: ReturnType<typeof conflictRefs>) {
    setBusy(true);
    try {
      const booking = await saveBooking(null, fields, { skip });
      const skipped = skip.length > 0 ? ` ${skip.length} conflicting dates were marked cancelled.` : '';
      setDone({ kind: 'success', text: `Booking requested at ${venue.name}.${skipped}`, bookingId: booking.id });
    } catch (error) {
      setDone({
        kind: 'problem',
        text: `The booking could not be created: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`,
      });
    }
    setBusy(false);
  }

  async function onCreate() {
    const conflicts = await checkBooking({ ...fields, id: null });
    if (conflicts !== null && conflicts.length === 0) await create([]);
  }

  if (state.kind === 'conflicts') {
    return (
      <ConflictChoices
        conflicts={state.conflicts}
        what="This series"
        busy={busy}
        changeLabel="Change the series"
        onChange={() => navigate(`/groups/${schedule.groupId}/schedules/${schedule.id}/edit`)}
        onSkip={() => void create(conflictRefs(state.conflicts, schedule.id, schedule.groupId))}
        onCancel={() => {
          reset();
          setDismissed(true);
        }}
      />
    );
  }
  return (
    <section className="panel booking-prompt" aria-labelledby={`booking-prompt-${schedule.id}`}>
      <h2 id={`booking-prompt-${schedule.id}`}>Book the room at {venue.name}?</h2>
      <p>
        This series meets at {venue.name}
        {fields.room ? `, ${fields.room}` : ''}, with no booking there yet. A booking keeps track of the host's answer
        and keeps other groups from being booked into the same room.
      </p>
      {state.kind === 'failed' && (
        <Notice kind="problem" role="alert">
          {state.message}
        </Notice>
      )}
      <div className="button-row">
        <button
          className="button primary"
          type="button"
          onClick={() => void onCreate()}
          disabled={busy || state.kind === 'checking'}
        >
          Create a booking for {venue.name}
        </button>
        <button className="button" type="button" onClick={() => setDismissed(true)}>
          Not now
        </button>
      </div>
    </section>
  );
}
