import { describe, expect, it } from 'vitest';
import {
  FORM_8283_LETTER_NOTE,
  NO_GOODS_OR_SERVICES_MANY,
  NO_GOODS_OR_SERVICES_ONE,
  giftLetter,
  letterText,
  yearLetter,
  type LetterGift,
} from '../../../../src/renderer/src/domain/letters';

const organisation = {
  name: 'NAMI Riverbend',
  address: '100 River Road\nRiverbend, IL 61101',
  phone: '(815) 555-0100',
  email: 'groups@namiriverbend.example.org',
  website: '',
  letterSignature: 'Maria Lopez\nGroups Coordinator',
};
const bakery = {
  name: 'Sunrise Bakery',
  kind: 'organisation' as const,
  address: '15 Market Street\nRiverbend, IL 61101',
};
const helen = { name: 'Helen Marsh', kind: 'person' as const, address: '42 Linden Lane\nRiverbend, IL 61107' };

const gift = (id: string, date: string, description: string, valueCents: number, quantity = ''): LetterGift => ({
  id,
  date,
  description,
  quantity,
  valueCents,
});

describe('a letter for one gift', () => {
  const letter = giftLetter({
    organisation,
    donor: bakery,
    gift: {
      ...gift('g1', '2026-03-14', 'Coffee and pastries for four meetings', 27550, '4 trays'),
      servedName: 'Downtown Tuesday Connection',
    },
    today: '2026-03-20',
  });
  const text = letterText(letter);

  it('names the organisation, its address, the donor, their address and the date', () => {
    expect(letter.organisation).toEqual({
      name: 'NAMI Riverbend',
      addressLines: ['100 River Road', 'Riverbend, IL 61101'],
      contactLine: '(815) 555-0100 · groups@namiriverbend.example.org',
    });
    expect(letter.donor).toEqual({ name: 'Sunrise Bakery', addressLines: ['15 Market Street', 'Riverbend, IL 61101'] });
    expect(letter.date).toBe('March 20, 2026');
    expect(letter.salutation).toBe('Dear friends at Sunrise Bakery,');
    expect(letter.signatureLines).toEqual(['Maria Lopez', 'Groups Coordinator']);
  });

  it('describes what was given and when, with its quantity and the group it served', () => {
    expect(letter.gifts).toEqual([
      {
        date: 'March 14, 2026',
        what: 'Coffee and pastries for four meetings (4 trays) for Downtown Tuesday Connection',
      },
    ]);
    expect(letter.giftIds).toEqual(['g1']);
  });

  it('states that no goods or services were given in exchange, and no dollar value anywhere', () => {
    expect(letter.statement).toBe(NO_GOODS_OR_SERVICES_ONE);
    expect(text).toContain('No goods or services were provided in exchange for this contribution.');
    expect(text).not.toMatch(/\$/);
    expect(text).not.toMatch(/275|27550|dollar/i);
    expect(text).toMatch(/donor’s responsibility/);
  });

  it('mentions Form 8283 only for a gift over $500', () => {
    expect(text).not.toContain('8283');
    const big = giftLetter({
      organisation,
      donor: helen,
      gift: gift('g2', '2026-03-01', 'Laptop', 50001),
      today: '2026-03-20',
    });
    expect(letterText(big)).toContain(FORM_8283_LETTER_NOTE);
    expect(letterText(big)).not.toMatch(/\$|500/);
    expect(big.salutation).toBe('Dear Helen Marsh,');
    const exactly500 = giftLetter({
      organisation,
      donor: helen,
      gift: gift('g3', '2026-03-01', 'Chairs', 50000),
      today: '2026-03-20',
    });
    expect(letterText(exactly500)).not.toContain('8283');
  });

  it('signs with the organisation’s name when there is no signature yet', () => {
    const unsigned = giftLetter({
      organisation: { ...organisation, letterSignature: '' },
      donor: helen,
      gift: gift('g4', '2026-03-01', 'Pens', 500),
      today: '2026-03-20',
    });
    expect(unsigned.signatureLines).toEqual(['NAMI Riverbend']);
  });
});

describe('a summary letter for a donor’s year', () => {
  const gifts = [
    gift('late', '2026-11-02', 'Holiday cookies', 6000, '2 trays'),
    gift('early', '2026-01-15', 'Coffee for January meetings', 12000),
    gift('last-year', '2025-12-20', 'Hot chocolate', 3000),
    gift('next-year', '2027-01-02', 'New Year treats', 4000),
    gift('middle', '2026-06-30', 'Room for the summer picnic', 45000),
  ];
  const letter = yearLetter({ organisation, donor: bakery, gifts, year: 2026, today: '2027-01-10' });
  const text = letterText(letter);

  it('lists every gift of that calendar year, oldest first, and only those', () => {
    expect(letter.gifts.map((line) => line.what)).toEqual([
      'Coffee for January meetings',
      'Room for the summer picnic',
      'Holiday cookies (2 trays)',
    ]);
    expect(letter.giftIds).toEqual(['early', 'middle', 'late']);
    expect(text).not.toContain('Hot chocolate');
    expect(text).not.toContain('New Year treats');
    expect(letter.opening).toContain('during 2026');
  });

  it('has the statement for several contributions, no dollar value, and the Form 8283 note for a year over $500', () => {
    expect(letter.statement).toBe(NO_GOODS_OR_SERVICES_MANY);
    expect(text).not.toMatch(/\$|630|63000|dollar/i);
    expect(text).toContain(FORM_8283_LETTER_NOTE);
  });

  it('uses the one-gift statement when the year had a single gift', () => {
    const single = yearLetter({ organisation, donor: bakery, gifts, year: 2025, today: '2026-01-10' });
    expect(single.gifts).toHaveLength(1);
    expect(single.statement).toBe(NO_GOODS_OR_SERVICES_ONE);
    expect(letterText(single)).not.toContain('8283');
  });
});
