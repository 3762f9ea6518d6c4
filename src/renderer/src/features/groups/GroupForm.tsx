// Create or edit a group: its name, program, affiliate, language, format and public details.
import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { ErrorSummary, SelectField, TextArea, TextField } from '../../ui/fields';
import { fieldErrorsOf, type FieldErrors, reasonOf } from '../../ui/forms';
import { FORMAT_LABELS, PROGRAM_LABELS, STATUS_LABELS } from '../../domain/labels';
import { NameWarning } from '../../ui/NameWarning';
import { groupFormSchema, type GroupFormValues } from './groupForm';
import type { z } from 'zod';

const options = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

export function GroupForm({
  initial,
  submitLabel,
  onSave,
  onCancel,
}: {
  initial: GroupFormValues;
  submitLabel: string;
  onSave: (values: z.output<typeof groupFormSchema>) => Promise<void>;
  onCancel: () => void;
}) {
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const affiliates = useLiveQuery(
    () =>
      db.affiliates
        .orderBy('name')
        .filter((a) => !a.deletedAt)
        .toArray(),
    [],
  );

  const set = (key: keyof GroupFormValues) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = groupFormSchema.safeParse(form);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    try {
      await onSave(parsed.data);
    } catch (error) {
      setProblem(`The group could not be saved: ${reasonOf(error)}`);
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={errors} />
      {problem && (
        <p className="notice problem" role="alert">
          {problem}
        </p>
      )}
      <div className="form-grid">
        <TextField label="Group name" wide value={form.name} error={errors.name} onChange={set('name')} />
        <SelectField label="Program" value={form.program} options={options(PROGRAM_LABELS)} onChange={set('program')} />
        <SelectField
          label="Affiliate"
          value={form.affiliateId}
          options={[
            { value: '', label: 'No affiliate' },
            ...(affiliates ?? []).map((a) => ({ value: a.id, label: a.name })),
          ]}
          onChange={set('affiliateId')}
        />
        <TextField
          label="Language"
          value={form.language}
          error={errors.language}
          help="The language the group meets in, for example English or Spanish."
          onChange={set('language')}
        />
        <SelectField label="Format" value={form.format} options={options(FORMAT_LABELS)} onChange={set('format')} />
        <SelectField
          label="Status"
          value={form.status}
          options={options(STATUS_LABELS)}
          help="Pausing calls off its meetings from tomorrow until it is active again. Ending also ends its meeting series today."
          onChange={set('status')}
        />
        <TextField
          label="Public contact phone"
          type="tel"
          value={form.contactPhone}
          onChange={set('contactPhone')}
          help="Printed on flyers and tear-off tabs."
        />
        <TextField
          label="Public contact email"
          type="email"
          value={form.contactEmail}
          error={errors.contactEmail}
          onChange={set('contactEmail')}
        />
        <TextArea
          label="Accessibility notes"
          wide
          value={form.accessibilityNotes}
          rows={2}
          onChange={set('accessibilityNotes')}
          help="For example: step-free entrance on the east side."
        />
        {form.format !== 'in-person' && (
          <TextArea
            label="How to join online"
            wide
            value={form.joinInfo}
            rows={2}
            onChange={set('joinInfo')}
            help="The link or phone number people use to join. It is printed on flyers."
          />
        )}
        <TextArea
          label="Flyer welcome text"
          wide
          value={form.flyerText}
          rows={3}
          onChange={set('flyerText')}
          help="Leave empty to use the standard welcome: free, confidential, 90 minutes, for adults living with a mental health condition."
        />
        <TextArea
          label="Notes"
          wide
          value={form.notes}
          rows={3}
          onChange={set('notes')}
          help="For coordinators only. Never write the names of people who attend."
        />
        <NameWarning text={form.notes} />
      </div>
      <div className="button-row">
        <button className="button primary" type="submit">
          {submitLabel}
        </button>
        <button className="button" type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
