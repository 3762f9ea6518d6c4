// A group's recent and coming meetings, with the ones to record first.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Group } from '@shared/model';
import { occurrencesForGroup } from '../../db/meetings';
import { plusDays, todayIso } from '../../domain/dates';
import { MeetingTable } from '../meetings/MeetingTable';
import { useNames } from '../meetings/useNames';

export function GroupMeetings({ group }: { group: Group }) {
  const names = useNames();
  const occurrences = useLiveQuery(() => {
    const today = todayIso();
    return occurrencesForGroup(group.id, plusDays(today, -56), plusDays(today, 56), today);
  }, [group.id]);
  if (!occurrences || !names) return null;
  return (
    <section className="panel" aria-labelledby="group-meetings">
      <h2 id="group-meetings">Meetings, eight weeks back and ahead</h2>
      {occurrences.length === 0 ? (
        <p>No meetings in these weeks.</p>
      ) : (
        <MeetingTable occurrences={occurrences} names={names} caption={`Meetings of ${group.name}`} showGroup={false} />
      )}
    </section>
  );
}
