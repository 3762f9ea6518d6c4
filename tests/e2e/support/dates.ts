// Dates as the app under test sees them (the browser runs in America/Chicago).
export const TEST_TIME_ZONE = 'America/Chicago';

export function todayInZone(zone = TEST_TIME_ZONE): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

const utc = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

export function addDays(iso: string, days: number): string {
  const date = utc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export const weekday = (iso: string): number => utc(iso).getUTCDay();

/** The first date on or after `iso` falling on `day` (0 = Sunday). */
export const nextWeekday = (iso: string, day: number): string => addDays(iso, (day - weekday(iso) + 7) % 7);

/** "Tue, Dec 1", as the app writes short dates. */
export const shortDate = (iso: string): string =>
  utc(iso).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
