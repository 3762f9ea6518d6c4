import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { centsToInput, formatCents, parseMoney } from '../../../../src/renderer/src/domain/money';

const cents = (text: string): number | string => {
  const result = parseMoney(text);
  return result.ok ? result.cents : result.message;
};

describe('money', () => {
  it('reads what people type as exact cents', () => {
    expect(cents('$1,234.50')).toBe(123450);
    expect(cents('1234.5')).toBe(123450);
    expect(cents('1234')).toBe(123400);
    expect(cents(' $ 20 ')).toBe(2000);
    expect(cents('.75')).toBe(75);
    expect(cents('0.29')).toBe(29);
    expect(cents('1,000,000.01')).toBe(100000001);
    expect(cents('0')).toBe(0);
  });

  it('reads 0.1 + 0.2 style amounts without floating point drift', () => {
    // 4.35 * 100 is 434.99999999999994 in floating point; the text is read digit by digit.
    expect(cents('4.35')).toBe(435);
    expect(cents('1.005'.slice(0, 4))).toBe(100);
    expect(cents('8.20')).toBe(820);
  });

  it('refuses what is not an amount, with a reason', () => {
    expect(cents('')).toMatch(/Enter an amount/);
    expect(cents('twelve')).toMatch(/not an amount/);
    expect(cents('12.345')).toMatch(/not an amount/);
    expect(cents('1,23')).toMatch(/not an amount/);
    expect(cents('1.2.3')).toMatch(/not an amount/);
    expect(cents('-5')).toMatch(/negative/);
    expect(cents('$')).toMatch(/not an amount/);
    expect(cents('99999999999')).toMatch(/too large/);
  });

  it('formats cents with a dollar sign, thousands commas and two decimals', () => {
    expect(formatCents(123450)).toBe('$1,234.50');
    expect(formatCents(5)).toBe('$0.05');
    expect(formatCents(0)).toBe('$0.00');
    expect(formatCents(100000000)).toBe('$1,000,000.00');
    expect(centsToInput(123405)).toBe('1234.05');
  });

  it('reads back exactly what it formats, for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (value) => {
        expect(cents(formatCents(value))).toBe(value);
        expect(cents(centsToInput(value))).toBe(value);
      }),
    );
  });
});
