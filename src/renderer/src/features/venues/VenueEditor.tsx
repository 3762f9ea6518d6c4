// The venue form: name, address, rooms, contact person, capacity, accessibility and what it costs.
import { useState, type FormEvent } from 'react';
import { CheckboxField, ErrorSummary, TextArea, TextField } from '../../ui/fields';
import { nothingChanged, fieldErrorsOf, type FieldErrors, reasonOf } from '../../ui/forms';
import { Notice } from '../../ui/Notice';
import { RoomInUseError } from '../../db/venues';
import { formToVenue, venueFormSchema, type VenueFields, type VenueForm } from './venueForm';

export function VenueEditor({
  initial,
  submitLabel,
  onSave,
  onCancel,
}: {
  initial: VenueForm;
  submitLabel: string;
  /** resolves when saved; throws to report a failure */
  onSave: (fields: VenueFields) => Promise<void>;
  onCancel: () => void;
}) {
  const [form, setForm] = useState<VenueForm>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [roomsInUse, setRoomsInUse] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof VenueForm>(key: K, value: VenueForm[K]) => setForm({ ...form, [key]: value });
  const text = (key: keyof VenueForm & string) => ({
    value: form[key] as string,
    error: errors[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = venueFormSchema.safeParse(form);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      setProblem(null);
      return;
    }
    setErrors({});
    setProblem(null);
    setRoomsInUse(undefined);
    setBusy(true);
    try {
      await onSave(formToVenue(parsed.data));
    } catch (error) {
      if (error instanceof RoomInUseError) {
        // Said in full at the top, and next to the rooms: the message already says nothing was changed.
        setProblem(error.message);
        setRoomsInUse(`${error.uses.join('. ')}.`);
      } else {
        setProblem(nothingChanged(`The venue could not be saved: ${reasonOf(error)}`));
      }
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={errors} />
      {problem && (
        <Notice kind="problem" role="alert">
          {problem}
        </Notice>
      )}
      <h2>The place</h2>
      <div className="form-grid">
        <TextField label="Venue name" wide autoComplete="organization" {...text('name')} />
        <TextArea
          label="Address"
          wide
          rows={3}
          help="One line per row, as you would write it on a flyer."
          {...text('address')}
        />
        <TextArea
          label="Rooms"
          rows={3}
          help="One room per line, for example Oak Room. Leave blank if the group uses the whole place."
          {...text('rooms')}
          error={errors.rooms ?? roomsInUse}
        />
        <TextField
          label="Capacity (people)"
          inputMode="numeric"
          help="How many people fit in the room the groups use."
          {...text('capacity')}
        />
      </div>
      <h2>Contact person</h2>
      <div className="form-grid">
        <TextField label="Contact name" autoComplete="off" {...text('contactName')} />
        <TextField label="Contact phone" type="tel" autoComplete="off" {...text('contactPhone')} />
        <TextField label="Contact email" type="email" autoComplete="off" {...text('contactEmail')} />
      </div>
      <h2>Accessibility</h2>
      <fieldset className="field wide">
        <legend>What the venue offers</legend>
        <CheckboxField
          label="Step-free entrance"
          checked={form.stepFree}
          onChange={(e) => set('stepFree', e.target.checked)}
        />
        <CheckboxField
          label="Accessible restroom"
          checked={form.restroom}
          onChange={(e) => set('restroom', e.target.checked)}
        />
        <CheckboxField label="Parking" checked={form.parking} onChange={(e) => set('parking', e.target.checked)} />
        <CheckboxField
          label="Public transit nearby"
          checked={form.transit}
          onChange={(e) => set('transit', e.target.checked)}
        />
      </fieldset>
      <div className="form-grid">
        <TextArea
          label="Accessibility notes"
          wide
          rows={2}
          help="For example: use the east entrance after 5 PM; elevator to the second floor."
          {...text('accessibilityNotes')}
        />
      </div>
      <h2>Cost</h2>
      <div className="form-grid">
        <TextField
          label="Cost per meeting ($)"
          inputMode="decimal"
          help="0 when the space is donated."
          {...text('cost')}
        />
        <TextField
          label="Fair rental value per meeting ($)"
          inputMode="decimal"
          help="What the room would cost to rent. A donated space is counted as a gift worth this much for each meeting held."
          {...text('fairRental')}
        />
        <TextArea label="Notes" wide rows={3} {...text('notes')} />
      </div>
      <div className="button-row">
        <button className="button primary" type="submit" disabled={busy}>
          {submitLabel}
        </button>
        <button className="button" type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
