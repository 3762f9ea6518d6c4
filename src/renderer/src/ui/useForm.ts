// The state every form keeps: its values, each field's error, whether it is saving, and the submit
// that checks the values first and saves only when they are right.
import { useState, type FormEvent } from 'react';
import type { FieldErrors } from './forms';

export type FormReading<F> = { ok: true; fields: F } | { ok: false; errors: FieldErrors };

export function useForm<V extends object, F>(
  initial: V,
  read: (values: V) => FormReading<F>,
  save: (fields: F) => Promise<void>,
  /** the start of the message when saving fails: "The gift could not be saved" */
  failure: string,
) {
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const set =
    <K extends keyof V>(key: K) =>
    (value: V[K]) =>
      setForm((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = read(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await save(result.fields);
    } catch (error) {
      setErrors({ form: `${failure}: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  }

  return { form, setForm, errors, busy, set, submit };
}
