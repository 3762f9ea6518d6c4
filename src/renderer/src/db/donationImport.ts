// Reads what an import's plan is checked against, and writes a checked plan: every new donor and gift
// in one transaction, or nothing at all.
import { donationSchema, donorSchema, type Donation, type Donor } from '@shared/model';
import type { CsvTable } from '../domain/csv';
import type { ColumnMapping, ImportContext, ImportPlan } from '../domain/donationImport';
import { recordedGiftKeys, recordedSincePreview } from '../domain/importDuplicates';
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

// The screen puts "Nothing was imported:" before the words.
const CHOOSE_AGAIN = 'Choose the file again to see what is new in it.';

/**
 * Checked inside the import's own transaction: what the preview found may have changed since, when the
 * same file (or one naming the same donors) was imported in another window. Then the plan would add its
 * donors or gifts a second time. The words say what changed, or null when nothing did.
 */
async function changedSincePreview(plan: ImportPlan): Promise<string | null> {
  const added = await donorsNamed(plan.newDonors.map(({ fields }) => fields.name));
  if (added.length > 0) {
    return `${added[0]!.name} was added to the app after the preview, so the file would add them twice. ${CHOOSE_AGAIN}`;
  }
  const toAdd = plan.rows.filter((row) => row.gift && !row.leftOut);
  const keys = new Map(
    toAdd.flatMap((row) =>
      row.donorId && row.gift ? [[`${row.donorId} ${row.gift.date}`, [row.donorId, row.gift.date] as const]] : [],
    ),
  );
  const rows = recordedSincePreview(toAdd, await donationsOnDates([...keys.values()]));
  if (rows.length > 0) {
    const which = rows.length === 1 ? `The gift in row ${rows[0]} was` : `The gifts in rows ${rows.join(', ')} were`;
    return `${which} recorded after the preview (perhaps by an import in another window). ${CHOOSE_AGAIN}`;
  }
  return null;
}

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
    // The file's known donors must still be there.
    const existingIds = plan.rows.flatMap((row) => (row.donorId ? [row.donorId] : []));
    const existing = await db.donors.bulkGet([...new Set(existingIds)]);
    if (existing.some((donor) => !donor || donor.deletedAt)) {
      throw new ImportRefusedError('A donor in the file was deleted since the preview. Nothing was imported.');
    }
    const changed = await changedSincePreview(plan);
    if (changed) throw new ImportRefusedError(changed);
    await db.donors.bulkAdd(donors);
    await db.donations.bulkAdd(gifts);
  });
  return { donors: donors.length, gifts: gifts.length, leftOut: plan.rows.filter((row) => row.leftOut).length };
}
