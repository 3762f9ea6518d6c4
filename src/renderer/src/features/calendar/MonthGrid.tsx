// A month as a table of weeks; each day lists its meetings.
import { format } from 'date-fns';
import type { Occurrence } from '../../domain/occurrences';
import { toDate, todayIso } from '../../domain/dates';
import { weekdayName } from '../../domain/wording';
import type { Names } from '../meetings/useNames';
import { MeetingChip } from './MeetingChip';
import { weeksOf } from './calendarRange';

export function MonthGrid({
  from,
  to,
  month,
  byDate,
  names,
  caption,
}: {
  from: string;
  to: string;
  month: string | null;
  byDate: Map<string, Occurrence[]>;
  names: Names;
  caption: string;
}) {
  const today = todayIso();
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
                    {meetings.map((occurrence) => (
                      <MeetingChip key={occurrence.key} occurrence={occurrence} names={names} />
                    ))}
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
