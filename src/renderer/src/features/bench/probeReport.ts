// Bench diagnostics: each read a month's report makes, timed on its own, then the whole load as the
// report screen runs it (reads and sums, no drawing).
import { db } from '../../db/database';
import { findDonations } from '../../db/donations';
import { occurrencesBetween } from '../../db/meetings';
import { statsForMonths } from '../../db/monthlyStats';
import { loadReport } from '../../db/report';
import { getSettings } from '../../db/settings';
import { addMonths, firstDayOf, lastDayOf } from '../../domain/reportMonths';

export async function probeReport(month: string): Promise<Record<string, string>> {
  const steps: [string, () => Promise<unknown>][] = [
    ['settings', () => getSettings()],
    ['affiliates', () => db.affiliates.toArray()],
    ['groups', () => db.groups.toArray()],
    ['12 months of aggregates', () => statsForMonths(addMonths(month, -11), month)],
    ['the month’s meetings', () => occurrencesBetween(firstDayOf(month), lastDayOf(month))],
    ['the month’s gifts', () => findDonations({ from: firstDayOf(month), to: lastDayOf(month) })],
    ['venues (all, for comparison)', () => db.venues.toArray()],
    ['the whole load', () => loadReport({ from: month, to: month, affiliateId: null })],
  ];
  const out: Record<string, string> = {};
  for (const [name, step] of steps) {
    const start = performance.now();
    const result = await step();
    const size = Array.isArray(result) ? ` (${result.length} rows)` : '';
    out[name] = `${(performance.now() - start).toFixed(1)} ms${size}`;
  }
  return out;
}
