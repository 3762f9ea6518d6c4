// Add a meeting series to a group, or change one: this and later meetings, or all of them.
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from '../../ui/router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { getSettings } from '../../db/settings';
import { createSchedule, editSeries, plannedSeriesEdit } from '../../db/seriesOps';
import { todayIso, weekdayOf } from '../../domain/dates';
import { longDate } from '../../domain/wording';
import { PageHeader } from '../../ui/PageHeader';
import { Notice } from '../../ui/Notice';
import { ErrorSummary, TextField } from '../../ui/fields';
import { nothingChanged, fieldErrorsOf, type FieldErrors, reasonOf } from '../../ui/forms';
import { ScheduleFields } from './ScheduleFields';
import { useConflictCheck } from '../venues/useConflictCheck';
import { ConflictChoices } from '../venues/ConflictList';
import { conflictRefs, skipConflictingDates, type Conflict } from '../../db/bookingConflicts';
import type { ScheduleFormOutput } from './scheduleForm';
import type { SeriesPlan } from '../../domain/conflicts';
import type { SeriesChanges } from '../../domain/seriesEdit';
import { formToSchedule, scheduleFormSchema, scheduleToForm, type ScheduleFormValues } from './scheduleForm';

/** The series fields a change sets (the group and the first date stay the series' own). */
function changesOf(fields: ReturnType<typeof formToSchedule>): SeriesChanges {
  const { groupId: _g, startsOn: _s, ...changes } = fields;
  return changes;
}

export function SchedulePage() {
  const { groupId = '', scheduleId } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const group = useLiveQuery(() => db.groups.get(groupId), [groupId]);
  const [form, setForm] = useState<ScheduleFormValues | null>(null);
  const [mode, setMode] = useState<'this-and-later' | 'all'>(search.get('from') ? 'this-and-later' : 'all');
  const [fromDate, setFromDate] = useState(search.get('from') ?? todayIso());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const { state: check, checkSeries, reset } = useConflictCheck();
  const [pending, setPending] = useState<ScheduleFormOutput | null>(null);
  // A series a later "this and later" change split from this one: "all meetings" stops where it starts.
  const laterPart = useLiveQuery(async () => {
    if (!scheduleId) return null;
    const schedule = await db.schedules.get(scheduleId);
    if (!schedule) return null;
    const [next] = (await db.schedules.where('groupId').equals(schedule.groupId).toArray())
      .flatMap((s) => (s.deletedAt === null && s.continues?.scheduleId === scheduleId ? [s.continues] : []))
      .sort((a, b) => a.from.localeCompare(b.from));
    return next ? { until: schedule.endsOn, from: next.from } : null;
  }, [scheduleId]);

  useEffect(() => {
    let live = true;
    void (async () => {
      if (scheduleId) {
        const schedule = await db.schedules.get(scheduleId);
        if (live && schedule) setForm(scheduleToForm(schedule));
        return;
      }
      const settings = await getSettings();
      const today = todayIso(settings.timeZone);
      if (live)
        setForm({
          rule: 'weekly',
          weekday: weekdayOf(today),
          nth: 1,
          startTime: '18:30',
          durationMinutes: settings.defaultMeetingMinutes,
          timeZone: settings.timeZone,
          venueId: '',
          room: '',
          startsOn: today,
          endsOn: '',
        });
    })();
    return () => {
      live = false;
    };
  }, [scheduleId]);

  if (!group || !form) return <PageHeader title={scheduleId ? 'Change the schedule' : 'Add a meeting schedule'} />;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = scheduleFormSchema.safeParse(form);
    const fromError: FieldErrors =
      mode === 'this-and-later' && !/^\d{4}-\d{2}-\d{2}$/.test(fromDate)
        ? { fromDate: 'Choose the first meeting to change' }
        : {};
    if (!parsed.success || Object.keys(fromError).length > 0) {
      setErrors({ ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...fromError });
      return;
    }
    setErrors({});
    // Every meeting of the next 12 months is checked against the venue's other bookings first: for a
    // change, those of the series as it will be saved and of every later series "this and later" reaches.
    const fields = formToSchedule(groupId, parsed.data);
    let parts: SeriesPlan[] = [{ ...fields, id: null }];
    if (scheduleId) {
      try {
        const { edited, later } = await plannedSeriesEdit(scheduleId, mode, fromDate, changesOf(fields));
        parts = [edited, ...later.map((part) => part.after)];
      } catch (error) {
        setProblem(nothingChanged(`The schedule could not be saved: ${reasonOf(error)}`));
        return;
      }
    }
    setProblem(null);
    const conflicts = await checkSeries(parts);
    if (conflicts === null) return;
    if (conflicts.length > 0) {
      setPending(parsed.data);
      return;
    }
    await save(parsed.data, []);
  }

  async function save(values: ScheduleFormOutput, skip: readonly Conflict[]) {
    const fields = formToSchedule(groupId, values);
    try {
      let saved;
      if (scheduleId) {
        saved = (await editSeries(scheduleId, mode, fromDate, changesOf(fields))).schedule;
      } else {
        saved = await createSchedule(fields);
      }
      // A later series the change reached keeps its id, so its dates are cancelled in it.
      const laterIds = skip.flatMap((c) =>
        c.scheduleId !== null && c.scheduleId !== scheduleId ? [c.scheduleId] : [],
      );
      const skipped = await skipConflictingDates(conflictRefs(skip, saved.id, groupId, new Set(laterIds)));
      const words = scheduleId ? 'Schedule changed.' : 'Schedule added.';
      const skippedWords = `${skipped} conflicting date${skipped === 1 ? ' was' : 's were'} cancelled (room conflict).`;
      navigate(`/groups/${groupId}`, { state: { message: skipped > 0 ? `${words} ${skippedWords}` : words } });
    } catch (error) {
      setProblem(nothingChanged(`The schedule could not be saved: ${reasonOf(error)}`));
    }
  }

  return (
    <>
      <PageHeader
        title={scheduleId ? `Change the schedule of ${group.name}` : `Add a meeting schedule for ${group.name}`}
      />
      {laterPart && mode === 'all' && (
        <Notice kind="info">
          This changes the meetings of this series
          {laterPart.until ? `, until ${longDate(laterPart.until)}` : ''}. Later meetings follow a change made from{' '}
          {longDate(laterPart.from)}: choose “This and later meetings” to change them too.
        </Notice>
      )}
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={errors} />
        {problem && (
          <p className="notice problem" role="alert">
            {problem}
          </p>
        )}
        {scheduleId && (
          <fieldset className="field">
            <legend>Apply the change to</legend>
            <label className="checkbox">
              <input
                type="radio"
                name="mode"
                checked={mode === 'this-and-later'}
                onChange={() => setMode('this-and-later')}
              />
              This and later meetings
            </label>
            {mode === 'this-and-later' && (
              <TextField
                label="Starting with the meeting on"
                type="date"
                value={fromDate}
                error={errors.fromDate}
                help={`Meetings before ${/^\d{4}-\d{2}-\d{2}$/.test(fromDate) ? longDate(fromDate) : 'that date'} and their records stay as they are.`}
                onChange={(e) => setFromDate(e.target.value)}
              />
            )}
            <label className="checkbox">
              <input type="radio" name="mode" checked={mode === 'all'} onChange={() => setMode('all')} />
              All meetings, past and future
            </label>
            <p className="field-help">
              To change only one meeting, open it from the group's meeting list and choose "Move only this meeting".
            </p>
          </fieldset>
        )}
        {check.kind === 'failed' && (
          <p className="notice problem" role="alert">
            {check.message}
          </p>
        )}
        {check.kind === 'conflicts' && pending ? (
          <ConflictChoices
            conflicts={check.conflicts}
            what="This series"
            changeLabel="Change the series"
            onChange={() => {
              reset();
              setPending(null);
            }}
            onSkip={() => void save(pending, check.conflicts)}
            onCancel={() => navigate(`/groups/${groupId}`)}
          />
        ) : (
          <ScheduleFields form={form} errors={errors} onChange={setForm} showDates={!scheduleId} />
        )}
        {/* Left out, not hidden: the button row's display: flex would override `hidden`. */}
        {!(check.kind === 'conflicts' && pending !== null) && (
          <div className="button-row">
            <button className="button primary" type="submit">
              {scheduleId ? 'Save the change' : 'Save schedule'}
            </button>
            <button className="button" type="button" onClick={() => navigate(`/groups/${groupId}`)}>
              Cancel
            </button>
          </div>
        )}
      </form>
    </>
  );
}
