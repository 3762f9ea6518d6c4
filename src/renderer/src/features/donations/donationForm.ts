// What the gift form accepts, in words a coordinator understands.
import { z } from 'zod';
import { DONATION_CATEGORIES, VALUATION_METHODS, isoDate, type Donation, type NewRecord } from '@shared/model';
import { centsToInput, parseMoney } from '../../domain/money';
import type { FieldErrors } from '../../ui/forms';
import { fieldErrorsOf } from '../../ui/forms';
import { CATEGORY_LABELS, VALUATION_LABELS } from '../../domain/donationLabels';

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
    return { ok: false, errors: { acknowledgedOn: 'The gift cannot be acknowledged before it was received' } };
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

export const CATEGORY_OPTIONS = DONATION_CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] }));
export const VALUATION_OPTIONS = VALUATION_METHODS.map((value) => ({ value, label: VALUATION_LABELS[value] }));
