// The donor form: who gave, and where their thank-you letter goes.
import type { Donor, NewRecord } from '@shared/model';
import { ErrorSummary, SelectField, TextArea, TextField } from '../../ui/fields';
import { useForm } from '../../ui/useForm';
import { readDonorForm, type DonorFormValues } from './donorForm';

export function DonorForm({
  initial,
  submitLabel,
  onSave,
}: {
  initial: DonorFormValues;
  submitLabel: string;
  onSave: (fields: NewRecord<Donor>) => Promise<void>;
}) {
  const { form, errors, busy, set, submit } = useForm(initial, readDonorForm, onSave, 'The donor could not be saved');

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} />
      <div className="form-grid">
        <TextField
          label="Name"
          value={form.name}
          error={errors.name}
          help="As it should appear on the thank-you letter."
          onChange={(e) => set('name')(e.target.value)}
        />
        <SelectField
          label="Person or organisation"
          value={form.kind}
          error={errors.kind}
          options={[
            { value: 'organisation', label: 'Organisation (a business, church, library…)' },
            { value: 'person', label: 'Person' },
          ]}
          onChange={(e) => set('kind')(e.target.value as Donor['kind'])}
        />
        <TextArea
          label="Mailing address"
          wide
          rows={3}
          value={form.address}
          error={errors.address}
          help="One line per row, as it goes on the envelope."
          onChange={(e) => set('address')(e.target.value)}
        />
        <TextField
          label="Email"
          type="email"
          value={form.email}
          error={errors.email}
          onChange={(e) => set('email')(e.target.value)}
        />
        <TextField
          label="Phone"
          type="tel"
          value={form.phone}
          error={errors.phone}
          onChange={(e) => set('phone')(e.target.value)}
        />
        <TextArea
          label="Notes"
          wide
          rows={2}
          value={form.notes}
          error={errors.notes}
          onChange={(e) => set('notes')(e.target.value)}
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
