// The gifts not yet thanked, kept as their own small table (thanksDue: id and date), so Home finds them
// by index instead of sifting every gift since last January. IndexedDB leaves a record out of an index
// when the indexed value is null, so the donations' acknowledgedOn index holds only the thanked: at state
// scale Home read ~3,800 keys (the gifts since last January and those thanked since) to find ~80,
// 55-80 ms at a cold start, and Dexie's live query then tracked every one of those keys.
//
// A Dexie middleware keeps the table in step: every transaction that may write donations also takes
// thanksDue, and every write of gifts through Dexie (one, many, an exchange's merge, a delete, a clear)
// writes their rows in the same transaction. The restore's and the demo dataset's batches, written with
// IndexedDB itself (databaseBatches.ts), do the same. No caller has to remember it. The rows are derived,
// never backed up or exchanged.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware, Transaction } from 'dexie';
import type { Donation } from '@shared/model';

export const THANKS_DUE = 'thanksDue';

export interface ThanksDueRow {
  /** the gift's id */
  id: string;
  /** the day it was given */
  date: string;
}

type GiftState = Pick<Donation, 'id' | 'date' | 'acknowledgedOn' | 'deletedAt'>;

/** The row a gift keeps in thanksDue, or null when it needs none (thanked, or deleted). */
export function thanksDueRow(gift: GiftState): ThanksDueRow | null {
  return gift.deletedAt === null && gift.acknowledgedOn === null ? { id: gift.id, date: gift.date } : null;
}

/** The rows for every gift given, for a new table (the schema's upgrade). */
export const thanksDueRows = (gifts: readonly GiftState[]): ThanksDueRow[] =>
  gifts.flatMap((gift) => thanksDueRow(gift) ?? []);

/** Fills thanksDue from the gifts, inside a schema upgrade. */
export async function fillThanksDue(tx: Transaction): Promise<void> {
  const gifts: Donation[] = await tx.table('donations').toArray();
  await tx.table(THANKS_DUE).bulkPut(thanksDueRows(gifts));
}

/** What a write of gifts does to thanksDue: the rows to put and the keys to delete. */
function followWrite(req: DBCoreMutateRequest, res: DBCoreMutateResponse): DBCoreMutateRequest[] {
  const { trans } = req;
  if (req.type === 'delete') return [{ type: 'delete', trans, keys: req.keys }];
  // Donations and thanksDue share their keys (the gift's id), so a range of one is the same range of the other.
  if (req.type === 'deleteRange') return [{ type: 'deleteRange', trans, range: req.range }];
  const failed = res.failures;
  const put: ThanksDueRow[] = [];
  const gone: string[] = [];
  req.values.forEach((value, index) => {
    if (failed[index] !== undefined) return; // that gift was not written: what it was stands
    const gift = value as GiftState;
    const row = thanksDueRow(gift);
    if (row) put.push(row);
    // A gift added is new, so it has no row to take away; one put over another may have had one.
    else if (req.type === 'put') gone.push(gift.id);
  });
  return [
    ...(put.length > 0 ? [{ type: 'put' as const, trans, values: put }] : []),
    ...(gone.length > 0 ? [{ type: 'delete' as const, trans, keys: gone }] : []),
  ];
}

function followingTable(gifts: DBCoreTable, due: DBCoreTable): DBCoreTable {
  return {
    ...gifts,
    async mutate(req) {
      // The gifts first: a gift that fails to be written (a duplicate key in a bulk add) keeps its row as it was.
      const res = await gifts.mutate(req);
      for (const follow of followWrite(req, res)) await due.mutate(follow);
      return res;
    },
  };
}

export const thanksDueMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ThanksDue',
  // Above Dexie's own layers, so live queries see the rows change as they see the gifts change.
  level: 10,
  create(down) {
    const hasTable = down.schema.tables.some((table) => table.name === THANKS_DUE);
    if (!hasTable) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const scope =
          mode === 'readwrite' && stores.includes('donations') && !stores.includes(THANKS_DUE)
            ? [...stores, THANKS_DUE]
            : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return name === 'donations' ? followingTable(table, down.table(THANKS_DUE)) : table;
      },
    };
  },
};
