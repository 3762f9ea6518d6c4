// Money as integer cents: parsed from the text people type, never through floating point.

/** The largest value a single gift may have: ten million dollars, far beyond any in-kind gift. */
export const MAX_CENTS = 1_000_000_000;

export type MoneyParse = { ok: true; cents: number } | { ok: false; message: string };

const MONEY = /^\$?\s*(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d{0,2}))?$/;

/**
 * Reads "$1,234.50", "1234.5", "1234", ".75" or "$ 20" as whole cents. The digits are read as text
 * so that 0.1 + 0.2 never becomes 30.000000000000004 cents.
 */
export function parseMoney(input: string): MoneyParse {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Enter an amount in dollars and cents, like 120.00' };
  if (text.startsWith('-') || text.startsWith('$-') || text.startsWith('($')) {
    return { ok: false, message: 'The amount cannot be negative' };
  }
  const match = MONEY.exec(text);
  const whole = match?.[1];
  const fraction = match?.[2];
  if (!match || (whole === undefined && (fraction === undefined || fraction === ''))) {
    return { ok: false, message: `“${text}” is not an amount: use dollars and cents, like 1,234.50` };
  }
  const dollars = whole === undefined ? 0 : Number(whole.replaceAll(',', ''));
  const cents = fraction === undefined || fraction === '' ? 0 : Number(fraction.padEnd(2, '0'));
  const total = dollars * 100 + cents;
  if (!Number.isSafeInteger(total) || total > MAX_CENTS) {
    return { ok: false, message: 'That amount is too large for one gift' };
  }
  return { ok: true, cents: total };
}

/** "$1,234.50" */
export function formatCents(cents: number): string {
  if (!Number.isInteger(cents)) throw new RangeError(`Not a whole number of cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const dollars = String(Math.floor(absolute / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}$${dollars}.${String(absolute % 100).padStart(2, '0')}`;
}

/** "1234.50": how a stored value is shown back in a form field. */
export function centsToInput(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}
