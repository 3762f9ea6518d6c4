// The example organisation's donors and in-kind gifts (part of the sample data).
import type { BaseRecord, Donation, Donor } from '@shared/model';
import { plusDays } from './dates';

export function sampleGifts(
  base: () => BaseRecord,
  today: string,
  [downtownId, groveId, espanolId]: [string, string, string],
): { donors: Donor[]; donations: Donation[] } {
  const donor = (name: string, kind: Donor['kind'], address: string, email = '', phone = ''): Donor => ({
    ...base(),
    name,
    kind,
    address,
    email,
    phone,
    notes: '',
  });
  const bakery = donor(
    'Sunrise Bakery',
    'organisation',
    '15 Market Street\nRiverbend, IL 61101',
    'hello@sunrisebakery.example.com',
  );
  const printer = donor('Quick Copy Center', 'organisation', '901 State Street\nRiverbend, IL 61104');
  const person = donor('Helen Marsh', 'person', '42 Linden Lane\nRiverbend, IL 61107', '', '(815) 555-0190');
  const donors = [bakery, printer, person];
  const donation = (
    donorId: string,
    daysAgo: number,
    fields: Pick<Donation, 'category' | 'description' | 'quantity' | 'valueCents' | 'valuationMethod'>,
    groupId: string | null,
    acknowledged: boolean,
  ): Donation => ({
    ...base(),
    donorId,
    date: plusDays(today, -daysAgo),
    groupId,
    venueId: null,
    acknowledgedOn: acknowledged ? plusDays(today, -daysAgo + 7) : null,
    ...fields,
  });
  const donations = [
    donation(
      bakery.id,
      95,
      {
        category: 'refreshments',
        description: 'Coffee, tea and pastries for four meetings',
        quantity: '4 trays',
        valueCents: 12000,
        valuationMethod: 'donor-estimate',
      },
      downtownId,
      true,
    ),
    donation(
      printer.id,
      60,
      {
        category: 'printing',
        description: '300 color flyers and 100 brochures',
        quantity: '400 pieces',
        valueCents: 27500,
        valuationMethod: 'receipt',
      },
      null,
      false,
    ),
    donation(
      person.id,
      30,
      {
        category: 'materials',
        description: 'Notebooks and pens for group members',
        quantity: '40 sets',
        valueCents: 8500,
        valuationMethod: 'comparable-price',
      },
      espanolId,
      false,
    ),
    donation(
      bakery.id,
      12,
      {
        category: 'refreshments',
        description: 'Coffee and cookies for the holiday meeting',
        quantity: '2 trays',
        valueCents: 6000,
        valuationMethod: 'donor-estimate',
      },
      groveId,
      false,
    ),
  ];
  return { donors, donations };
}
