// A month as a table of weeks; each day lists its meetings.
import { format } from 'date-fns';
import type { Occurrence } from '../../domain/occurrences';
import { toDate, todayIso } from '../../domain/dates';
import { weekdayName } from '../../domain/wording';
import type { Names } from '../meetings/useNames';
import { MeetingChip } from './MeetingChip';
import { weeksOf } from './calendarRange';

/**
 * A month shows at most this many meetings a day; the rest are one link away in that week's view.
 * A whole state meets ~30 times on a weekday: listing them all in a month cell reads as noise (and a
 * state's month would draw ~900 links).
 */
export const MONTH_DAY_LIMIT = 4;

export function MonthGrid({
  from,
  to,
  month,
  byDate,
  names,
  caption,
  filterQuery = '',
}: {
  filterQuery?: string;
  from: string;
  to: string;
  month: string | null;
  byDate: Map<string, Occurrence[]>;
  names: Names;
  caption: string;
}) {
  const today = todayIso();
  // Only the month view shortens its days; the week view lists every meeting.
  const capped = month !== null;
  return (
    <div className="table-wrap">
      <table className="calendar-grid">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {[0, 1, 2, 3, 4, 5, 6].map((day) => (
              <th scope="col" key={day}>
                <abbr title={weekdayName(day)}>{weekdayName(day).slice(0, 3)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(from, to).map((week) => (
            <tr key={week[0]}>
              {week.map((date) => {
                const meetings = byDate.get(date) ?? [];
                const outside = month !== null && !date.startsWith(month);
                return (
                  <td key={date} className={`${outside ? 'outside' : ''} ${date === today ? 'today' : ''}`}>
                    <span className="day-number">
                      <span className="visually-hidden">{format(toDate(date), 'EEEE, MMMM d')}</span>
                      <span aria-hidden="true">{format(toDate(date), 'd')}</span>
                      {date === today && <span className="today-word"> Today</span>}
                    </span>
                    {(capped && meetings.length > MONTH_DAY_LIMIT
                      ? meetings.slice(0, MONTH_DAY_LIMIT - 1)
                      : meetings
                    ).map((occurrence) => (
                      <MeetingChip key={occurrence.key} occurrence={occurrence} names={names} />
                    ))}
                    {capped && meetings.length > MONTH_DAY_LIMIT && (
                      <a className="chip chip-more" href={`#/calendar?view=week&date=${date}${filterQuery}`}>
                        {meetings.length - MONTH_DAY_LIMIT + 1} more
                        <span className="visually-hidden"> meetings on {format(toDate(date), 'EEEE, MMMM d')}</span>
                      </a>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
