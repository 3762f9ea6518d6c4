// Every group's meetings by month, by week, or as an agenda, over all groups or a chosen set.
import { useEffect, useMemo } from 'react';
import { Link, useSearchParams } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { useSharedQuery } from '../../db/sharedQuery';
import type { Occurrence } from '../../domain/occurrences';
import { PageHeader } from '../../ui/PageHeader';
import { SelectField } from '../../ui/fields';
import { MeetingTable } from '../meetings/MeetingTable';
import { useNames } from '../meetings/useNames';
import { MonthGrid } from './MonthGrid';
import { stepAnchor, viewRange, viewTitle } from './calendarRange';
import { calendarChoice, calendarQuery, readCalendarAhead, VIEWS } from './calendarQuery';

/** The router starts the calendar's read as the navigation begins. */
export const readAhead = readCalendarAhead;

export function CalendarPage() {
  const [params, setParams] = useSearchParams();
  const { view, anchor, group: groupFilter, affiliate: affiliateFilter } = calendarChoice(params);
  const names = useNames();
  const { from, to } = viewRange(view, anchor);

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const groupIds = groupFilter
    ? [groupFilter]
    : affiliateFilter && names
      ? [...names.groups.values()].filter((g) => g.affiliateId === affiliateFilter).map((g) => g.id)
      : undefined;

  // Waits for the names only when a filter needs them to know its groups.
  const waiting = groupFilter === '' && affiliateFilter !== '' && !names;
  const query = calendarQuery(from, to, groupIds);
  const occurrences = useSharedQuery(waiting ? null : query.key, query.read);
  const byDate = useMemo(() => {
    const map = new Map<string, Occurrence[]>();
    for (const occurrence of occurrences ?? []) {
      const list = map.get(occurrence.date) ?? [];
      list.push(occurrence);
      map.set(occurrence.date, list);
    }
    return map;
  }, [occurrences]);

  // For `npm run bench`: the moment the range's meetings are on screen.
  useEffect(() => void (occurrences && names && performance.mark('calendar-painted')), [occurrences, names]);

  const title = viewTitle(view, anchor);
  const liveGroups = names?.liveGroups ?? [];
  const affiliates = useLiveQuery(
    async () => (await db.affiliates.orderBy('name').toArray()).filter((a) => !a.deletedAt),
    [],
  );

  return (
    <>
      <PageHeader
        title="Calendar"
        action={
          <Link className="button" to="/calendar/closures">
            Closures and holidays
          </Link>
        }
      />
      <div className="filters">
        <div className="field">
          <span className="field-label" id="view-label">
            View
          </span>
          <div className="segmented" role="group" aria-labelledby="view-label">
            {VIEWS.map((option) => (
              <button
                key={option.value}
                type="button"
                className="button"
                aria-pressed={view === option.value}
                onClick={() => update({ view: option.value })}
              >
                {option.label}
              </button>
            ))}
          </div>
        </div>
        <SelectField
          label="Affiliate"
          value={affiliateFilter}
          onChange={(e) => update({ affiliate: e.target.value, group: '' })}
          options={[
            { value: '', label: 'All affiliates' },
            ...(affiliates ?? []).map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <SelectField
          label="Group"
          value={groupFilter}
          onChange={(e) => update({ group: e.target.value })}
          options={[
            { value: '', label: 'All groups' },
            ...liveGroups
              .filter((g) => !affiliateFilter || g.affiliateId === affiliateFilter)
              .map((g) => ({ value: g.id, label: g.name })),
          ]}
        />
      </div>
      <div className="calendar-nav">
        <button className="button" type="button" onClick={() => update({ date: stepAnchor(view, anchor, -1) })}>
          <span aria-hidden="true">←</span> Previous
        </button>
        <button className="button" type="button" onClick={() => update({ date: '' })}>
          Today
        </button>
        <button className="button" type="button" onClick={() => update({ date: stepAnchor(view, anchor, 1) })}>
          Next <span aria-hidden="true">→</span>
        </button>
        <h2 className="calendar-title" aria-live="polite">
          {title}
        </h2>
      </div>
      {!occurrences || !names ? (
        <p className="muted">Loading meetings…</p>
      ) : view === 'agenda' ? (
        occurrences.length === 0 ? (
          <p>No meetings in these weeks.</p>
        ) : (
          <MeetingTable occurrences={occurrences} names={names} caption={`Meetings, ${title}`} />
        )
      ) : (
        <MonthGrid
          from={from}
          to={to}
          month={view === 'month' ? anchor.slice(0, 7) : null}
          byDate={byDate}
          names={names}
          caption={`Meetings, ${title}`}
          filterQuery={`${groupFilter ? `&group=${groupFilter}` : ''}${affiliateFilter ? `&affiliate=${affiliateFilter}` : ''}`}
        />
      )}
    </>
  );
}
