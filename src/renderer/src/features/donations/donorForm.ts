// What the donor form accepts.
import { z } from 'zod';
import type { Donor, NewRecord } from '@shared/model';
import { fieldErrorsOf, looksLikeEmail, type FieldErrors } from '../../ui/forms';

export const donorFormSchema = z.object({
  // One space between words: "Mary  Jones" looks like "Mary Jones" on screen, yet would sort, search and
  // match an imported row differently.
  name: z
    .string()
    .overwrite((name) => name.trim().replace(/\s+/g, ' '))
    .min(1, 'Enter the donor’s name')
    .max(200, 'Keep the name under 200 characters'),
  kind: z.enum(['person', 'organisation']),
  address: z.string().trim().max(500, 'Keep the address under 500 characters'),
  email: z.string().trim().max(200).refine(looksLikeEmail, 'Enter an email address like name@example.org'),
  phone: z.string().trim().max(40, 'Keep the phone number under 40 characters'),
  notes: z.string().trim().max(2000, 'Keep the notes under 2,000 characters'),
});

export type DonorFormValues = z.input<typeof donorFormSchema>;

export const emptyDonor: DonorFormValues = {
  name: '',
  kind: 'organisation',
  address: '',
  email: '',
  phone: '',
  notes: '',
};

export function readDonorForm(
  values: DonorFormValues,
): { ok: true; fields: NewRecord<Donor> } | { ok: false; errors: FieldErrors } {
  const parsed = donorFormSchema.safeParse(values);
  return parsed.success ? { ok: true, fields: parsed.data } : { ok: false, errors: fieldErrorsOf(parsed.error) };
}

export const donorValuesOf = ({ name, kind, address, email, phone, notes }: Donor): DonorFormValues => ({
  name,
  kind,
  address,
  email,
  phone,
  notes,
});
