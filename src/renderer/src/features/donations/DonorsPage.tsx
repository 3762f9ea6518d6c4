// The donors, found by the start of their name; a row opens the donor and their gifts.
import { useCallback, useState } from 'react';
import { Link } from '../../ui/router';
import { DONOR_KIND_LABELS } from '../../domain/donationLabels';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/EmptyState';
import { TextField } from '../../ui/fields';
import { VirtualTable } from '../../ui/VirtualTable';
import { DonationsNav } from './DonationsNav';
import { DONOR_PAGE, nextDonorLimit, useDonorList } from './useDonorList';

export function DonorsPage() {
  const [search, setSearch] = useState('');
  const [limit, setLimit] = useState(DONOR_PAGE);
  const list = useDonorList(search, limit);
  const reached = useCallback((index: number) => setLimit((current) => nextDonorLimit(current, index)), []);
  const donors = list?.donors;
  const getKey = useCallback((index: number) => donors?.[index]?.id ?? `row-${index}`, [donors]);
  const addDonor = (
    <Link className="button primary" to="/donations/donors/new">
      Add donor
    </Link>
  );

  const renderCells = (index: number) => {
    const donor = donors?.[index];
    if (!donor) {
      return (
        <td colSpan={4} className="muted virtual-pending">
          Reading more donors…
        </td>
      );
    }
    return (
      <>
        <td>
          <Link to={`/donations/donors/${donor.id}`}>{donor.name}</Link>
        </td>
        <td>{DONOR_KIND_LABELS[donor.kind]}</td>
        <td>{donor.email || <span className="muted">—</span>}</td>
        <td>{donor.phone || <span className="muted">—</span>}</td>
      </>
    );
  };

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
            setLimit(DONOR_PAGE);
          }}
        />
      </div>
      {list === undefined ? null : list.total === 0 ? (
        search ? (
          <p>No donor’s name starts with “{search}”.</p>
        ) : (
          <EmptyState title="No donors yet" action={addDonor}>
            <p>Add the first person or organisation who gave to your groups, then log their gifts.</p>
          </EmptyState>
        )
      ) : (
        <>
          <p className="muted" aria-live="polite">
            Showing {list.total === 1 ? '1 donor' : `${list.total.toLocaleString('en-US')} donors`}
            {search.trim() && <> whose names start with “{search.trim()}”</>}.
          </p>
          <VirtualTable
            caption="Donors"
            widths={['32%', '14%', '36%', '18%']}
            count={list.total}
            getKey={getKey}
            renderCells={renderCells}
            onLastIndex={reached}
            head={
              <>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Email</th>
                <th scope="col">Phone</th>
              </>
            }
          />
        </>
      )}
    </>
  );
}
