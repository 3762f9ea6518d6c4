// A list of meetings as a table: when, group, where, state, and the one action that fits.
import { Link } from '../../ui/router';
import type { Occurrence } from '../../domain/occurrences';
import { clockTime, shortDate } from '../../domain/wording';
import { MeetingStateTag, meetingPath } from './MeetingState';
import type { Names } from './useNames';

export function MeetingTable({
  occurrences,
  names,
  caption,
  showGroup = true,
}: {
  occurrences: Occurrence[];
  names: Names;
  caption: string;
  showGroup?: boolean;
}) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Time</th>
            {showGroup && <th scope="col">Group</th>}
            <th scope="col">Where</th>
            <th scope="col">State</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {occurrences.map((occurrence) => {
            const when = `${shortDate(occurrence.date)}`;
            const group = names.groupName(occurrence.groupId);
            return (
              <tr key={occurrence.key}>
                <td>{when}</td>
                <td>{clockTime(occurrence.startTime)}</td>
                {showGroup && <td>{group}</td>}
                <td>
                  {names.venueName(occurrence.venueId)}
                  {occurrence.room && <span className="muted">, {occurrence.room}</span>}
                </td>
                <td>
                  <MeetingStateTag occurrence={occurrence} />
                </td>
                <td>
                  <Link
                    className={occurrence.state === 'unrecorded' ? 'button primary' : 'button'}
                    to={meetingPath(occurrence)}
                    aria-label={`${occurrence.state === 'unrecorded' ? 'Record' : 'Open'} ${group} on ${when}`}
                  >
                    {occurrence.state === 'unrecorded' ? 'Record' : 'Open'}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
