// One venue: its details, the space it donates, its groups and bookings, and its contact log.
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Venue } from '@shared/model';
import { deleteVenue, getVenue } from '../../db/venues';
import { isDonatedSpace } from '../../domain/donatedSpace';
import { formatCents } from '../../domain/money';
import { PageHeader } from '../../ui/PageHeader';
import { Notice } from '../../ui/Notice';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ContactLog } from './ContactLog';
import { DonatedSpacePanel } from './DonatedSpacePanel';
import { VenueBookings } from './VenueBookings';
import { reasonOf } from '../../ui/forms';

function accessibilityWords(venue: Venue): string {
  const a = venue.accessibility;
  const offers = [
    a.stepFree && 'step-free entrance',
    a.restroom && 'accessible restroom',
    a.parking && 'parking',
    a.transit && 'public transit nearby',
  ].filter(Boolean);
  const sentence = offers.length > 0 ? offers.join(', ') : 'Nothing noted yet';
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function costWords(venue: Venue): string {
  if (isDonatedSpace(venue)) return `Donated (fair rental value ${formatCents(venue.fairRentalCents)} a meeting)`;
  if (venue.costCents === 0) return 'Free (no fair rental value noted)';
  const value = venue.fairRentalCents > 0 ? `; fair rental value ${formatCents(venue.fairRentalCents)}` : '';
  return `${formatCents(venue.costCents)} a meeting${value}`;
}

export function VenuePage() {
  const { venueId = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const flash = (location.state as { message?: string } | null)?.message;
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const venue = useLiveQuery(async () => (await getVenue(venueId)) ?? null, [venueId]);

  if (venue === undefined) return <PageHeader title="Venue" />;
  if (venue === null) {
    return (
      <>
        <PageHeader title="Venue not found" />
        <p>
          This venue was deleted or never existed. <Link to="/venues">Back to all venues</Link>
        </p>
      </>
    );
  }
  const contact = [venue.contactName, venue.contactPhone, venue.contactEmail].filter(Boolean);

  return (
    <>
      <PageHeader
        title={venue.name}
        action={
          <Link className="button primary" to={`/venues/${venue.id}/edit`}>
            Edit venue
          </Link>
        }
      />
      <div role="status" className="status-line">
        {flash && <Notice kind="success">{flash}</Notice>}
      </div>
      <section className="panel" aria-labelledby="venue-details">
        <h2 id="venue-details">Details</h2>
        <dl className="details">
          <dt>Address</dt>
          <dd className="venue-pre-line">{venue.address || 'Not noted yet'}</dd>
          <dt>Rooms</dt>
          <dd>{venue.rooms.join(', ') || 'The whole place (no rooms listed)'}</dd>
          <dt>Capacity</dt>
          <dd>{venue.capacity === null ? 'Not noted' : `${venue.capacity} people`}</dd>
          <dt>Contact</dt>
          <dd>{contact.length > 0 ? contact.join(', ') : 'No contact person yet'}</dd>
          <dt>Accessibility</dt>
          <dd>
            {accessibilityWords(venue)}
            {venue.accessibility.notes && <span className="venue-pre-line">. {venue.accessibility.notes}</span>}
          </dd>
          <dt>Cost</dt>
          <dd>{costWords(venue)}</dd>
          {venue.notes && (
            <>
              <dt>Notes</dt>
              <dd className="venue-pre-line">{venue.notes}</dd>
            </>
          )}
        </dl>
      </section>
      <DonatedSpacePanel venue={venue} />
      <VenueBookings venue={venue} />
      <ContactLog venue={venue} />
      <section className="panel" aria-labelledby="venue-delete">
        <h2 id="venue-delete">Delete venue</h2>
        {problem && (
          <Notice kind="problem" role="alert">
            {problem}
          </Notice>
        )}
        <div className="button-row">
          <button className="button danger" type="button" onClick={() => setConfirmDelete(true)}>
            Delete venue
          </button>
        </div>
      </section>
      <ConfirmDialog
        open={confirmDelete}
        title={`Delete ${venue.name}?`}
        confirmLabel="Delete venue"
        danger
        onCancel={() => setConfirmDelete(false)}
        onConfirm={async () => {
          setConfirmDelete(false);
          try {
            await deleteVenue(venue.id);
            navigate('/venues', { state: { message: `${venue.name} was deleted.` } });
          } catch (error) {
            setProblem(reasonOf(error));
          }
        }}
      >
        <p>
          {venue.name}, its bookings and its contact log will no longer appear anywhere. Meetings already held there
          keep their records.
        </p>
      </ConfirmDialog>
    </>
  );
}
