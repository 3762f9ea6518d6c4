// One gift: its thank-you letter, its details to change, and deleting it.
import { useState } from 'react';
import { Link, useNavigate, useParams } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import { deleteDonation, getDonation, updateDonation } from '../../db/donations';
import { getDonor } from '../../db/donors';
import { getSettings } from '../../db/settings';
import { todayIso } from '../../domain/dates';
import { CATEGORY_LABELS, FORM_8283_NOTE, mayNeedForm8283 } from '../../domain/donationLabels';
import { formatCents } from '../../domain/money';
import { PageHeader } from '../../ui/PageHeader';
import { Notice } from '../../ui/Notice';
import { DonationForm } from './DonationForm';
import { formValuesOf } from './donationForm';
import { DonationsNav } from './DonationsNav';
import { shortDate } from './dates';
import { useDonationRefs } from './useDonationRefs';
import { AcknowledgeBar } from './AcknowledgeBar';
import { useAcknowledgement } from './useAcknowledgement';
import { reasonOf } from '../../ui/forms';

export function DonationPage() {
  const { donationId = '' } = useParams();
  const navigate = useNavigate();
  const refs = useDonationRefs();
  const data = useLiveQuery(async () => {
    const [gift, settings] = await Promise.all([getDonation(donationId), getSettings()]);
    return { gift, donor: gift ? await getDonor(gift.donorId) : undefined, today: todayIso(settings.timeZone) };
  }, [donationId]);
  const acknowledgement = useAcknowledgement(data?.gift ? [data.gift.id] : [], data?.today ?? todayIso());
  const [saved, setSaved] = useState(0);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (!data || !refs) return <PageHeader title="Gift" />;
  const { gift, donor } = data;
  if (!gift) {
    return (
      <>
        <DonationsNav />
        <PageHeader title="Gift not found" />
        <Notice kind="problem">
          This gift could not be found. It may have been deleted. <Link to="/donations">Back to the gifts</Link>
        </Notice>
      </>
    );
  }
  const donorName = donor?.name ?? 'a removed donor';

  async function remove() {
    try {
      await deleteDonation(donationId);
      navigate('/donations', { replace: true });
    } catch (error) {
      setProblem(`The gift could not be deleted: ${reasonOf(error)}. It is kept.`);
    }
  }

  return (
    <>
      <DonationsNav />
      <PageHeader title={`Gift from ${donorName}`}>
        <p>
          {CATEGORY_LABELS[gift.category]}, received {shortDate(gift.date)}, estimated at {formatCents(gift.valueCents)}
          .
          {donor && (
            <>
              {' '}
              <Link to={`/donations/donors/${donor.id}`}>See all of {donor.name}’s gifts</Link>
            </>
          )}
        </p>
      </PageHeader>
      <section className="panel" aria-labelledby="letter-heading">
        <h2 id="letter-heading">Thank-you letter</h2>
        <AcknowledgeBar gifts={[gift]} state={acknowledgement} />
        {mayNeedForm8283(gift.valueCents) && <Notice kind="info">{FORM_8283_NOTE}</Notice>}
        <div className="button-row letter-actions">
          <Link className="button" to={`/print/letter/${gift.id}`}>
            Print a letter for this gift
          </Link>
          {donor && (
            <Link className="button" to={`/print/donor-letter/${donor.id}/${gift.date.slice(0, 4)}`}>
              Print {donor.name}’s letter for {gift.date.slice(0, 4)}
            </Link>
          )}
        </div>
      </section>
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        <div className="status-line" role="status">
          {saved > 0 && <Notice kind="success">Changes saved.</Notice>}
        </div>
        <DonationForm
          key={gift.id}
          initial={formValuesOf(gift)}
          refs={refs}
          submitLabel="Save changes"
          onSave={async (fields) => {
            await updateDonation(gift.id, fields);
            setSaved((count) => count + 1);
          }}
        />
      </section>
      <section className="panel danger-zone" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete this gift</h2>
        {problem && (
          <Notice kind="problem" role="alert">
            {problem}
          </Notice>
        )}
        {confirmDelete ? (
          <div role="alert" className="confirm">
            <p>
              Delete the gift “{gift.description}” from {donorName}? It leaves the totals and cannot be brought back
              from here.
            </p>
            <div className="button-row">
              <button className="button danger solid" type="button" onClick={remove}>
                Yes, delete this gift
              </button>
              <button className="button" type="button" onClick={() => setConfirmDelete(false)}>
                Keep it
              </button>
            </div>
          </div>
        ) : (
          <button className="button danger" type="button" onClick={() => setConfirmDelete(true)}>
            Delete gift…
          </button>
        )}
      </section>
    </>
  );
}
