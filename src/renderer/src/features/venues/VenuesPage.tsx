// The list of venues: where groups meet, which spaces are donated, and who meets in each.
import { useState } from 'react';
import { Link, useLocation } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { isLive } from '../../db/records';
import { listVenues } from '../../db/venues';
import { isDonatedSpace } from '../../domain/donatedSpace';
import { formatCents } from '../../domain/money';
import { todayIso } from '../../domain/dates';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import type { Venue } from '@shared/model';

function costWords(venue: Venue): string {
  if (isDonatedSpace(venue)) return `Donated (worth ${formatCents(venue.fairRentalCents)})`;
  if (venue.costCents === 0) return 'Free';
  return `${formatCents(venue.costCents)} a meeting`;
}

export function VenuesPage() {
  const location = useLocation();
  const flash = (location.state as { message?: string } | null)?.message;
  const [search, setSearch] = useState('');
  const data = useLiveQuery(async () => {
    const today = todayIso();
    const [venues, schedules, groups] = await Promise.all([
      listVenues(),
      db.schedules.filter((s) => isLive(s) && s.venueId !== null && (s.endsOn === null || s.endsOn >= today)).toArray(),
      db.groups.filter(isLive).toArray(),
    ]);
    const groupNames = new Map(groups.map((g) => [g.id, g.name]));
    const meetingHere = new Map<string, Set<string>>();
    for (const schedule of schedules) {
      const name = groupNames.get(schedule.groupId);
      if (!schedule.venueId || !name) continue;
      const names = meetingHere.get(schedule.venueId) ?? new Set<string>();
      names.add(name);
      meetingHere.set(schedule.venueId, names);
    }
    return { venues, meetingHere };
  });

  const addVenue = (
    <Link className="button primary" to="/venues/new">
      Add venue
    </Link>
  );
  if (!data) return <PageHeader title="Venues" />;
  const term = search.trim().toLowerCase();
  const shown = data.venues.filter(
    (venue) => term === '' || `${venue.name} ${venue.address} ${venue.rooms.join(' ')}`.toLowerCase().includes(term),
  );

  return (
    <>
      <PageHeader title="Venues" action={data.venues.length > 0 ? addVenue : undefined}>
        <p>The places your groups meet, their contacts, and the rooms booked for each group.</p>
      </PageHeader>
      <div role="status" className="status-line">
        {flash && <Notice kind="success">{flash}</Notice>}
      </div>
      {data.venues.length === 0 ? (
        <EmptyState title="No venues yet" action={addVenue}>
          <p>Add the first place your groups meet: a library, a church, a clinic.</p>
        </EmptyState>
      ) : (
        <>
          <div className="filters">
            <div className="field">
              <label htmlFor="venue-search">Search venues</label>
              <input
                id="venue-search"
                className="search-input"
                type="search"
                value={search}
                onChange={(e) => setSearch(e.target.value)}
              />
            </div>
          </div>
          {shown.length === 0 ? (
            <p>No venue matches “{search}”.</p>
          ) : (
            <div className="table-wrap">
              <table className="data">
                <caption className="visually-hidden">Venues</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Address</th>
                    <th scope="col">Rooms</th>
                    <th scope="col">Groups meeting here</th>
                    <th scope="col">Cost</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((venue) => (
                    <tr key={venue.id}>
                      <td>
                        <Link to={`/venues/${venue.id}`}>{venue.name}</Link>
                      </td>
                      <td>{venue.address.split('\n')[0] || '—'}</td>
                      <td>{venue.rooms.join(', ') || '—'}</td>
                      <td>{[...(data.meetingHere.get(venue.id) ?? [])].sort().join(', ') || 'None'}</td>
                      <td>{costWords(venue)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
