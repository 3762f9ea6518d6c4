// What the facilitator form accepts, in words a coordinator understands.
import { z } from 'zod';
import { todayIso } from '../../domain/dates';
import { isoDate } from '@shared/model';
import { looksLikeEmail } from '../../ui/forms';

export const facilitatorFormSchema = z.object({
  name: z.string().trim().min(1, "Enter the person's name").max(200, 'Keep the name under 200 characters'),
  phone: z.string().trim().max(40, 'Keep the phone number under 40 characters'),
  email: z.string().trim().max(200).refine(looksLikeEmail, 'Enter an email address like name@example.org'),
  affiliateId: z.string().transform((value) => value || null),
  languages: z
    .string()
    .max(300)
    .transform((value) =>
      value
        .split(',')
        .map((language) => language.trim())
        .filter(Boolean),
    ),
  waitingOn: z.string().trim().max(300, 'Keep this under 300 characters'),
  notes: z.string().trim().max(4000, 'Keep the notes under 4,000 characters'),
});

export const applicantFormSchema = facilitatorFormSchema.extend({
  appliedOn: z
    .string()
    .min(1, 'Enter the date they applied')
    .pipe(isoDate)
    .refine((on) => on <= todayIso(), "The date they applied can't be after today"),
});

export type FacilitatorFormValues = z.input<typeof applicantFormSchema>;
