// The gift form, for a new gift and for changing one. Saves with Enter like every form.
import { useState } from 'react';
import { Link } from '../../ui/router';
import type { Donation, NewRecord } from '@shared/model';
import { ErrorSummary, SelectField, TextArea, TextField } from '../../ui/fields';
import { useForm } from '../../ui/useForm';
import { NOT_VOLUNTEER_TIME } from '../../domain/donationLabels';
import {
  CATEGORY_OPTIONS,
  VALUATION_OPTIONS,
  readDonationForm,
  sameFormValues,
  takeInStoredChanges,
  type DonationFormValues,
} from './donationForm';
import { DonorPicker } from './DonorPicker';
import type { DonationRefs } from './useDonationRefs';

export function DonationForm({
  initial,
  refs,
  submitLabel,
  onSave,
}: {
  /** the values to start from; when they change later, the fields not typed in follow them */
  initial: DonationFormValues;
  refs: DonationRefs;
  submitLabel: string;
  /** resolves when saved; throws with words for the coordinator when it could not be */
  onSave: (fields: NewRecord<Donation>) => Promise<void>;
}) {
  const { form, setForm, errors, busy, set, submit } = useForm(
    initial,
    readDonationForm,
    onSave,
    'The gift could not be saved',
  );
  // The gift can change while its form is open (marked acknowledged, or undone, just above it): take in
  // what changed without throwing away what the coordinator has typed and not saved yet.
  const [stored, setStored] = useState(initial);
  if (!sameFormValues(stored, initial)) {
    setStored(initial);
    setForm((current) => takeInStoredChanges(current, stored, initial));
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <div className="form-grid">
        <TextField
          label="Date received"
          type="date"
          value={form.date}
          error={errors.date}
          onChange={(e) => set('date')(e.target.value)}
        />
        <div className="field-group">
          <DonorPicker
            label="Donor"
            emptyLabel="Choose a donor"
            value={form.donorId}
            error={errors.donorId}
            onChange={set('donorId')}
          />
          <p className="field-aside">
            Not in the list? <Link to="/donations/donors/new?then=gift">Add a new donor</Link>
          </p>
        </div>
        <SelectField
          label="Category"
          value={form.category}
          error={errors.category}
          help={NOT_VOLUNTEER_TIME}
          options={CATEGORY_OPTIONS}
          onChange={(e) => set('category')(e.target.value as Donation['category'])}
        />
        <TextField
          label="Quantity"
          value={form.quantity}
          error={errors.quantity}
          help="For example: 4 trays, 300 flyers, 12 meetings."
          onChange={(e) => set('quantity')(e.target.value)}
        />
        <TextArea
          label="What was given"
          wide
          rows={2}
          value={form.description}
          error={errors.description}
          help="In the words the thank-you letter should use."
          onChange={(e) => set('description')(e.target.value)}
        />
        <TextField
          label="Estimated fair market value ($)"
          inputMode="decimal"
          value={form.value}
          error={errors.value}
          help="Dollars and cents, like 120.00. For your records only: letters never state a value."
          onChange={(e) => set('value')(e.target.value)}
        />
        <SelectField
          label="How it was valued"
          value={form.valuationMethod}
          error={errors.valuationMethod}
          options={VALUATION_OPTIONS}
          onChange={(e) => set('valuationMethod')(e.target.value as Donation['valuationMethod'])}
        />
        <SelectField
          label="Group it served"
          value={form.groupId}
          error={errors.groupId}
          options={[
            { value: '', label: 'No particular group' },
            ...refs.groups.map(({ id, name }) => ({ value: id, label: name })),
          ]}
          onChange={(e) => set('groupId')(e.target.value)}
        />
        <SelectField
          label="Venue it served"
          value={form.venueId}
          error={errors.venueId}
          options={[
            { value: '', label: 'No particular venue' },
            ...refs.venues.map(({ id, name }) => ({ value: id, label: name })),
          ]}
          onChange={(e) => set('venueId')(e.target.value)}
        />
        <TextField
          label="Date acknowledged"
          type="date"
          value={form.acknowledgedOn}
          error={errors.acknowledgedOn}
          help="Filled in when you print the thank-you letter. Set it yourself if you thanked the donor another way."
          onChange={(e) => set('acknowledgedOn')(e.target.value)}
        />
      </div>
      <div className="button-row">
        <button className="button primary" type="submit" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
