// What the gift form accepts, in words a coordinator understands.
import { z } from 'zod';
import { DONATION_CATEGORIES, VALUATION_METHODS, isoDate, type Donation, type NewRecord } from '@shared/model';
import { centsToInput, parseMoney } from '../../domain/money';
import type { FieldErrors } from '../../ui/forms';
import { fieldErrorsOf } from '../../ui/forms';
import { ACKNOWLEDGED_BEFORE_RECEIVED, CATEGORY_LABELS, VALUATION_LABELS } from '../../domain/donationLabels';

export interface DonationFormValues {
  date: string;
  donorId: string;
  category: Donation['category'];
  description: string;
  quantity: string;
  value: string;
  valuationMethod: Donation['valuationMethod'];
  groupId: string;
  venueId: string;
  acknowledgedOn: string;
}

const optionalDate = z.union([z.literal(''), isoDate]);

const schema = z.object({
  date: z.string().min(1, 'Enter the date the gift was received').pipe(isoDate),
  donorId: z.string().min(1, 'Choose who gave it, or add them as a new donor'),
  category: z.enum(DONATION_CATEGORIES),
  description: z
    .string()
    .trim()
    .min(1, 'Describe what was given')
    .max(1000, 'Keep the description under 1,000 characters'),
  quantity: z.string().trim().max(100, 'Keep the quantity under 100 characters'),
  value: z.string().transform((text, context) => {
    const parsed = parseMoney(text);
    if (parsed.ok) return parsed.cents;
    context.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  }),
  valuationMethod: z.enum(VALUATION_METHODS),
  groupId: z.string(),
  venueId: z.string(),
  acknowledgedOn: optionalDate,
});

export type DonationFormResult = { ok: true; fields: NewRecord<Donation> } | { ok: false; errors: FieldErrors };

export function readDonationForm(values: DonationFormValues): DonationFormResult {
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error) };
  const data = parsed.data;
  if (data.acknowledgedOn !== '' && data.acknowledgedOn < data.date) {
    return { ok: false, errors: { acknowledgedOn: ACKNOWLEDGED_BEFORE_RECEIVED } };
  }
  return {
    ok: true,
    fields: {
      donorId: data.donorId,
      date: data.date,
      category: data.category,
      description: data.description,
      quantity: data.quantity,
      valueCents: data.value,
      valuationMethod: data.valuationMethod,
      groupId: data.groupId || null,
      venueId: data.venueId || null,
      acknowledgedOn: data.acknowledgedOn || null,
    },
  };
}

export function formValuesOf(gift: Donation): DonationFormValues {
  return {
    date: gift.date,
    donorId: gift.donorId,
    category: gift.category,
    description: gift.description,
    quantity: gift.quantity,
    value: centsToInput(gift.valueCents),
    valuationMethod: gift.valuationMethod,
    groupId: gift.groupId ?? '',
    venueId: gift.venueId ?? '',
    acknowledgedOn: gift.acknowledgedOn ?? '',
  };
}

const take = <K extends keyof DonationFormValues>(to: DonationFormValues, from: DonationFormValues, key: K) => {
  to[key] = from[key];
};

/**
 * The form's values once the stored gift has changed from `before` to `after` under it (marked
 * acknowledged just above the form, say): a field the coordinator has not typed in takes the stored
 * value, and what they typed stays.
 */
export function takeInStoredChanges(
  form: DonationFormValues,
  before: DonationFormValues,
  after: DonationFormValues,
): DonationFormValues {
  const next = { ...form };
  for (const key of Object.keys(after) as (keyof DonationFormValues)[]) {
    if (after[key] !== before[key] && form[key] === before[key]) take(next, after, key);
  }
  return next;
}

export const sameFormValues = (a: DonationFormValues, b: DonationFormValues): boolean =>
  (Object.keys(a) as (keyof DonationFormValues)[]).every((key) => a[key] === b[key]);

export const CATEGORY_OPTIONS = DONATION_CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] }));
export const VALUATION_OPTIONS = VALUATION_METHODS.map((value) => ({ value, label: VALUATION_LABELS[value] }));
