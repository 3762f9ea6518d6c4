// The fields of a facilitator's details, shared by "Add applicant" and "Edit details".
import type { FormEvent, ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { ErrorSummary, SelectField, TextArea, TextField } from '../../ui/fields';
import type { FieldErrors } from '../../ui/forms';
import type { FacilitatorFormValues } from './facilitatorForm';
import { todayIso } from '../../domain/dates';

export function FacilitatorForm({
  values,
  errors,
  onChange,
  onSubmit,
  askAppliedOn,
  submitLabel,
  footer,
}: {
  values: FacilitatorFormValues;
  errors: FieldErrors;
  onChange: (values: FacilitatorFormValues) => void;
  onSubmit: (event: FormEvent) => void;
  askAppliedOn: boolean;
  submitLabel: string;
  footer?: ReactNode;
}) {
  const affiliates = useLiveQuery(async () =>
    (await db.affiliates.orderBy('name').toArray()).filter((a) => !a.deletedAt),
  );
  const set = (key: keyof FacilitatorFormValues) => (value: string) => onChange({ ...values, [key]: value });
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={errors} />
      <div className="form-grid">
        <TextField
          label="Name"
          wide
          value={values.name}
          error={errors.name}
          autoComplete="off"
          onChange={(e) => set('name')(e.target.value)}
        />
        <TextField
          label="Phone"
          type="tel"
          value={values.phone}
          error={errors.phone}
          onChange={(e) => set('phone')(e.target.value)}
        />
        <TextField
          label="Email"
          type="email"
          value={values.email}
          error={errors.email}
          onChange={(e) => set('email')(e.target.value)}
        />
        <SelectField
          label="Affiliate"
          value={values.affiliateId}
          error={errors.affiliateId}
          onChange={(e) => set('affiliateId')(e.target.value)}
          options={[
            { value: '', label: 'No affiliate' },
            ...(affiliates ?? []).map((affiliate) => ({ value: affiliate.id, label: affiliate.name })),
          ]}
        />
        <TextField
          label="Languages"
          value={values.languages}
          error={errors.languages}
          help="The languages they can facilitate in, separated by commas: English, Spanish"
          onChange={(e) => set('languages')(e.target.value)}
        />
        {askAppliedOn && (
          <TextField
            label="Applied on"
            type="date"
            max={todayIso()}
            value={values.appliedOn}
            error={errors.appliedOn}
            onChange={(e) => set('appliedOn')(e.target.value)}
          />
        )}
        <TextField
          label="Waiting on"
          wide
          value={values.waitingOn}
          error={errors.waitingOn}
          help="What they need next, so nobody is forgotten: a reference, a training date, a call back."
          onChange={(e) => set('waitingOn')(e.target.value)}
        />
        <TextArea
          label="Notes"
          wide
          rows={3}
          value={values.notes}
          error={errors.notes}
          help="Availability, experience, anything that helps place them. Never anything about group members."
          onChange={(e) => set('notes')(e.target.value)}
        />
      </div>
      <div className="button-row">
        <button className="button primary" type="submit">
          {submitLabel}
        </button>
        {footer}
      </div>
    </form>
  );
}
