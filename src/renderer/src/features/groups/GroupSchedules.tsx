// A group's meeting series: the current one as a sentence, earlier ones below.
import { Link } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Group } from '@shared/model';
import { db } from '../../db/database';
import { describeSeries, longDate } from '../../domain/wording';
import { todayIso } from '../../domain/dates';
import { ScheduleBookingPrompt } from '../venues/ScheduleBookingPrompt';

export function GroupSchedules({ group }: { group: Group }) {
  const data = useLiveQuery(async () => {
    const schedules = (await db.schedules.where('groupId').equals(group.id).toArray()).filter((s) => !s.deletedAt);
    const venues = new Map(
      (await db.venues.bulkGet(schedules.map((s) => s.venueId ?? ''))).flatMap((v) => (v ? [[v.id, v]] : [])),
    );
    return { schedules: schedules.sort((a, b) => a.startsOn.localeCompare(b.startsOn)), venues };
  }, [group.id]);
  if (!data) return null;
  const today = todayIso();
  const current = data.schedules.filter((s) => s.endsOn === null || s.endsOn >= today);
  const past = data.schedules.filter((s) => s.endsOn !== null && s.endsOn < today);
  return (
    <section className="panel" aria-labelledby="group-schedule">
      <h2 id="group-schedule">Meeting schedule</h2>
      {current.length === 0 && <p>No current meeting schedule. Add one so the group shows on the calendar.</p>}
      <ul className="todo-list">
        {current.map((schedule) => (
          <li key={schedule.id}>
            <span>
              <strong>{describeSeries(schedule)}</strong>
              <br />
              <span className="muted">
                {schedule.venueId ? (data.venues.get(schedule.venueId)?.name ?? 'Unknown venue') : 'No venue'}
                {schedule.room && `, ${schedule.room}`} · from {longDate(schedule.startsOn)}
                {schedule.endsOn && ` until ${longDate(schedule.endsOn)}`} · {schedule.timeZone.replace(/_/g, ' ')}
              </span>
            </span>
            <Link className="button" to={`/groups/${group.id}/schedules/${schedule.id}/edit`}>
              Change schedule
            </Link>
          </li>
        ))}
      </ul>
      {current.map((schedule) => (
        <ScheduleBookingPrompt key={schedule.id} scheduleId={schedule.id} />
      ))}
      <ul className="todo-list"></ul>
      <div className="button-row">
        <Link className="button" to={`/groups/${group.id}/schedules/new`}>
          Add a meeting schedule
        </Link>
      </div>
      {past.length > 0 && (
        <details>
          <summary>Earlier schedules ({past.length})</summary>
          <ul>
            {past.map((schedule) => (
              <li key={schedule.id}>
                {describeSeries(schedule)}, {longDate(schedule.startsOn)} to{' '}
                {longDate(schedule.endsOn ?? schedule.startsOn)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
