// The dates a booking, a series or a moved meeting cannot have because another group holds the room,
// and the ways on: change it, save it without those dates (a series), or leave without saving.
import { useEffect, useRef } from 'react';
import type { Conflict } from '../../domain/conflicts';
import { roomWords } from '../../domain/bookingsWording';
import { shortDate, timeRange } from '../../domain/wording';

/** A table of conflicting dates: when, and who already has the room then. */
export function ConflictList({ conflicts, caption }: { conflicts: readonly Conflict[]; caption: string }) {
  return (
    <div className="table-wrap conflict-list" tabIndex={0} role="region" aria-label={caption}>
      <table className="data">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">This meeting</th>
            <th scope="col">Already booked</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((conflict) => (
            <tr key={`${conflict.scheduleId ?? 'date'}|${conflict.originalDate}`}>
              <th scope="row">{shortDate(conflict.date)}</th>
              <td>{timeRange(conflict.startTime, conflict.durationMinutes)}</td>
              <td>
                {conflict.clashes.map((clash, index) => (
                  <span className="clash" key={`${clash.bookingId ?? 'series'}-${index}`}>
                    {clash.groupName || 'Another group'}, {timeRange(clash.startTime, clash.durationMinutes)} (
                    {roomWords(clash.room)})
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const datesWord = (n: number) => (n === 1 ? '1 date' : `${n} dates`);

/**
 * The conflict panel with its three choices. `onSkip` is left out where skipping makes no sense
 * (a booking for a single date has no other dates to keep).
 */
export function ConflictChoices({
  conflicts,
  what,
  onChange,
  onSkip,
  onCancel,
  busy = false,
  changeLabel = 'Change the booking',
}: {
  conflicts: readonly Conflict[];
  /** "This booking", "This series" */
  what: string;
  onChange: () => void;
  onSkip?: () => void;
  onCancel: () => void;
  busy?: boolean;
  changeLabel?: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel conflict-panel" aria-labelledby="conflict-title">
      <h2 id="conflict-title" ref={heading} tabIndex={-1}>
        <span aria-hidden="true">⚠ </span>
        {what} clashes with other bookings on {datesWord(conflicts.length)}
      </h2>
      <p>
        {/* A series is checked for the next 12 months; one date (a booking or a moved meeting) wherever it falls. */}
        {onSkip
          ? 'Another group already has the room at these times in the next 12 months.'
          : 'Another group already has the room at that time.'}{' '}
        Nothing is saved until you choose what to do.
      </p>
      <ConflictList conflicts={conflicts} caption="Conflicting dates" />
      <div className="button-row">
        <button className="button" type="button" onClick={onChange} disabled={busy}>
          {changeLabel}
        </button>
        {onSkip && (
          <button className="button primary" type="button" onClick={onSkip} disabled={busy}>
            Save and skip conflicting dates
          </button>
        )}
        <button className="button" type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
      {onSkip && (
        <p className="field-help">
          Skipping saves it and marks the {datesWord(conflicts.length)} above as cancelled, with the reason “Room
          conflict”, on the group's calendar.
        </p>
      )}
    </section>
  );
}
