// Quick entry of gifts: after each save the form starts again with the same donor, category and date.
import { useState } from 'react';
import { Link, useSearchParams } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Donation } from '@shared/model';
import { getGiftEntryMemory, recordGift } from '../../db/donations';
import { getDonor } from '../../db/donors';
import { getSettings } from '../../db/settings';
import { todayIso } from '../../domain/dates';
import { PageHeader } from '../../ui/PageHeader';
import { Notice } from '../../ui/Notice';
import { DonationForm } from './DonationForm';
import type { DonationFormValues } from './donationForm';
import { DonationsNav } from './DonationsNav';
import { useDonationRefs } from './useDonationRefs';

export function NewDonationPage() {
  const [params] = useSearchParams();
  const refs = useDonationRefs();
  const start = useLiveQuery(async () => {
    const [memory, settings] = await Promise.all([getGiftEntryMemory(), getSettings()]);
    const wanted = params.get('donor') ?? memory.donorId;
    const donor = wanted ? await getDonor(wanted) : undefined;
    return { memory, donorId: donor?.id ?? '', today: todayIso(settings.timeZone) };
    // Read once per visit: the form then keeps what the coordinator types.
  }, []);
  const [entry, setEntry] = useState<{ round: number; values: DonationFormValues | null; saved: Donation | null }>({
    round: 0,
    values: null,
    saved: null,
  });

  if (!refs || !start) return <PageHeader title="Add a gift" />;

  const initial: DonationFormValues = entry.values ?? {
    date: start.today,
    donorId: start.donorId,
    category: start.memory.category ?? 'refreshments',
    description: '',
    quantity: '',
    value: '',
    valuationMethod: 'donor-estimate',
    groupId: '',
    venueId: '',
    acknowledgedOn: '',
  };

  return (
    <>
      <DonationsNav />
      <PageHeader title="Add a gift">
        <p>Log a gift of goods, space or services. The form remembers the donor and category for the next one.</p>
      </PageHeader>
      <div className="status-line" role="status">
        {entry.saved && (
          <Notice kind="success">
            <p>
              Gift recorded: {entry.saved.description}. <Link to={`/donations/${entry.saved.id}`}>Open it</Link> ·{' '}
              <Link to={`/print/letter/${entry.saved.id}`}>Print a thank-you letter</Link>
            </p>
            <p>Add the next gift below, or go back to the list of gifts.</p>
          </Notice>
        )}
      </div>
      <DonationForm
        key={entry.round}
        initial={initial}
        refs={refs}
        submitLabel="Save gift"
        onSave={async (fields) => {
          const saved = await recordGift(fields);
          setEntry({
            round: entry.round + 1,
            saved,
            values: { ...initial, date: saved.date, donorId: saved.donorId, category: saved.category },
          });
        }}
      />
    </>
  );
}
