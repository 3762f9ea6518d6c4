import { describe, expect, it } from 'vitest';
import {
  readDonationForm,
  type DonationFormValues,
} from '../../../../src/renderer/src/features/donations/donationForm';
import { emptyDonor, readDonorForm } from '../../../../src/renderer/src/features/donations/donorForm';
import { filtersFrom, matches, paramsOf } from '../../../../src/renderer/src/features/donations/listFilters';

const values: DonationFormValues = {
  date: '2026-03-14',
  donorId: 'donor-1',
  category: 'refreshments',
  description: '  Coffee for four meetings ',
  quantity: '4 trays',
  value: '$1,234.50',
  valuationMethod: 'receipt',
  groupId: '',
  venueId: 'venue-1',
  acknowledgedOn: '',
};

describe('the gift form', () => {
  it('reads the value as exact cents and empty choices as none', () => {
    expect(readDonationForm(values)).toEqual({
      ok: true,
      fields: {
        donorId: 'donor-1',
        date: '2026-03-14',
        category: 'refreshments',
        description: 'Coffee for four meetings',
        quantity: '4 trays',
        valueCents: 123450,
        valuationMethod: 'receipt',
        groupId: null,
        venueId: 'venue-1',
        acknowledgedOn: null,
      },
    });
  });

  it('names each problem next to its field', () => {
    const result = readDonationForm({ ...values, date: '', donorId: '', description: ' ', value: '12.345' });
    expect(result).toEqual({
      ok: false,
      errors: {
        date: 'Enter the date the gift was received',
        donorId: 'Choose who gave it, or add them as a new donor',
        description: 'Describe what was given',
        value: '“12.345” is not an amount: use dollars and cents, like 1,234.50',
      },
    });
  });

  it('refuses an acknowledgement dated before the gift', () => {
    expect(readDonationForm({ ...values, acknowledgedOn: '2026-03-01' })).toEqual({
      ok: false,
      errors: { acknowledgedOn: 'The gift cannot be acknowledged before it was received' },
    });
  });
});

describe('the donor form', () => {
  it('saves a name with one plain space between words, as an import compares names', () => {
    const result = readDonorForm({ ...emptyDonor, name: ' Mary \u00a0 Jones\t' });
    expect(result.ok && result.fields.name).toBe('Mary Jones');
  });

  it('still asks for a name made only of spaces', () => {
    expect(readDonorForm({ ...emptyDonor, name: ' \u00a0 ' })).toEqual({
      ok: false,
      errors: { name: 'Enter the donor’s name' },
    });
  });
});

describe('the list’s filters', () => {
  it('default to this calendar year and ignore what they do not understand', () => {
    expect(filtersFrom(new URLSearchParams('from=soon&category=cash&ack=maybe'), '2026-11-26')).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
      category: '',
      donorId: '',
      groupId: '',
      acknowledged: '',
    });
  });

  it('travel in the address and back', () => {
    const filters = filtersFrom(
      new URLSearchParams('from=2025-01-01&to=2025-06-30&category=printing&donor=d1&group=g1&ack=no'),
      '2026-11-26',
    );
    expect(filtersFrom(new URLSearchParams(paramsOf(filters)), '2026-11-26')).toEqual(filters);
    expect(filters).toMatchObject({ category: 'printing', acknowledged: 'no' });
  });

  it('select by category and acknowledgement', () => {
    const filters = filtersFrom(new URLSearchParams('category=printing&ack=no'), '2026-11-26');
    expect(matches({ category: 'printing', acknowledgedOn: null }, filters)).toBe(true);
    expect(matches({ category: 'printing', acknowledgedOn: '2026-02-01' }, filters)).toBe(false);
    expect(matches({ category: 'materials', acknowledgedOn: null }, filters)).toBe(false);
  });
});
