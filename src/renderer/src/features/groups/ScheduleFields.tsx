// The fields of a meeting series: how often, which day, what time, how long, where, from when.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { SelectField, TextField } from '../../ui/fields';
import type { FieldErrors } from '../../ui/forms';
import { NTH_LABELS, RULE_LABELS } from '../../domain/labels';
import { weekdayName } from '../../domain/wording';
import { timeZoneOptions } from '../settings/settingsForm';
import type { ScheduleFormValues } from './scheduleForm';
import { RoomField, roomForVenue } from '../venues/RoomField';

const WEEKDAY_OPTIONS = [0, 1, 2, 3, 4, 5, 6].map((day) => ({ value: String(day), label: weekdayName(day) }));
const NTH_OPTIONS = (['1', '2', '3', '4', '-1'] as const).map((value) => ({ value, label: NTH_LABELS[value] }));

export function ScheduleFields({
  form,
  errors,
  onChange,
  showDates = true,
}: {
  form: ScheduleFormValues;
  errors: FieldErrors;
  onChange: (form: ScheduleFormValues) => void;
  showDates?: boolean;
}) {
  const venues = useLiveQuery(
    () =>
      db.venues
        .orderBy('name')
        .filter((v) => !v.deletedAt)
        .toArray(),
    [],
  );
  const venue = venues?.find((v) => v.id === form.venueId);
  // Until the venues are read (a moment), the venue and its room show as chosen but cannot be changed:
  // the room stays a list, rather than a text box that turns into one under the coordinator's hand.
  const loading = venues === undefined;
  const set = (key: keyof ScheduleFormValues) => (event: { target: { value: string } }) =>
    onChange({ ...form, [key]: event.target.value });

  return (
    <div className="form-grid">
      <fieldset className="field wide">
        <legend>How often</legend>
        {(Object.keys(RULE_LABELS) as (keyof typeof RULE_LABELS)[]).map((rule) => (
          <label className="checkbox" key={rule}>
            <input type="radio" name="rule" value={rule} checked={form.rule === rule} onChange={set('rule')} />
            {RULE_LABELS[rule]}
          </label>
        ))}
      </fieldset>
      {form.rule === 'monthly' && (
        <SelectField
          label="Which week of the month"
          value={String(form.nth)}
          error={errors.nth}
          options={NTH_OPTIONS}
          onChange={set('nth')}
        />
      )}
      <SelectField
        label="Day of the week"
        value={String(form.weekday)}
        options={WEEKDAY_OPTIONS}
        onChange={set('weekday')}
      />
      <TextField
        label="Start time"
        type="time"
        value={form.startTime}
        error={errors.startTime}
        onChange={set('startTime')}
      />
      <TextField
        label="Length (minutes)"
        inputMode="numeric"
        value={String(form.durationMinutes)}
        error={errors.durationMinutes}
        help="Connection groups meet for 90 minutes."
        onChange={set('durationMinutes')}
      />
      <SelectField
        label="Time zone"
        value={form.timeZone}
        error={errors.timeZone}
        options={timeZoneOptions(form.timeZone)}
        onChange={set('timeZone')}
      />
      <SelectField
        label="Venue"
        value={form.venueId}
        disabled={loading}
        options={[
          { value: '', label: 'No venue (online, or not decided)' },
          ...(loading && form.venueId ? [{ value: form.venueId, label: 'Loading venues…' }] : []),
          ...(venues ?? []).map((v) => ({ value: v.id, label: v.name })),
        ]}
        onChange={(event) =>
          onChange({
            ...form,
            venueId: event.target.value,
            room: roomForVenue(venues?.find((v) => v.id === event.target.value)),
          })
        }
      />
      <RoomField
        venue={venue}
        loading={loading && form.venueId !== ''}
        value={form.room ?? null}
        error={errors.room}
        help={
          venue && venue.rooms.length > 0
            ? 'The room the group meets in. The whole venue keeps every room for the group at that time.'
            : undefined
        }
        onChange={(room) => onChange({ ...form, room })}
      />
      {showDates && (
        <TextField
          label="First meeting on or after"
          type="date"
          value={form.startsOn}
          error={errors.startsOn}
          onChange={set('startsOn')}
        />
      )}
      <TextField
        label="Last date (optional)"
        type="date"
        value={form.endsOn}
        error={errors.endsOn}
        help="Leave empty if the group goes on."
        onChange={set('endsOn')}
      />
    </div>
  );
}
