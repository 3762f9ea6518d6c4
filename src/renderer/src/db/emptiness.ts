// Whether the database holds an organisation yet. Apart from sample.ts, so Home can ask at every start
// without loading the example organisation's code.
import { db } from './database';

export async function isDatabaseEmpty(): Promise<boolean> {
  const [group] = await db.groups.limit(1).toArray();
  return group === undefined;
}
