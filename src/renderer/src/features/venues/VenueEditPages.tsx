// Adding a venue, and changing one's details.
import { Link, useNavigate, useParams } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import { createVenue, getVenue, updateVenue } from '../../db/venues';
import { PageHeader } from '../../ui/PageHeader';
import { VenueEditor } from './VenueEditor';
import { emptyVenueForm, venueToForm } from './venueForm';

export function NewVenuePage() {
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title="Add a venue" />
      <VenueEditor
        initial={emptyVenueForm}
        submitLabel="Save venue"
        onCancel={() => navigate('/venues')}
        onSave={async (fields) => {
          const venue = await createVenue({ ...fields, contactLog: [] });
          navigate(`/venues/${venue.id}`, { state: { message: `${venue.name} was added.` } });
        }}
      />
    </>
  );
}

export function EditVenuePage() {
  const { venueId = '' } = useParams();
  const navigate = useNavigate();
  const venue = useLiveQuery(async () => (await getVenue(venueId)) ?? null, [venueId]);
  if (venue === undefined) return <PageHeader title="Change venue" />;
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
  return (
    <>
      <PageHeader title={`Change ${venue.name}`} />
      <VenueEditor
        initial={venueToForm(venue)}
        submitLabel="Save venue"
        onCancel={() => navigate(`/venues/${venue.id}`)}
        onSave={async (fields) => {
          await updateVenue(venue.id, fields);
          navigate(`/venues/${venue.id}`, { state: { message: 'Venue saved.' } });
        }}
      />
    </>
  );
}
