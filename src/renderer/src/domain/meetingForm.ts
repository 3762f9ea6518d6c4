// What the meeting record forms accept, with the messages shown next to each field.
import { z } from 'zod';
import { clockTime, id, isoDate } from '@shared/model';

const WHOLE_NUMBER = 'Enter a whole number, 0 or more';

/** Accepts what a text box holds ('12', ' 3 ') or a number; anything else is refused, never guessed. */
const wholeNumber = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  },
  z.number({ error: WHOLE_NUMBER }).int(WHOLE_NUMBER).min(0, WHOLE_NUMBER).max(100_000, 'That number is too large'),
);

export const heldFormSchema = z
  .object({
    attendance: wholeNumber,
    firstTime: wholeNumber,
    facilitatorsPresent: z.array(id),
    notes: z.string().max(2000, 'Keep notes under 2,000 characters'),
  })
  .refine((form) => form.firstTime <= form.attendance, {
    message: "First-time attendees can't be more than the total",
    path: ['firstTime'],
  });
export type HeldForm = z.output<typeof heldFormSchema>;

export const cancelFormSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'Say briefly why the meeting did not happen')
    .max(300, 'Keep the reason under 300 characters'),
});
export type CancelForm = z.output<typeof cancelFormSchema>;

export const moveFormSchema = z.object({
  date: isoDate,
  startTime: clockTime,
  venueId: id.nullable(),
  room: z.string().max(100, 'Keep the room under 100 characters'),
});
export type MoveForm = z.output<typeof moveFormSchema>;

/** Parses or throws one plain-words Error listing what is wrong, for writes that bypass a form. */
export function checked<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(result.error.issues.map((issue) => issue.message).join('. '));
}
