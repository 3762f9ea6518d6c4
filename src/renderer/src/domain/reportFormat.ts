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

/** Facilitator hours from minutes, one decimal ("13.5"), as files write them: no thousands separator. */
export const hoursText = (minutes: number): string => oneDecimal(minutes, 60) ?? '0.0';

/** Facilitator hours as screens and paper show them: hoursText with its thousands grouped ("19,974.5"). */
export function hoursShown(minutes: number): string {
  const text = hoursText(minutes);
  const point = text.indexOf('.');
  const negative = text.startsWith('-');
  return `${negative ? '-' : ''}${countText(Number(text.slice(negative ? 1 : 0, point)))}${text.slice(point)}`;
}

/** Dollars with two decimals and no thousands separator ("1234.50"): for files other programs read. */
export function dollarsText(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not a whole number of cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

// Counts are whole numbers: grouped by hand, as en-US writes them. Intl's formatter costs ~6 µs a call,
// ~7 ms over a 150-group table on its first drawing; it stays for anything else (made on first use).
let counts: Intl.NumberFormat | undefined;

/** "1,234" for counts on screen and paper. */
export function countText(value: number): string {
  if (!Number.isSafeInteger(value))
    return (counts ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })).format(value);
  const digits = String(Math.abs(value));
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let at = grouped.length; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return value < 0 ? `-${grouped}` : grouped;
}
