// The words for donation codes, and the dollar thresholds that change what a coordinator must do.
import type { Donation, Donor } from '@shared/model';

export const CATEGORY_LABELS: Record<Donation['category'], string> = {
  'meeting-space': 'Meeting space',
  refreshments: 'Refreshments',
  printing: 'Printing',
  materials: 'Materials',
  training: 'Training',
  services: 'Services',
  other: 'Other',
};

export const VALUATION_LABELS: Record<Donation['valuationMethod'], string> = {
  'donor-estimate': "Donor's estimate",
  receipt: 'Receipt',
  'comparable-price': 'Comparable price',
  'fair-rental-value': 'Fair rental value',
};

export const DONOR_KIND_LABELS: Record<Donor['kind'], string> = {
  person: 'Person',
  organisation: 'Organisation',
};

/** Unacknowledged gifts at or above this are flagged on Home (a written acknowledgement is due). */
export const ACKNOWLEDGE_FLAG_CENTS = 25_000;
/** Above this, the donor may need to file IRS Form 8283 with their return. */
export const FORM_8283_CENTS = 50_000;

export const shouldFlagUnacknowledged = (gift: Pick<Donation, 'valueCents' | 'acknowledgedOn'>): boolean =>
  gift.acknowledgedOn === null && gift.valueCents >= ACKNOWLEDGE_FLAG_CENTS;

export const mayNeedForm8283 = (valueCents: number): boolean => valueCents > FORM_8283_CENTS;

export const FORM_8283_NOTE =
  'Over $500: the donor may need to file IRS Form 8283 (Noncash Charitable Contributions) with their tax return.';

/** The gift form and the import refuse the same thing in the same words. */
export const ACKNOWLEDGED_BEFORE_RECEIVED = 'The gift cannot be acknowledged before it was received';

export const NOT_VOLUNTEER_TIME =
  "Volunteer facilitation time is not an in-kind donation, so it has no category here: don't log it as a gift. Reports show facilitator hours separately.";
