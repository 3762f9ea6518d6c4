// The gifts as a table: a row opens the gift; unthanked large gifts and Form 8283 gifts are marked.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Donation, Donor } from '@shared/model';
import {
  CATEGORY_LABELS,
  FORM_8283_NOTE,
  mayNeedForm8283,
  shouldFlagUnacknowledged,
} from '../../domain/donationLabels';
import { formatCents } from '../../domain/money';
import { shortDate } from './dates';
import { servedName, type DonationRefs } from './useDonationRefs';

/** Rows shown before "Show all": a year at state scale is about a thousand gifts. */
const FIRST_ROWS = 200;

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
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? gifts : gifts.slice(0, FIRST_ROWS);
  return (
    <>
      <div className="table-wrap">
        <table className="data">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              {showDonor && <th scope="col">Donor</th>}
              <th scope="col">Category</th>
              <th scope="col">What was given</th>
              <th scope="col">For</th>
              <th scope="col" className="number">
                Value
              </th>
              <th scope="col">Acknowledged</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((gift) => (
              <tr key={gift.id}>
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
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.some((gift) => mayNeedForm8283(gift.valueCents)) && (
        <p className="table-note muted">Form 8283: {FORM_8283_NOTE}</p>
      )}
      {gifts.length > shown.length && (
        <p className="table-more">
          Showing the {shown.length} newest of {gifts.length.toLocaleString('en-US')} gifts.{' '}
          <button className="button" type="button" onClick={() => setShowAll(true)}>
            Show all {gifts.length.toLocaleString('en-US')}
          </button>
        </p>
      )}
    </>
  );
}
