// One donor: their gifts with totals by year, a summary letter for each year, and their details.
import { useState } from 'react';
import { Link, useNavigate, useParams } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import { donationsOfDonor } from '../../db/donations';
import { deleteDonor, getDonor, updateDonor } from '../../db/donors';
import { grandTotal, totalsByYear } from '../../domain/donationTotals';
import { formatCents } from '../../domain/money';
import { PageHeader } from '../../ui/PageHeader';
import { Notice } from '../../ui/Notice';
import { DonationTable } from './DonationTable';
import { DonationsNav } from './DonationsNav';
import { DonorForm } from './DonorForm';
import { donorValuesOf } from './donorForm';
import { useDonationRefs } from './useDonationRefs';
import { reasonOf } from '../../ui/forms';

export function DonorPage() {
  const { donorId = '' } = useParams();
  const navigate = useNavigate();
  const refs = useDonationRefs();
  const data = useLiveQuery(async () => {
    const donor = await getDonor(donorId);
    return { donor, gifts: donor ? await donationsOfDonor(donorId) : [] };
  }, [donorId]);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  if (!data || !refs) return <PageHeader title="Donor" />;
  const { donor, gifts } = data;
  if (!donor) {
    return (
      <>
        <DonationsNav />
        <PageHeader title="Donor not found" />
        <Notice kind="problem">
          This donor could not be found. They may have been deleted. <Link to="/donations/donors">Back to donors</Link>
        </Notice>
      </>
    );
  }
  const total = grandTotal(gifts);
  const years = totalsByYear(gifts).reverse();

  async function remove() {
    try {
      await deleteDonor(donorId);
      navigate('/donations/donors', { replace: true });
    } catch (error) {
      setConfirmDelete(false);
      setProblem(reasonOf(error));
    }
  }

  return (
    <>
      <DonationsNav />
      <PageHeader
        title={donor.name}
        action={
          <Link className="button primary" to={`/donations/new?donor=${donor.id}`}>
            Add a gift from {donor.name}
          </Link>
        }
      >
        <p>
          {total.count === 0
            ? 'No gifts recorded yet.'
            : `${total.count === 1 ? '1 gift' : `${total.count} gifts`} in all, estimated at ${formatCents(total.cents)}.`}
        </p>
      </PageHeader>
      {years.length > 0 && (
        <section className="panel" aria-labelledby="years-heading">
          <h2 id="years-heading">Gifts by year</h2>
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">Gifts by year, with the summary letter for each</caption>
              <thead>
                <tr>
                  <th scope="col">Year</th>
                  <th scope="col" className="number">
                    Gifts
                  </th>
                  <th scope="col" className="number">
                    Value
                  </th>
                  <th scope="col">Summary letter</th>
                </tr>
              </thead>
              <tbody>
                {years.map((year) => (
                  <tr key={year.key}>
                    <th scope="row">{year.key}</th>
                    <td className="number">{year.count}</td>
                    <td className="number">{formatCents(year.cents)}</td>
                    <td>
                      <Link to={`/print/donor-letter/${donor.id}/${year.key}`}>Print the {year.key} letter</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {gifts.length > 0 && (
        <section aria-labelledby="gifts-heading" className="section">
          <h2 id="gifts-heading">Gifts</h2>
          <DonationTable gifts={gifts} refs={refs} caption={`Gifts from ${donor.name}`} showDonor={false} />
        </section>
      )}
      <section aria-labelledby="details-heading" className="section">
        <h2 id="details-heading">Details</h2>
        <div className="status-line" role="status">
          {saved && <Notice kind="success">Donor saved.</Notice>}
        </div>
        <DonorForm
          key={donor.updatedAt}
          initial={donorValuesOf(donor)}
          submitLabel="Save donor"
          onSave={async (fields) => {
            await updateDonor(donor.id, fields);
            setSaved(true);
          }}
        />
      </section>
      <section className="panel danger-zone" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete this donor</h2>
        {problem && (
          <Notice kind="problem" role="alert">
            {problem}
          </Notice>
        )}
        {gifts.length > 0 ? (
          <p>A donor with gifts recorded is kept, so their gifts still say who gave them.</p>
        ) : confirmDelete ? (
          <div role="alert" className="confirm">
            <p>Delete {donor.name}? This cannot be undone from here.</p>
            <div className="button-row">
              <button className="button danger solid" type="button" onClick={remove}>
                Yes, delete {donor.name}
              </button>
              <button className="button" type="button" onClick={() => setConfirmDelete(false)}>
                Keep them
              </button>
            </div>
          </div>
        ) : (
          <button className="button danger" type="button" onClick={() => setConfirmDelete(true)}>
            Delete donor…
          </button>
        )}
      </section>
    </>
  );
}
