// A venue's groups (the series that meet there) and its bookings, each with its status in words.
import { Link } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Booking, Venue } from '@shared/model';
import { db } from '../../db/database';
import { isLive } from '../../db/records';
import { bookingsForVenue } from '../../db/bookings';
import { runningSchedulesAt } from '../../db/venues';
import { leftBehind } from '../../domain/bookingsAttention';
import { BOOKING_STATUS_LABELS, BOOKING_STATUS_TONE, describeBooking, roomWords } from '../../domain/bookingsWording';
import { describeSeries, shortDate } from '../../domain/wording';

export function StatusTag({ booking }: { booking: Pick<Booking, 'status' | 'statusHistory'> }) {
  const tone = BOOKING_STATUS_TONE[booking.status];
  const since = booking.statusHistory.at(-1)?.on;
  return (
    <span className={tone === 'plain' ? 'tag' : `tag ${tone}`}>
      {BOOKING_STATUS_LABELS[booking.status]}
      {since ? ` ${shortDate(since)}` : ''}
    </span>
  );
}

export function VenueBookings({ venue }: { venue: Venue }) {
  const data = useLiveQuery(async () => {
    const [bookings, running] = await Promise.all([bookingsForVenue(venue.id), runningSchedulesAt(venue.id)]);
    const scheduleIds = [...new Set([...bookings.map((b) => b.scheduleId), ...running.map((s) => s.id)])].filter(
      (id): id is string => id !== null,
    );
    const schedules = (await db.schedules.bulkGet(scheduleIds)).filter(isLive);
    const groupIds = [...new Set([...bookings.map((b) => b.groupId), ...running.map((s) => s.groupId)])];
    const groups = (await db.groups.bulkGet(groupIds)).filter(isLive);
    return {
      bookings,
      running,
      schedules: new Map(schedules.map((s) => [s.id, s])),
      groups: new Map(groups.map((g) => [g.id, g])),
    };
  }, [venue.id]);
  if (!data) return null;

  const heldFor = (scheduleId: string) =>
    data.bookings.filter((b) => b.scheduleId === scheduleId && (b.status === 'requested' || b.status === 'confirmed'));

  return (
    <>
      <section className="panel" aria-labelledby="venue-groups">
        <h2 id="venue-groups">Groups meeting here</h2>
        {data.running.length === 0 ? (
          <p className="muted">No group's meeting series is set to meet here.</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">Groups meeting here</caption>
              <thead>
                <tr>
                  <th scope="col">Group</th>
                  <th scope="col">When</th>
                  <th scope="col">Room</th>
                  <th scope="col">Booking</th>
                </tr>
              </thead>
              <tbody>
                {data.running.map((schedule) => {
                  const group = data.groups.get(schedule.groupId);
                  const booking = heldFor(schedule.id)[0];
                  return (
                    <tr key={schedule.id}>
                      <td>{group ? <Link to={`/groups/${group.id}`}>{group.name}</Link> : 'A deleted group'}</td>
                      <td>{describeSeries(schedule)}</td>
                      <td>{roomWords(schedule.room)}</td>
                      <td>
                        {booking ? (
                          <StatusTag booking={booking} />
                        ) : (
                          <>
                            No booking.{' '}
                            <Link
                              to={`/venues/${venue.id}/bookings/new?group=${schedule.groupId}&series=${schedule.id}`}
                            >
                              Book a room<span className="visually-hidden"> for {group?.name ?? 'this group'}</span>
                            </Link>
                          </>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="panel" aria-labelledby="venue-bookings">
        <div className="venue-panel-heading">
          <h2 id="venue-bookings">Bookings</h2>
          <Link className="button" to={`/venues/${venue.id}/bookings/new`}>
            Add booking
          </Link>
        </div>
        {data.bookings.length === 0 ? (
          <p className="muted">No bookings yet. Add one for each group's series, or for a single date.</p>
        ) : (
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">Bookings at {venue.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Group</th>
                  <th scope="col">What is booked</th>
                  <th scope="col">Room</th>
                  <th scope="col">Status</th>
                  <th scope="col">Agreement ends</th>
                </tr>
              </thead>
              <tbody>
                {data.bookings.map((booking) => {
                  const group = data.groups.get(booking.groupId);
                  const schedule = booking.scheduleId ? data.schedules.get(booking.scheduleId) : undefined;
                  return (
                    <tr key={booking.id}>
                      <td>
                        <Link
                          to={`/venues/${venue.id}/bookings/${booking.id}`}
                          aria-label={`Booking for ${group?.name ?? 'a deleted group'}: ${describeBooking(booking, schedule)}`}
                        >
                          {group?.name ?? 'A deleted group'}
                        </Link>
                      </td>
                      <td>
                        {describeBooking(booking, schedule)}
                        {leftBehind(booking, schedule) && (
                          <>
                            <br />
                            <span className="muted">
                              The series now meets at another venue, so this booking holds no room here.
                            </span>
                          </>
                        )}
                      </td>
                      <td>{roomWords(booking.room)}</td>
                      <td>
                        <StatusTag booking={booking} />
                      </td>
                      <td>{booking.agreementEndsOn ? shortDate(booking.agreementEndsOn) : '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
