// Numbers as a report writes them: exact decimals from whole counts, a dot as the decimal separator.

/** numerator / denominator to one decimal, rounding halves up ("7.5", "12.0"); null when dividing by zero. */
export function oneDecimal(numerator: number, denominator: number): string | null {
  if (denominator === 0) return null;
  // Division is correctly rounded, so a true half (x.5) arrives exactly and Math.round takes it up.
  const tenths = Math.round((numerator * 10) / denominator);
  const sign = tenths < 0 ? '-' : '';
  const absolute = Math.abs(tenths);
  return `${sign}${Math.floor(absolute / 10)}.${absolute % 10}`;
}

/** Average attendance per meeting held, one decimal, or null when no meeting was held. */
export const averageText = (attendance: number, held: number): string | null => oneDecimal(attendance, held);

/** Facilitator hours from minutes, one decimal ("13.5"). */
export const hoursText = (minutes: number): string => oneDecimal(minutes, 60) ?? '0.0';

/** Dollars with two decimals and no thousands separator ("1234.50"): for files other programs read. */
export function dollarsText(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not a whole number of cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

// One formatter for every cell: toLocaleString builds a new one per call, which a 150-group table feels.
// Made on first use, not as the app starts (the first Intl formatter loads the locale data).
let counts: Intl.NumberFormat | undefined;

/** "1,234" for counts on screen and paper. */
export const countText = (value: number): string =>
  (counts ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })).format(value);
