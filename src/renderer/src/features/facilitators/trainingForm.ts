// What the training form accepts.
import { z } from 'zod';
import { isoDate } from '@shared/model';

export const trainingFormSchema = z
  .object({
    startDate: z.string().min(1, 'Enter the first day of the training').pipe(isoDate),
    endDate: z.string().min(1, 'Enter the last day of the training').pipe(isoDate),
    place: z.string().trim().min(1, 'Enter where the training happens').max(300),
    trainer: z.string().trim().max(200, 'Keep the name under 200 characters'),
  })
  .refine((form) => form.endDate >= form.startDate, {
    path: ['endDate'],
    message: 'The last day can’t be before the first day',
  });

export type TrainingFormValues = z.input<typeof trainingFormSchema>;
