// The booking form's fields: group, series or one date, room, status, agreement end and notes.
import type { Group, Schedule, Venue } from '@shared/model';
import { BOOKING_STATUSES } from '@shared/model';
import { BOOKING_STATUS_LABELS } from '../../domain/bookingsWording';
import { describeSeries } from '../../domain/wording';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import type { FieldErrors } from '../../ui/forms';
import type { BookingForm } from './bookingForm';
import { fromRoomOption, roomOptions, toRoomOption } from './roomChoices';

export function BookingFields({
  form,
  errors,
  venue,
  groups,
  series,
  venueNames,
  savedRoom,
  onChange,
}: {
  form: BookingForm;
  errors: FieldErrors;
  venue: Venue;
  groups: readonly Group[];
  /** the chosen group's series */
  series: readonly Schedule[];
  venueNames: ReadonlyMap<string, string>;
  /** the room of the booking as saved (offered even when the venue no longer lists it) */
  savedRoom?: string;
  onChange: (form: BookingForm) => void;
}) {
  const set = <K extends keyof BookingForm>(key: K, value: BookingForm[K]) => onChange({ ...form, [key]: value });
  const chosen = series.find((s) => s.id === form.scheduleId);
  const elsewhere = chosen && chosen.venueId !== null && chosen.venueId !== venue.id;

  function chooseSeries(scheduleId: string) {
    const schedule = series.find((s) => s.id === scheduleId);
    const room = schedule && venue.rooms.includes(schedule.room) ? schedule.room : form.room;
    onChange({ ...form, scheduleId, room });
  }

  return (
    <div className="form-grid">
      <SelectField
        label="Group"
        value={form.groupId}
        error={errors.groupId}
        options={[
          { value: '', label: 'Choose a group' },
          ...groups.map((group) => ({ value: group.id, label: group.name })),
        ]}
        onChange={(e) => onChange({ ...form, groupId: e.target.value, scheduleId: '' })}
      />
      <fieldset className="field wide">
        <legend>What is booked</legend>
        <label className="checkbox">
          <input type="radio" name="kind" checked={form.kind === 'series'} onChange={() => set('kind', 'series')} />
          Every meeting of a series
        </label>
        <label className="checkbox">
          <input type="radio" name="kind" checked={form.kind === 'date'} onChange={() => set('kind', 'date')} />
          One date only
        </label>
      </fieldset>
      {form.kind === 'series' ? (
        <SelectField
          label="Meeting series"
          wide
          value={form.scheduleId}
          error={errors.scheduleId}
          help={
            form.groupId !== '' && series.length === 0
              ? 'This group has no meeting series yet. Add one on the group page, or book one date.'
              : elsewhere
                ? `This series is set to meet at ${venueNames.get(chosen.venueId ?? '') ?? 'another venue'}. Change its venue on the group page if it moves here.`
                : chosen && chosen.venueId === null
                  ? 'Saving also sets this series to meet here, in the room you choose.'
                  : undefined
          }
          options={[
            { value: '', label: form.groupId === '' ? 'Choose a group first' : 'Choose a series' },
            ...series.map((schedule) => ({
              value: schedule.id,
              label: `${describeSeries(schedule)}${
                schedule.venueId && schedule.venueId !== venue.id
                  ? ` (at ${venueNames.get(schedule.venueId) ?? 'another venue'})`
                  : ''
              }`,
            })),
          ]}
          onChange={(e) => chooseSeries(e.target.value)}
        />
      ) : (
        <>
          <TextField
            label="Date"
            type="date"
            value={form.date}
            error={errors.date}
            onChange={(e) => set('date', e.target.value)}
          />
          <TextField
            label="Start time"
            type="time"
            value={form.startTime}
            error={errors.startTime}
            onChange={(e) => set('startTime', e.target.value)}
          />
          <TextField
            label="End time"
            type="time"
            value={form.endTime}
            error={errors.endTime}
            onChange={(e) => set('endTime', e.target.value)}
          />
        </>
      )}
      <SelectField
        label="Room"
        value={toRoomOption(form.room)}
        error={errors.room}
        help="Booking the whole venue keeps every room for this group at that time."
        // The booking's own room stays on the list when the venue no longer has it, so it can be saved.
        options={roomOptions(venue.rooms, form.room, savedRoom ?? null)}
        onChange={(e) => set('room', fromRoomOption(e.target.value) ?? '')}
      />
      <SelectField
        label="Status"
        value={form.status}
        error={errors.status}
        help="Requested until the host says yes. The date of each change is kept."
        options={BOOKING_STATUSES.map((status) => ({ value: status, label: BOOKING_STATUS_LABELS[status] }))}
        onChange={(e) => set('status', e.target.value as BookingForm['status'])}
      />
      <TextField
        label="Agreement ends on"
        type="date"
        value={form.agreementEndsOn}
        error={errors.agreementEndsOn}
        help="Leave blank if the agreement has no end date. Home reminds you 30 days before."
        onChange={(e) => set('agreementEndsOn', e.target.value)}
      />
      <TextArea
        label="Notes"
        wide
        rows={2}
        value={form.notes}
        error={errors.notes}
        help="For example: key at the front desk; set up chairs in a circle."
        onChange={(e) => set('notes', e.target.value)}
      />
    </div>
  );
}
