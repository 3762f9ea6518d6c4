// Add or change a booking at a venue. Saving checks the next 12 months for room conflicts first and,
// when there are some, offers to change the booking, save it skipping those dates, or cancel.
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Booking, Group, Venue } from '@shared/model';
import { db } from '../../db/database';
import { isLive } from '../../db/records';
import { getBooking, saveBooking, type BookingFields as Fields } from '../../db/bookings';
import { conflictRefs } from '../../db/bookingConflicts';
import { getVenue } from '../../db/venues';
import { HOLDS_ROOM } from '../../domain/conflicts';
import { statusHistoryWords } from '../../domain/bookingsWording';
import { plusDays, todayIso } from '../../domain/dates';
import { expandRule } from '../../domain/recurrence';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorSummary } from '../../ui/fields';
import { nothingChanged, type FieldErrors, reasonOf } from '../../ui/forms';
import { Notice } from '../../ui/Notice';
import { DeleteBooking } from './DeleteBooking';
import { BookingFields } from './BookingFields';
import { ConflictChoices } from './ConflictList';
import { bookingToForm, emptyBookingForm, parseBookingForm, type BookingForm } from './bookingForm';
import { useConflictCheck } from './useConflictCheck';
import { listedSpelling } from './roomChoices';

const datesWord = (n: number) => (n === 1 ? '1 date was' : `${n} dates were`);

export function BookingPage() {
  const { venueId = '', bookingId } = useParams();
  const [search] = useSearchParams();
  const groupParam = search.get('group') ?? '';
  const seriesParam = search.get('series');
  const base = useLiveQuery(async () => {
    const [venue, booking, groups, venues, named] = await Promise.all([
      getVenue(venueId),
      bookingId ? getBooking(bookingId) : Promise.resolve(undefined),
      db.groups.orderBy('name').filter(isLive).toArray(),
      db.venues.filter(isLive).toArray(),
      seriesParam ? db.schedules.get(seriesParam) : Promise.resolve(undefined),
    ]);
    // The form starts from the booking, or from the group and series named in the address.
    const room = named && venue?.rooms.includes(named.room) ? named.room : (venue?.rooms[0] ?? '');
    // A saved room whose capitals differ from the venue's list is shown (and saved) as the list has it.
    const initial: BookingForm = booking
      ? { ...bookingToForm(booking), room: listedSpelling(venue?.rooms ?? [], booking.room) }
      : { ...emptyBookingForm, room, groupId: groupParam, scheduleId: named ? named.id : '' };
    const venueNames = new Map(venues.map((v) => [v.id, v.name]));
    return { venue: venue ?? null, booking: booking ?? null, groups, venueNames, initial };
  }, [venueId, bookingId, groupParam, seriesParam]);

  if (base === undefined) return <PageHeader title={bookingId ? 'Booking' : 'Add a booking'} />;
  const { venue, booking } = base;
  if (venue === null || (bookingId && booking === null)) {
    return (
      <>
        <PageHeader title="Booking not found" />
        <p>
          This booking or its venue was deleted. <Link to={`/venues${venue ? `/${venue.id}` : ''}`}>Back</Link>
        </p>
      </>
    );
  }
  return (
    <BookingEditor
      key={booking?.id ?? 'new'}
      venue={venue}
      booking={booking}
      groups={base.groups.filter((g) => g.status !== 'ended' || g.id === booking?.groupId)}
      venueNames={base.venueNames}
      initial={base.initial}
    />
  );
}

function BookingEditor({
  venue,
  booking,
  groups,
  venueNames,
  initial,
}: {
  venue: Venue;
  booking: Booking | null;
  groups: Group[];
  venueNames: ReadonlyMap<string, string>;
  initial: BookingForm;
}) {
  const navigate = useNavigate();
  const venueId = venue.id;
  const [form, setForm] = useState<BookingForm>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<Fields | null>(null);
  const [busy, setBusy] = useState(false);
  const { state: check, checkBooking, reset } = useConflictCheck();
  const formRef = useRef<HTMLFormElement>(null);

  const groupId = form.groupId;
  const keepSeries = booking?.scheduleId ?? null;
  const series = useLiveQuery(async () => {
    if (groupId === '') return [];
    const today = todayIso();
    const all = await db.schedules.where('groupId').equals(groupId).filter(isLive).toArray();
    return all
      .filter((s) => s.endsOn === null || s.endsOn >= today || s.id === keepSeries)
      .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  }, [groupId, keepSeries]);

  const title = booking ? `Booking at ${venue.name}` : `Add a booking at ${venue.name}`;
  if (!series) return <PageHeader title={title} />;

  const seriesFirstDates = new Map(
    series.map((s) => [s.id, expandRule(s, s.startsOn, plusDays(s.startsOn, 40))[0] ?? s.startsOn]),
  );

  async function save(fields: Fields, skip: ReturnType<typeof conflictRefs>) {
    setBusy(true);
    try {
      await saveBooking(booking?.id ?? null, fields, { skip });
      const skipped = skip.length > 0 ? ` ${datesWord(skip.length)} marked cancelled because of a room conflict.` : '';
      navigate(`/venues/${venueId}`, { state: { message: `Booking saved.${skipped}` } });
    } catch (error) {
      setProblem(nothingChanged(`The booking could not be saved: ${reasonOf(error)}`));
      setBusy(false);
      reset();
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const parsed = parseBookingForm(form, {
      venueId: venue.id,
      rooms: venue.rooms,
      savedRoom: booking ? initial.room : undefined,
      seriesFirstDates,
    });
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    if (HOLDS_ROOM.has(parsed.fields.status)) {
      const conflicts = await checkBooking({ ...parsed.fields, id: booking?.id ?? null });
      if (conflicts === null) return;
      if (conflicts.length > 0) {
        setPending(parsed.fields);
        return;
      }
    }
    await save(parsed.fields, []);
  }

  const changeBooking = () => {
    reset();
    setPending(null);
    formRef.current?.querySelector<HTMLElement>('select, input')?.focus();
  };
  const conflicts = check.kind === 'conflicts' && pending ? check.conflicts : null;
  const skipRefs = (fields: Fields) =>
    fields.scheduleId === null || conflicts === null ? [] : conflictRefs(conflicts, fields.scheduleId, fields.groupId);

  return (
    <>
      <PageHeader title={title}>
        <p>Reserve a room for a group's meeting series or for one date, and keep track of the host's answer.</p>
      </PageHeader>
      <form className="form" ref={formRef} onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={errors} />
        {(problem ?? (check.kind === 'failed' ? check.message : null)) && (
          <Notice kind="problem" role="alert">
            {problem ?? (check.kind === 'failed' ? check.message : '')}
          </Notice>
        )}
        <fieldset className="venue-plain-fieldset" disabled={conflicts !== null || busy}>
          <legend className="visually-hidden">The booking</legend>
          <BookingFields
            form={form}
            errors={errors}
            venue={venue}
            groups={groups}
            series={series}
            venueNames={venueNames}
            savedRoom={booking ? initial.room : undefined}
            onChange={setForm}
          />
          {booking && booking.statusHistory.length > 0 && (
            <p className="field-help">History: {statusHistoryWords(booking.statusHistory)}</p>
          )}
          {conflicts === null && (
            <div className="button-row">
              <button className="button primary" type="submit">
                {check.kind === 'checking' ? 'Checking the room…' : 'Save booking'}
              </button>
              <button className="button" type="button" onClick={() => navigate(`/venues/${venueId}`)}>
                Cancel
              </button>
            </div>
          )}
        </fieldset>
      </form>
      {conflicts !== null && pending && (
        <ConflictChoices
          conflicts={conflicts}
          what="This booking"
          busy={busy}
          onChange={changeBooking}
          onSkip={pending.scheduleId === null ? undefined : () => void save(pending, skipRefs(pending))}
          onCancel={() => navigate(`/venues/${venueId}`)}
        />
      )}
      {booking && <DeleteBooking booking={booking} />}
    </>
  );
}
