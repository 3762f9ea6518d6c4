// Beside the table: in-kind gifts by category, the facilitator pipeline, and what needs attention now.
import { Link } from '../../ui/router';
import type { Donation } from '@shared/model';
import { CATEGORY_LABELS } from '../../domain/donationLabels';
import { grandTotal, totalsByCategory } from '../../domain/donationTotals';
import { formatCents } from '../../domain/money';
import { countText } from '../../domain/reportFormat';
import type { ReportCounts } from '../../domain/report';
import { attentionCount, type Attention, type PipelineChanges } from '../../domain/reportExtras';
import { shortDate } from '../../domain/wording';
import { meetingPath } from '../meetings/MeetingState';
import type { ReportData } from '../../db/report';
import type { ReportExtras } from '../../db/reportExtras';

/** More dates than this in one line stop helping; the calendar and Home list them all. */
const SHOWN_DATES = 8;

const plural = (count: number, one: string, many: string) => `${countText(count)} ${count === 1 ? one : many}`;

export function InKindSection({ gifts, totals }: { gifts: Donation[]; totals: ReportCounts }) {
  const all = grandTotal(gifts);
  const outside = all.cents - totals.giftCents;
  return (
    <section className="report-section print-keep" aria-labelledby="report-in-kind">
      <h2 id="report-in-kind">In-kind support</h2>
      <table className="data compact">
        <caption className="visually-hidden">In-kind support by category</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col" className="number">
              Gifts
            </th>
            <th scope="col" className="number">
              Value
            </th>
          </tr>
        </thead>
        <tbody>
          {totalsByCategory(gifts).map((row) => (
            <tr key={row.key}>
              <th scope="row">{CATEGORY_LABELS[row.key]}</th>
              <td className="number">{row.count}</td>
              <td className="number">{formatCents(row.cents)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Meeting space lent free (fair rental value per meeting held)</th>
            <td className="number">—</td>
            <td className="number">{formatCents(totals.spaceCents)}</td>
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="number">{all.count}</td>
            <td className="number">{formatCents(all.cents + totals.spaceCents)}</td>
          </tr>
        </tfoot>
      </table>
      {outside > 0 && (
        <p className="muted report-note">
          {formatCents(outside)} of these gifts served no one group (for example printing for every group), so the table
          above does not count them.
        </p>
      )}
    </section>
  );
}

export function PipelineSection({ pipeline }: { pipeline: PipelineChanges | undefined }) {
  return (
    <section className="report-section print-keep" aria-labelledby="report-pipeline">
      <h2 id="report-pipeline">Facilitator pipeline</h2>
      {pipeline ? (
        <dl className="details">
          <dt>New applicants</dt>
          <dd>{pipeline.newApplicants}</dd>
          <dt>Newly certified</dt>
          <dd>{pipeline.newlyCertified}</dd>
        </dl>
      ) : (
        <p className="muted">Counting…</p>
      )}
    </section>
  );
}

export function AttentionSection({ attention, onScreen }: { attention: Attention | undefined; onScreen: boolean }) {
  return (
    <section className="report-section report-attention" aria-labelledby="report-attention">
      <h2 id="report-attention">Needs attention</h2>
      {!attention ? (
        <p className="muted">Checking…</p>
      ) : attentionCount(attention) === 0 ? (
        <p>
          Nothing needs attention: every group has two active facilitators, every booking is confirmed and every meeting
          is recorded.
        </p>
      ) : (
        <ul className="attention-list">
          {attention.shortOfFacilitators.map(({ group, activeCount }) => (
            <li key={`short-${group.id}`}>
              <span className="tag warning">⚠ Facilitators</span> {group.name} has{' '}
              {activeCount === 0
                ? 'no active facilitators'
                : plural(activeCount, 'active facilitator', 'active facilitators')}{' '}
              (a group needs 2).
              {onScreen && (
                <>
                  {' '}
                  <Link to={`/groups/${group.id}`}>Open {group.name}</Link>
                </>
              )}
            </li>
          ))}
          {attention.unconfirmedBookings.map(({ booking, group, next }) => (
            <li key={`booking-${booking.id}`}>
              <span className="tag warning">⚠ Booking</span> {group.name}: the booking is requested but not confirmed
              (next meeting {shortDate(next)}).
              {onScreen && (
                <>
                  {' '}
                  <Link to={`/venues/${booking.venueId}/bookings/${booking.id}`}>Open the booking</Link>
                </>
              )}
            </li>
          ))}
          {attention.unrecorded.map(({ group, meetings }) => (
            <li key={`unrecorded-${group.id}`}>
              <span className="tag warning">⚠ Not recorded</span> {group.name}:{' '}
              {plural(meetings.length, 'meeting', 'meetings')} not recorded yet (
              {meetings.slice(0, SHOWN_DATES).map((meeting, index) => (
                <span key={meeting.key}>
                  {index > 0 && ', '}
                  {onScreen ? (
                    <Link to={meetingPath(meeting)} aria-label={`Record ${group.name} on ${shortDate(meeting.date)}`}>
                      {shortDate(meeting.date)}
                    </Link>
                  ) : (
                    shortDate(meeting.date)
                  )}
                </span>
              ))}
              {meetings.length > SHOWN_DATES && `, and ${meetings.length - SHOWN_DATES} more`}).
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ReportSections({
  data,
  extras,
  onScreen,
}: {
  data: ReportData;
  extras: ReportExtras | undefined;
  onScreen: boolean;
}) {
  return (
    <>
      <div className="report-sections">
        <InKindSection gifts={data.gifts} totals={data.report.totals} />
        <PipelineSection pipeline={extras?.pipeline} />
      </div>
      <AttentionSection attention={extras?.attention} onScreen={onScreen} />
    </>
  );
}
