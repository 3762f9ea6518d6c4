// Adds a donor, then opens them, or goes straight on to their first gift when asked to.
import { useNavigate, useSearchParams } from '../../ui/router';
import { createDonor } from '../../db/donors';
import { PageHeader } from '../../ui/PageHeader';
import { DonationsNav } from './DonationsNav';
import { DonorForm } from './DonorForm';
import { emptyDonor } from './donorForm';

export function NewDonorPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const thenGift = params.get('then') === 'gift';
  return (
    <>
      <DonationsNav />
      <PageHeader title="Add a donor">
        <p>
          {thenGift ? 'After saving, you go straight on to log their gift.' : 'A person or organisation who gives.'}
        </p>
      </PageHeader>
      <DonorForm
        initial={emptyDonor}
        submitLabel={thenGift ? 'Save donor and add their gift' : 'Save donor'}
        onSave={async (fields) => {
          const donor = await createDonor(fields);
          navigate(thenGift ? `/donations/new?donor=${donor.id}` : `/donations/donors/${donor.id}`, { replace: true });
        }}
      />
    </>
  );
}
