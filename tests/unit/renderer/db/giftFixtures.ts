// A donor's and a gift's fields, for the tests of gifts, of the gifts not yet thanked, and of reports.
import type { Donation, NewRecord } from '@shared/model';

export const donorFields = (name: string) => ({
  name,
  kind: 'organisation' as const,
  address: '',
  email: '',
  phone: '',
  notes: '',
});

export const giftFields = (
  donorId: string,
  date: string,
  valueCents: number,
  groupId: string | null = null,
): NewRecord<Donation> => ({
  donorId,
  date,
  category: 'refreshments',
  description: `Gift on ${date}`,
  quantity: '',
  valueCents,
  valuationMethod: 'donor-estimate',
  groupId,
  venueId: null,
  acknowledgedOn: null,
});
