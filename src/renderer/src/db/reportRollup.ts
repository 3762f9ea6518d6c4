// The state roll-up being assembled on this copy: kept in the local table (never backed up or merged),
// so it survives moving between screens and closing the app until the coordinator clears it.
import { z } from 'zod';
import { summaryCountsSchema } from '../domain/summaryFile';
import type { RollupEntry } from '../domain/summaryFileRollup';
import { db } from './database';

const ROLLUP_KEY = 'reports.rollup';

const entriesSchema = z.array(
  z.object({
    source: z.string(),
    month: z.string().regex(/^\d{4}-\d{2}$/),
    fileName: z.string(),
    groups: z.number().int().min(0),
    counts: summaryCountsSchema,
  }),
);

export async function getRollup(): Promise<RollupEntry[]> {
  const entry = await db.local.get(ROLLUP_KEY);
  const parsed = entriesSchema.safeParse(entry?.value ?? []);
  // What this copy wrote itself can only fail to parse after a format change: start a fresh roll-up.
  return parsed.success ? parsed.data : [];
}

export async function saveRollup(entries: readonly RollupEntry[]): Promise<void> {
  await db.local.put({ key: ROLLUP_KEY, value: entriesSchema.parse(entries) });
}
