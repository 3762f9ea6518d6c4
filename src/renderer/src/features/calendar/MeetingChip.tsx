// A meeting on the calendar: time, group, place and state, as one link to the meeting.
import type { Occurrence } from '../../domain/occurrences';
import { clockTime, shortDate } from '../../domain/wording';
import { meetingPath, stateWords } from '../meetings/MeetingState';
import type { Names } from '../meetings/useNames';

const ICON: Partial<Record<Occurrence['state'], string>> = { held: '✓', cancelled: '✖', unrecorded: '⚠', moved: '↷' };

export function MeetingChip({ occurrence, names }: { occurrence: Occurrence; names: Names }) {
  const group = names.groupName(occurrence.groupId);
  const venue = occurrence.venueId ? names.venueName(occurrence.venueId) : '';
  // The visible words, in order, are the link's name (date added for screen readers):
  // "Lakeside Group, Tue, Dec 1 at 6:30 PM, Main Library: Held, 7 came".
  // A plain hash link, not the router's <Link>: a state's month holds ~900 chips, and <Link> works out
  // each address through the router (a ~100 ms share of drawing the month). The hash router follows it.
  return (
    <a className={`chip chip-${occurrence.state}`} href={`#${meetingPath(occurrence)}`}>
      {ICON[occurrence.state] && <span aria-hidden="true">{ICON[occurrence.state]} </span>}
      <span className="chip-group">{group}</span>
      <span className="visually-hidden">, {shortDate(occurrence.date)} at</span> {clockTime(occurrence.startTime)}
      {venue && <span className="chip-venue">, {venue}</span>}
      <span className="chip-state">: {stateWords(occurrence)}</span>
    </a>
  );
}
