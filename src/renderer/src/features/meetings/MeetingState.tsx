// How a meeting's state reads: a tag with words (and an icon where it needs attention).
import type { Occurrence } from '../../domain/occurrences';
import { shortDate } from '../../domain/wording';

export function stateWords(occurrence: Occurrence): string {
  switch (occurrence.state) {
    case 'held': {
      const count = occurrence.meeting?.attendance;
      return count === null || count === undefined ? 'Held' : `Held, ${count} came`;
    }
    case 'cancelled':
      return `Cancelled${occurrence.cancelReason ? `: ${occurrence.cancelReason}` : ''}`;
    case 'moved':
      return `Moved from ${shortDate(occurrence.originalDate)}`;
    case 'unrecorded':
      return 'Not yet recorded';
    case 'upcoming':
      return occurrence.moved ? `Moved from ${shortDate(occurrence.originalDate)}` : 'Upcoming';
  }
}

const TAG_CLASS: Record<Occurrence['state'], string> = {
  held: 'tag success',
  cancelled: 'tag problem',
  moved: 'tag',
  unrecorded: 'tag warning',
  upcoming: 'tag',
};
const ICON: Partial<Record<Occurrence['state'], string>> = {
  held: '✓ ',
  cancelled: '✖ ',
  unrecorded: '⚠ ',
  moved: '↷ ',
};

export function MeetingStateTag({ occurrence }: { occurrence: Occurrence }) {
  return (
    <span className={TAG_CLASS[occurrence.state]}>
      <span aria-hidden="true">{ICON[occurrence.state] ?? ''}</span>
      {stateWords(occurrence)}
    </span>
  );
}

/** The address of a meeting's own page. */
export const meetingPath = (occurrence: Pick<Occurrence, 'scheduleId' | 'originalDate'>): string =>
  `/meetings/${occurrence.scheduleId}/${occurrence.originalDate}`;
