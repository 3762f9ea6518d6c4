// Spots the rows of an import whose gift is recorded already, so that choosing the same file twice does
// not record every gift twice.
import type { Donation, Donor } from '@shared/model';
import type { CsvTable } from './csv';
import type { ColumnMapping, ImportRow, RecordedGift } from './donationImport';
import { cellOf, donorKeyOf, normal, parseSheetDate } from './importCells';

/**
 * The (donor, date) pairs where a row's gift may be recorded already: only donors in the app can have
 * gifts, and only on the dates the file names, so the gifts to compare are read by that index alone.
 */
export function recordedGiftKeys(
  table: CsvTable,
  mapping: ColumnMapping,
  existingDonors: readonly Pick<Donor, 'id' | 'name'>[],
): [string, string][] {
  const ids = new Map(existingDonors.map((donor) => [donorKeyOf(donor.name), donor.id]));
  const keys = new Map<string, [string, string]>();
  for (const row of table.rows) {
    const id = ids.get(donorKeyOf(cellOf(row, mapping, 'donorName')));
    const date = parseSheetDate(cellOf(row, mapping, 'date'));
    if (id && date) keys.set(`${id} ${date}`, [id, date]);
  }
  return [...keys.values()];
}

const sameGiftKey = (donor: string, gift: Pick<Donation, 'date' | 'description' | 'valueCents'>): string =>
  JSON.stringify([donor, gift.date, normal(gift.description), gift.valueCents]);

/**
 * Flags each row whose gift the app, or an earlier row, holds already: the same donor, date and value,
 * and the same description in any case or spacing. Those rows are left out unless `addAgain`.
 */
export function markAlreadyRecorded(rows: ImportRow[], recorded: readonly RecordedGift[], addAgain: boolean): void {
  const inApp = new Set(recorded.map((gift) => sameGiftKey(gift.donorId, gift)));
  const earlier = new Map<string, number>();
  for (const row of rows) {
    if (!row.gift) continue;
    // A donor new to the app has no gifts in it yet; the file's own rows are compared by the donor's name.
    const key = sameGiftKey(row.donorId ?? `new ${row.donorKey}`, row.gift);
    const first = earlier.get(key);
    row.alreadyRecorded = inApp.has(key) ? { in: 'app' } : first !== undefined ? { in: 'row', row: first } : null;
    row.leftOut = row.alreadyRecorded !== null && !addAgain;
    if (first === undefined) earlier.set(key, row.row);
  }
}

/**
 * The rows an import is about to add whose gift the app holds now, though it did not at the preview
 * (the same file imported in another window meanwhile): their numbers. A row the coordinator chose to add
 * again, knowing it was recorded, is theirs to add.
 */
export function recordedSincePreview(rows: readonly ImportRow[], recorded: readonly RecordedGift[]): number[] {
  const inApp = new Set(recorded.map((gift) => sameGiftKey(gift.donorId, gift)));
  return rows.flatMap((row) =>
    row.gift &&
    !row.leftOut &&
    row.donorId &&
    row.alreadyRecorded?.in !== 'app' &&
    inApp.has(sameGiftKey(row.donorId, row.gift))
      ? [row.row]
      : [],
  );
}
