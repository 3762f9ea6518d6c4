// The first Intl collator, number formatter and time-zone formatter a page makes each load locale or
// time-zone data: ~10, ~3 and ~20 ms. A screen that needs one first (the calendar's group list, the
// hours on screens and the report's "today" in the organisation's time zone) would pay that as the coordinator
// waits, so once the first screen is shown they are made while the browser is idle.
import { localTimeZone } from './db/settings';
import { compareText } from './domain/compareText';
import { todayIso } from './domain/dates';
import { formatHours } from './domain/hours';

/** Makes the app's shared formatters (each kept for the page's life) and loads their data. */
export function warmLocale(timeZone = localTimeZone()): void {
  compareText('a', 'b');
  formatHours(0);
  // Any zone loads the time-zone data; the organisation's own zone then costs well under a millisecond.
  todayIso(timeZone);
}
