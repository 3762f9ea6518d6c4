// Offered after a series is given a venue: "Create a booking for <venue>", checked for room conflicts
// first. Mount it anywhere with a saved schedule's id; it shows nothing when the series is booked.
// When the series names no room of the venue, the prompt asks which one to book (or the whole venue)
// instead of booking the whole venue for it, and the series is set to meet in that room.
import { useState } from 'react';
import { Link, useNavigate } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { isLive } from '../../db/records';
import { bookingsForSchedule, saveBooking, type BookingFields } from '../../db/bookings';
import { conflictRefs } from '../../db/bookingConflicts';
import { HOLDS_ROOM } from '../../domain/conflicts';
import { SelectField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { ConflictChoices } from './ConflictList';
import { fromRoomOption, roomOptions, toRoomOption } from './roomChoices';
import { useConflictCheck } from './useConflictCheck';
import { nothingChanged, reasonOf } from '../../ui/forms';

export function ScheduleBookingPrompt({ scheduleId }: { scheduleId: string }) {
  const navigate = useNavigate();
  const [done, setDone] = useState<{ kind: 'success' | 'problem'; text: string; bookingId?: string } | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [chosenRoom, setChosenRoom] = useState<string | null>(null);
  const [roomError, setRoomError] = useState<string | undefined>(undefined);
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
  // A venue with no list of rooms is booked whole; a series in one of its rooms books that room.
  const askRoom = venue.rooms.length > 0 && !venue.rooms.includes(schedule.room);
  const room = askRoom ? chosenRoom : venue.rooms.length > 0 ? schedule.room : '';
  const fieldsFor = (bookedRoom: string): BookingFields => ({
    venueId: venue.id,
    room: bookedRoom,
    groupId: schedule.groupId,
    scheduleId: schedule.id,
    date: null,
    startTime: null,
    durationMinutes: null,
    status: 'requested',
    agreementEndsOn: null,
    notes: '',
  });

  async function create(bookedRoom: string, skip: ReturnType<typeof conflictRefs>) {
    setBusy(true);
    try {
      const booking = await saveBooking(null, fieldsFor(bookedRoom), { skip, seriesRoom: askRoom });
      const skipped = skip.length > 0 ? ` ${skip.length} conflicting dates were marked cancelled.` : '';
      setDone({ kind: 'success', text: `Booking requested at ${venue.name}.${skipped}`, bookingId: booking.id });
    } catch (error) {
      setDone({
        kind: 'problem',
        text: nothingChanged(`The booking could not be created: ${reasonOf(error)}`),
      });
    }
    setBusy(false);
  }

  async function onCreate() {
    if (room === null) {
      setRoomError('Choose the room to book, or the whole venue');
      return;
    }
    setRoomError(undefined);
    const conflicts = await checkBooking({ ...fieldsFor(room), id: null });
    if (conflicts !== null && conflicts.length === 0) await create(room, []);
  }

  if (state.kind === 'conflicts' && room !== null) {
    return (
      <ConflictChoices
        conflicts={state.conflicts}
        what="This series"
        busy={busy}
        changeLabel="Change the series"
        onChange={() => navigate(`/groups/${schedule.groupId}/schedules/${schedule.id}/edit`)}
        onSkip={() => void create(room, conflictRefs(state.conflicts, schedule.id, schedule.groupId))}
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
        {!askRoom && room ? `, ${room}` : ''}, with no booking there yet. A booking keeps track of the host's answer and
        keeps other groups from being booked into the same room.
      </p>
      {askRoom && (
        <div className="form-grid">
          <SelectField
            label="Room to book"
            value={toRoomOption(chosenRoom)}
            error={roomError}
            help="Saving also sets the series to meet in this room."
            options={roomOptions(venue.rooms, chosenRoom)}
            onChange={(event) => {
              setChosenRoom(fromRoomOption(event.target.value));
              setRoomError(undefined);
            }}
          />
        </div>
      )}
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
