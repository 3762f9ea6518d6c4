// Reads what an import's plan is checked against, and writes a checked plan: every new donor and gift
// in one transaction, or nothing at all.
import { donationSchema, donorSchema, type Donation, type Donor } from '@shared/model';
import type { CsvTable } from '../domain/csv';
import type { ColumnMapping, ImportContext, ImportPlan } from '../domain/donationImport';
import { recordedGiftKeys } from '../domain/importDuplicates';
import { db } from './database';
import { getDevice } from './device';
import { donationsOnDates } from './donations';
import { donorsNamed } from './donors';
import { isLive, newId, nowStamp } from './records';

export interface ImportResult {
  donors: number;
  gifts: number;
  /** rows whose gift was recorded already, left out */
  leftOut: number;
}

/**
 * The donors the file names, the groups, and those donors' gifts on the file's dates: never every gift,
 * which at state scale is 10,000 of them.
 */
export async function readImportContext(table: CsvTable, mapping: ColumnMapping): Promise<ImportContext> {
  const column = mapping.donorName;
  const names = column === undefined ? [] : [...new Set(table.rows.map((row) => row.cells[column] ?? ''))];
  const [existingDonors, groups] = await Promise.all([donorsNamed(names), db.groups.toArray()]);
  const existingGifts = await donationsOnDates(recordedGiftKeys(table, mapping, existingDonors));
  return { existingDonors, groups: groups.filter((group) => isLive(group)), existingGifts };
}

export class ImportRefusedError extends Error {}

export async function importDonations(plan: ImportPlan): Promise<ImportResult> {
  if (plan.errorCount > 0) {
    throw new ImportRefusedError(
      'Some rows have problems, so nothing was imported. Fix them and choose the file again.',
    );
  }
  const { id: deviceId } = await getDevice();
  const stamp = nowStamp();
  const base = { createdAt: stamp, updatedAt: stamp, deletedAt: null, changedBy: deviceId };
  const donorIds = new Map<string, string>();
  // Validated before the transaction opens, so a bad record refuses the whole file up front.
  const donors: Donor[] = plan.newDonors.map(({ key, fields }) => {
    const id = newId();
    donorIds.set(key, id);
    return donorSchema.parse({ ...fields, ...base, id });
  });
  const gifts: Donation[] = plan.rows.flatMap((row) => {
    if (!row.gift || row.leftOut) return [];
    const donorId = row.donorId ?? donorIds.get(row.donorKey);
    if (!donorId) throw new ImportRefusedError(`Row ${row.row}: the donor could not be matched. Nothing was imported.`);
    return [donationSchema.parse({ ...row.gift, ...base, id: newId(), donorId })];
  });
  await db.transaction('rw', db.donors, db.donations, async () => {
    // A donor named in the file may have been added in another window since the preview.
    const existingIds = plan.rows.flatMap((row) => (row.donorId ? [row.donorId] : []));
    const existing = await db.donors.bulkGet([...new Set(existingIds)]);
    if (existing.some((donor) => !donor || donor.deletedAt)) {
      throw new ImportRefusedError('A donor in the file was deleted since the preview. Nothing was imported.');
    }
    await db.donors.bulkAdd(donors);
    await db.donations.bulkAdd(gifts);
  });
  return { donors: donors.length, gifts: gifts.length, leftOut: plan.rows.filter((row) => row.leftOut).length };
}
