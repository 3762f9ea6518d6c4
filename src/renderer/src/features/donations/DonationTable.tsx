// The gifts as a table: a row opens the gift; unthanked large gifts and Form 8283 gifts are marked.
// A year at state scale is about a thousand gifts and a wide date range many more, so only the rows
// near the view are rendered (ui/VirtualTable); the count above says how many there are in all.
import { useCallback, useMemo } from 'react';
import { Link } from '../../ui/router';
import type { Donation, Donor } from '@shared/model';
import {
  CATEGORY_LABELS,
  FORM_8283_NOTE,
  mayNeedForm8283,
  shouldFlagUnacknowledged,
} from '../../domain/donationLabels';
import { formatCents } from '../../domain/money';
import { VirtualTable } from '../../ui/VirtualTable';
import { shortDate } from './dates';
import { servedName, type DonationRefs } from './useDonationRefs';

// Date, [donor,] category, what was given, for, value, acknowledged.
const WITH_DONOR = ['12%', '14%', '13%', '20%', '15%', '12%', '14%'];
const WITHOUT_DONOR = ['13%', '14%', '28%', '19%', '12%', '14%'];

export function DonationTable({
  gifts,
  donors,
  refs,
  caption,
  showDonor = true,
}: {
  gifts: Donation[];
  donors?: Map<string, Donor>;
  refs: DonationRefs;
  caption: string;
  showDonor?: boolean;
}) {
  const getKey = useCallback((index: number) => gifts[index]?.id ?? index, [gifts]);
  const anyForm8283 = useMemo(() => gifts.some((gift) => mayNeedForm8283(gift.valueCents)), [gifts]);
  const renderCells = (index: number) => {
    const gift = gifts[index];
    if (!gift) return null;
    return (
      <>
        <td className="nowrap">{shortDate(gift.date)}</td>
        {showDonor && <td>{donors?.get(gift.donorId)?.name ?? 'A removed donor'}</td>}
        <td>{CATEGORY_LABELS[gift.category]}</td>
        <td>
          <Link to={`/donations/${gift.id}`}>{gift.description}</Link>
          {gift.quantity && <span className="muted"> ({gift.quantity})</span>}
        </td>
        <td>{servedName(refs, gift) || <span className="muted">—</span>}</td>
        <td className="number">
          {formatCents(gift.valueCents)}
          {mayNeedForm8283(gift.valueCents) && (
            <>
              <br />
              <span className="tag">Form 8283</span>
            </>
          )}
        </td>
        <td>
          {gift.acknowledgedOn ? (
            shortDate(gift.acknowledgedOn)
          ) : shouldFlagUnacknowledged(gift) ? (
            <span className="tag warning">⚠ Not yet</span>
          ) : (
            'Not yet'
          )}
        </td>
      </>
    );
  };
  return (
    <>
      <p className="muted" aria-live="polite">
        Showing {gifts.length === 1 ? '1 gift' : `${gifts.length.toLocaleString('en-US')} gifts`}, newest first.
      </p>
      {/* Above the table, not below it: the end of a long list is far away. */}
      {anyForm8283 && <p className="table-note muted">Form 8283: {FORM_8283_NOTE}</p>}
      <VirtualTable
        caption={caption}
        widths={showDonor ? WITH_DONOR : WITHOUT_DONOR}
        estimateRowHeight={75}
        count={gifts.length}
        getKey={getKey}
        renderCells={renderCells}
        head={
          <>
            <th scope="col">Date</th>
            {showDonor && <th scope="col">Donor</th>}
            <th scope="col">Category</th>
            <th scope="col">What was given</th>
            <th scope="col">For</th>
            <th scope="col" className="number">
              Value
            </th>
            <th scope="col">Acknowledged</th>
          </>
        }
      />
    </>
  );
}
