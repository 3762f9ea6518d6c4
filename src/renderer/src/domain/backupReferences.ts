// Checks that every id a record points to is in the backup (deleted records still count: they are
// kept as tombstones), so a restore never leaves a meeting without its group or a gift without its donor.
import type { BackupTables } from './backupDocument';

type Target = 'affiliates' | 'groups' | 'schedules' | 'venues' | 'donors' | 'facilitators';

/** For each table, the fields that hold ids and the table those ids belong to. */
const REFERENCES: {
  [T in keyof BackupTables]?: { field: string; target: Target; many?: boolean }[];
} = {
  groups: [
    { field: 'affiliateId', target: 'affiliates' },
    { field: 'facilitatorIds', target: 'facilitators', many: true },
  ],
  schedules: [
    { field: 'groupId', target: 'groups' },
    { field: 'venueId', target: 'venues' },
  ],
  meetings: [
    { field: 'scheduleId', target: 'schedules' },
    { field: 'groupId', target: 'groups' },
    { field: 'venueId', target: 'venues' },
    { field: 'facilitatorsPresent', target: 'facilitators', many: true },
  ],
  closures: [
    { field: 'venueId', target: 'venues' },
    { field: 'groupId', target: 'groups' },
  ],
  bookings: [
    { field: 'venueId', target: 'venues' },
    { field: 'groupId', target: 'groups' },
    { field: 'scheduleId', target: 'schedules' },
  ],
  donations: [
    { field: 'donorId', target: 'donors' },
    { field: 'groupId', target: 'groups' },
    { field: 'venueId', target: 'venues' },
  ],
  facilitators: [{ field: 'affiliateId', target: 'affiliates' }],
  trainings: [
    { field: 'traineeIds', target: 'facilitators', many: true },
    { field: 'attendedIds', target: 'facilitators', many: true },
  ],
};

/** Describes up to `limit` references that point at nothing; an empty list means all is well. */
export function findBrokenReferences(tables: BackupTables, limit = 5): string[] {
  const ids = new Map<Target, Set<string>>();
  const idsOf = (target: Target): Set<string> => {
    let set = ids.get(target);
    if (!set) {
      set = new Set(tables[target].map((record) => record.id));
      ids.set(target, set);
    }
    return set;
  };
  const problems: string[] = [];
  for (const [table, fields] of Object.entries(REFERENCES) as [keyof BackupTables, typeof REFERENCES.groups][]) {
    const records = tables[table] as unknown as Record<string, unknown>[];
    for (const { field, target, many } of fields ?? []) {
      const known = idsOf(target);
      for (let index = 0; index < records.length; index += 1) {
        const value = records[index]![field];
        const pointed = many ? (value as string[]) : value === null ? [] : [value as string];
        for (const id of pointed) {
          if (known.has(id)) continue;
          problems.push(
            `${table} record ${index + 1}: ${field} points to a record of ${target} that is not in the backup.`,
          );
          if (problems.length >= limit) return problems;
        }
      }
    }
  }
  return problems;
}
