// The list of gifts: filters, totals for what is shown, and the gifts themselves.
import { useMemo } from 'react';
import { Link, useSearchParams } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '../../db/settings';
import { todayIso } from '../../domain/dates';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/EmptyState';
import { DonationFilters } from './DonationFilters';
import { DonationTable } from './DonationTable';
import { DonationTotals } from './DonationTotals';
import { DonationsNav } from './DonationsNav';
import { filtersFrom, paramsOf } from './listFilters';
import { useDonationList } from './useDonationList';
import { useDonationRefs } from './useDonationRefs';

export function DonationsPage() {
  const [params, setParams] = useSearchParams();
  const today = useLiveQuery(async () => todayIso((await getSettings()).timeZone));
  const filters = useMemo(() => filtersFrom(params, today ?? todayIso()), [params, today]);
  const refs = useDonationRefs();
  const list = useDonationList(filters);
  const addGift = (
    <Link className="button primary" to="/donations/new">
      Add gift
    </Link>
  );

  return (
    <>
      <DonationsNav />
      <PageHeader title="Donations" action={addGift}>
        <p>
          In-kind gifts of space, refreshments, printing, materials, training and services, and the thank-you letters
          for them.
        </p>
      </PageHeader>
      {refs && (
        <DonationFilters
          filters={filters}
          refs={refs}
          onChange={(next) => setParams(paramsOf(next), { replace: true })}
        />
      )}
      {list && refs ? (
        <>
          <DonationTotals gifts={list.gifts} refs={refs} />
          {list.gifts.length === 0 ? (
            <EmptyState title="No gifts match these filters" action={addGift}>
              <p>Change the dates or filters above, or log a gift your groups received.</p>
            </EmptyState>
          ) : (
            <DonationTable gifts={list.gifts} donors={list.donors} refs={refs} caption="Gifts matching the filters" />
          )}
        </>
      ) : null}
    </>
  );
}
