// Add one closure: a date or a range, who it applies to, and why.
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { isoDate } from '@shared/model';
import { db } from '../../db/database';
import { addClosure } from '../../db/closureOps';
import { todayIso } from '../../domain/dates';
import { ErrorSummary, SelectField, TextField } from '../../ui/fields';
import { fieldErrorsOf, type FieldErrors } from '../../ui/forms';

const closureFormSchema = z
  .object({
    startDate: isoDate,
    endDate: isoDate,
    scope: z.enum(['all', 'venue', 'group']),
    venueId: z.string(),
    groupId: z.string(),
    reason: z.string().trim().min(1, 'Say why there is no meeting, for example "Thanksgiving"').max(200),
  })
  .refine((form) => form.endDate >= form.startDate, {
    path: ['endDate'],
    message: 'The last day cannot be before the first',
  })
  .refine((form) => form.scope !== 'venue' || form.venueId, { path: ['venueId'], message: 'Choose the venue' })
  .refine((form) => form.scope !== 'group' || form.groupId, { path: ['groupId'], message: 'Choose the group' });

export function AddClosureForm({ onSaved }: { onSaved: (message: string) => void }) {
  const today = todayIso();
  const blank = { startDate: today, endDate: today, scope: 'all' as const, venueId: '', groupId: '', reason: '' };
  const [form, setForm] = useState<z.input<typeof closureFormSchema>>(blank);
  const [errors, setErrors] = useState<FieldErrors>({});
  const venues = useLiveQuery(
    () =>
      db.venues
        .orderBy('name')
        .filter((v) => !v.deletedAt)
        .toArray(),
    [],
  );
  const groups = useLiveQuery(
    () =>
      db.groups
        .orderBy('name')
        .filter((g) => !g.deletedAt)
        .toArray(),
    [],
  );
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => {
    const value = event.target.value;
    // A one-day closure is the common case: keep the last day with the first until it is changed.
    setForm(
      key === 'startDate' && form.endDate === form.startDate
        ? { ...form, startDate: value, endDate: value }
        : { ...form, [key]: value },
    );
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = closureFormSchema.safeParse(form);
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
    setErrors({});
    const { scope, venueId, groupId, ...rest } = parsed.data;
    await addClosure({
      ...rest,
      scope,
      venueId: scope === 'venue' ? venueId : null,
      groupId: scope === 'group' ? groupId : null,
    });
    setForm(blank);
    onSaved(`Closure added: ${parsed.data.reason}.`);
  }

  return (
    <section className="panel" aria-labelledby="add-closure">
      <h2 id="add-closure">Add a closure</h2>
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={errors} />
        <div className="form-grid">
          <TextField
            label="First day"
            type="date"
            value={form.startDate}
            error={errors.startDate}
            onChange={set('startDate')}
          />
          <TextField
            label="Last day"
            type="date"
            value={form.endDate}
            error={errors.endDate}
            onChange={set('endDate')}
          />
          <SelectField
            label="Applies to"
            value={form.scope}
            onChange={set('scope')}
            options={[
              { value: 'all', label: 'All groups' },
              { value: 'venue', label: 'One venue' },
              { value: 'group', label: 'One group' },
            ]}
          />
          {form.scope === 'venue' && (
            <SelectField
              label="Venue"
              value={form.venueId}
              error={errors.venueId}
              onChange={set('venueId')}
              options={[
                { value: '', label: 'Choose a venue' },
                ...(venues ?? []).map((v) => ({ value: v.id, label: v.name })),
              ]}
            />
          )}
          {form.scope === 'group' && (
            <SelectField
              label="Group"
              value={form.groupId}
              error={errors.groupId}
              onChange={set('groupId')}
              options={[
                { value: '', label: 'Choose a group' },
                ...(groups ?? []).map((g) => ({ value: g.id, label: g.name })),
              ]}
            />
          )}
          <TextField
            label="Reason"
            value={form.reason}
            error={errors.reason}
            onChange={set('reason')}
            help="Shown on the calendar and on flyers."
          />
        </div>
        <button className="button primary" type="submit">
          Add closure
        </button>
      </form>
    </section>
  );
}
