// The donors, found by the start of their name; a row opens the donor and their gifts.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { findDonors } from '../../db/donors';
import { DONOR_KIND_LABELS } from '../../domain/donationLabels';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/EmptyState';
import { TextField } from '../../ui/fields';
import { DonationsNav } from './DonationsNav';

const PAGE = 100;

export function DonorsPage() {
  const [search, setSearch] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const donors = useLiveQuery(() => findDonors(search, limit + 1), [search, limit]);
  const addDonor = (
    <Link className="button primary" to="/donations/donors/new">
      Add donor
    </Link>
  );
  const shown = donors?.slice(0, limit) ?? [];

  return (
    <>
      <DonationsNav />
      <PageHeader title="Donors" action={addDonor}>
        <p>The people and organisations who give your groups space, refreshments, printing and more.</p>
      </PageHeader>
      <div className="filters">
        <TextField
          label="Find a donor"
          type="search"
          value={search}
          help="Type the first letters of the name."
          onChange={(event) => {
            setSearch(event.target.value);
            setLimit(PAGE);
          }}
        />
      </div>
      {donors === undefined ? null : donors.length === 0 ? (
        search ? (
          <p>No donor’s name starts with “{search}”.</p>
        ) : (
          <EmptyState title="No donors yet" action={addDonor}>
            <p>Add the first person or organisation who gave to your groups, then log their gifts.</p>
          </EmptyState>
        )
      ) : (
        <>
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">Donors</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Email</th>
                  <th scope="col">Phone</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((donor) => (
                  <tr key={donor.id}>
                    <td>
                      <Link to={`/donations/donors/${donor.id}`}>{donor.name}</Link>
                    </td>
                    <td>{DONOR_KIND_LABELS[donor.kind]}</td>
                    <td>{donor.email || <span className="muted">—</span>}</td>
                    <td>{donor.phone || <span className="muted">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {donors.length > limit && (
            <p className="table-more">
              <button className="button" type="button" onClick={() => setLimit(limit + PAGE)}>
                Show more donors
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}
