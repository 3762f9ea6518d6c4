// What a donor's thank-you letter says: who thanks whom, for what, and the statements the IRS expects.
// A letter never states a dollar value: valuing a non-cash gift is the donor's job.
import type { Donation, Donor, Settings } from '@shared/model';
import { format } from 'date-fns';
import { toDate } from './dates';
import { mayNeedForm8283 } from './donationLabels';

export type LetterOrganisation = Pick<Settings, 'name' | 'address' | 'phone' | 'email' | 'website' | 'letterSignature'>;
export type LetterDonor = Pick<Donor, 'name' | 'kind' | 'address'>;
export type LetterGift = Pick<Donation, 'id' | 'date' | 'description' | 'quantity' | 'valueCents'> & {
  /** the group or venue the gift served, by name */
  servedName?: string | null;
};

export interface LetterLine {
  date: string;
  what: string;
}

export interface Letter {
  organisation: { name: string; addressLines: string[]; contactLine: string };
  /** the day the letter is written, in words */
  date: string;
  donor: { name: string; addressLines: string[] };
  salutation: string;
  opening: string;
  gifts: LetterLine[];
  /** what gifts like these make possible */
  purpose: string;
  /** what the donor needs for their taxes, after the statement */
  paragraphs: string[];
  statement: string;
  signOff: string;
  signatureLines: string[];
  /** the gifts this letter acknowledges (marked acknowledged once it is printed) */
  giftIds: string[];
}

export const NO_GOODS_OR_SERVICES_ONE = 'No goods or services were provided in exchange for this contribution.';
export const NO_GOODS_OR_SERVICES_MANY = 'No goods or services were provided in exchange for these contributions.';
export const VALUE_IS_DONORS =
  'Because this was a gift of goods or services rather than cash, we do not state a value for it: determining the value of a non-cash gift is the donor’s responsibility.';
export const VALUE_IS_DONORS_MANY =
  'Because these were gifts of goods or services rather than cash, we do not state a value for them: determining the value of non-cash gifts is the donor’s responsibility.';
export const FORM_8283_LETTER_NOTE =
  'Depending on the value you claim, the IRS may ask you to file Form 8283 (Noncash Charitable Contributions) with your tax return. Your tax adviser can tell you.';
const PURPOSE =
  'Gifts like yours keep NAMI Connection Recovery Support Groups free and welcoming: peer-led groups where adults living with a mental health condition support one another in recovery.';

/** "October 6, 2026", as a letter is dated. */
const longDate = (isoDate: string): string => format(toDate(isoDate), 'MMMM d, yyyy');

const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

function describe(gift: LetterGift): string {
  const quantity = gift.quantity.trim();
  const served = gift.servedName?.trim();
  return [gift.description.trim(), quantity && `(${quantity})`, served && `for ${served}`].filter(Boolean).join(' ');
}

function frame(organisation: LetterOrganisation, donor: LetterDonor, today: string) {
  const orgName = organisation.name.trim() || 'Our organisation';
  const firstName = donor.kind === 'person' ? donor.name.trim() : `friends at ${donor.name.trim()}`;
  const signature = lines(organisation.letterSignature);
  return {
    organisation: {
      name: orgName,
      addressLines: lines(organisation.address),
      contactLine: [organisation.phone, organisation.email, organisation.website]
        .map((part) => part.trim())
        .filter(Boolean)
        .join(' · '),
    },
    date: longDate(today),
    donor: { name: donor.name.trim(), addressLines: lines(donor.address) },
    salutation: `Dear ${firstName},`,
    purpose: PURPOSE,
    signOff: 'With gratitude,',
    signatureLines: signature.length > 0 ? signature : [orgName],
  };
}

/** One letter for one gift. */
export function giftLetter(input: {
  organisation: LetterOrganisation;
  donor: LetterDonor;
  gift: LetterGift;
  today: string;
}): Letter {
  const base = frame(input.organisation, input.donor, input.today);
  const { gift } = input;
  const paragraphs = [VALUE_IS_DONORS];
  if (mayNeedForm8283(gift.valueCents)) paragraphs.push(FORM_8283_LETTER_NOTE);
  paragraphs.push('Please keep this letter for your tax records.');
  return {
    ...base,
    opening: `Thank you for your generous gift to ${base.organisation.name}. This letter acknowledges what we received from you:`,
    gifts: [{ date: longDate(gift.date), what: describe(gift) }],
    paragraphs,
    statement: NO_GOODS_OR_SERVICES_ONE,
    giftIds: [gift.id],
  };
}

/** One summary letter for everything a donor gave in a calendar year (gifts of one day keep their order). */
export function yearLetter(input: {
  organisation: LetterOrganisation;
  donor: LetterDonor;
  gifts: readonly LetterGift[];
  year: number;
  today: string;
}): Letter {
  const base = frame(input.organisation, input.donor, input.today);
  const prefix = `${input.year}-`;
  const gifts = input.gifts.filter((gift) => gift.date.startsWith(prefix)).sort((a, b) => a.date.localeCompare(b.date));
  const many = gifts.length !== 1;
  const yearCents = gifts.reduce((sum, gift) => sum + gift.valueCents, 0);
  const paragraphs = [many ? VALUE_IS_DONORS_MANY : VALUE_IS_DONORS];
  if (mayNeedForm8283(yearCents)) paragraphs.push(FORM_8283_LETTER_NOTE);
  paragraphs.push('Please keep this letter for your tax records.');
  return {
    ...base,
    opening: many
      ? `Thank you for your generous gifts to ${base.organisation.name} during ${input.year}. This letter lists each gift we received from you that year:`
      : `Thank you for your generous gift to ${base.organisation.name} during ${input.year}. This letter acknowledges what we received from you:`,
    gifts: gifts.map((gift) => ({ date: longDate(gift.date), what: describe(gift) })),
    paragraphs,
    statement: many ? NO_GOODS_OR_SERVICES_MANY : NO_GOODS_OR_SERVICES_ONE,
    giftIds: gifts.map((gift) => gift.id),
  };
}

/** Every word of the letter, in reading order: for tests and for checking what will print. */
export function letterText(letter: Letter): string {
  return [
    letter.organisation.name,
    ...letter.organisation.addressLines,
    letter.organisation.contactLine,
    letter.date,
    letter.donor.name,
    ...letter.donor.addressLines,
    letter.salutation,
    letter.opening,
    ...letter.gifts.flatMap((gift) => [gift.date, gift.what]),
    letter.purpose,
    letter.statement,
    ...letter.paragraphs,
    letter.signOff,
    ...letter.signatureLines,
  ]
    .filter(Boolean)
    .join('\n');
}
