// Add a meeting series to a group, or change one: this and later meetings, or all of them.
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { getSettings } from '../../db/settings';
import { createSchedule, editSeries } from '../../db/seriesOps';
import { todayIso, weekdayOf } from '../../domain/dates';
import { longDate } from '../../domain/wording';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorSummary, TextField } from '../../ui/fields';
import { fieldErrorsOf, type FieldErrors } from '../../ui/forms';
import { ScheduleFields } from './ScheduleFields';
import { useConflictCheck } from '../venues/useConflictCheck';
import { ConflictChoices } from '../venues/ConflictList';
import { conflictRefs, skipConflictingDates, type Conflict } from '../../db/bookingConflicts';
import type { ScheduleFormOutput } from './scheduleForm';
import { formToSchedule, scheduleFormSchema, scheduleToForm, type ScheduleFormValues } from './scheduleForm';

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
    // Every meeting of the next 12 months is checked against the venue's other bookings first.
    const fields = formToSchedule(groupId, parsed.data);
    const startsOn = scheduleId && mode === 'this-and-later' ? fromDate : fields.startsOn;
    const conflicts = await checkSeries({ ...fields, id: scheduleId ?? null, startsOn });
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
        const { groupId: _g, startsOn: _s, ...changes } = fields;
        saved = (await editSeries(scheduleId, mode, fromDate, changes)).schedule;
      } else {
        saved = await createSchedule(fields);
      }
      const skipped = await skipConflictingDates(conflictRefs(skip, saved.id, groupId));
      const words = scheduleId ? 'Schedule changed.' : 'Schedule added.';
      const skippedWords = `${skipped} conflicting date${skipped === 1 ? ' was' : 's were'} cancelled (room conflict).`;
      navigate(`/groups/${groupId}`, { state: { message: skipped > 0 ? `${words} ${skippedWords}` : words } });
    } catch (error) {
      setProblem(
        `The schedule could not be saved: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`,
      );
    }
  }

  return (
    <>
      <PageHeader
        title={scheduleId ? `Change the schedule of ${group.name}` : `Add a meeting schedule for ${group.name}`}
      />
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
        <div className="button-row" hidden={check.kind === 'conflicts' && pending !== null}>
          <button className="button primary" type="submit">
            {scheduleId ? 'Save the change' : 'Save schedule'}
          </button>
          <button className="button" type="button" onClick={() => navigate(`/groups/${groupId}`)}>
            Cancel
          </button>
        </div>
      </form>
    </>
  );
}
